#include "analyse/number_reader.h"

#include <cmath>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "analyse/number_test_util.h"
#include "tally/analyse.h"

namespace tally {
namespace {

struct Case {
  const char* text;
  const char* expected;
};

void RunCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    EXPECT_EQ(testing::DescribeNumbers(c.text), c.expected) << "text: " << c.text;
  }
}

TEST(NumberReaderTest, PlainCounts) {
  RunCases({
      {"164 people were killed", "164 = exact 164 [164,164] count people"},
      {"a total of 7,939 people", "7,939 = exact 7939 [7939,7939] count people"},
      {"some 1,000,000 voters", "some 1,000,000 = about 1000000 [900000,1100000] count voters"},
      {"12 000 troops", "12 000 = exact 12000 [12000,12000] count troops"},
      {"12\u00a0000 troops", "12\u00a0000 = exact 12000 [12000,12000] count troops"},
      {"12 00 troops", "12 = exact 12 [12,12] count | 00 = exact 0 [0,0] count troops"},
      {"2,500 troops arrived", "2,500 = exact 2500 [2500,2500] count troops"},
      {"464 suspects", "464 = exact 464 [464,464] count suspects"},
      {"10 out of 17 regions",
       "10 = exact 10 [10,10] count | 17 = exact 17 [17,17] count regions"},
      {"19 were officers", "19 = exact 19 [19,19] count"},
      {"six former states", "six = exact 6 [6,6] count states"},  // an adjective between
      {"1.5 children per family", "1.5 = exact 1.5 [1.5,1.5] count children"},
  });
}

TEST(NumberReaderTest, Scales) {
  RunCases({
      {"1.5 million people", "1.5 million = exact 1500000 [1500000,1500000] count people"},
      {"a country of 19 million", "19 million = exact 19000000 [19000000,19000000] count"},
      {"a 2.3bn plan", "2.3bn = exact 2300000000 [2300000000,2300000000] count"},
      {"a 2.3 bn plan", "2.3 bn = exact 2300000000 [2300000000,2300000000] count"},
      {"19m viewers", "19m = exact 19000000 [19000000,19000000] count viewers"},
      {"5k runners", "5k = exact 5000 [5000,5000] count runners"},
      {"two million", "two million = exact 2000000 [2000000,2000000] count"},
      {"3 lakh people", "3 lakh = exact 300000 [300000,300000] count people"},
  });
}

TEST(NumberReaderTest, NumberWords) {
  RunCases({
      {"three children", "three = exact 3 [3,3] count children"},
      {"Nineteen officers", "Nineteen = exact 19 [19,19] count officers"},
      {"twenty-five soldiers", "twenty-five = exact 25 [25,25] count soldiers"},
      {"twenty five soldiers", "twenty five = exact 25 [25,25] count soldiers"},
      {"one hundred and three deaths", "one hundred and three = exact 103 [103,103] count deaths"},
      {"a dozen houses", "a dozen = exact 12 [12,12] count houses"},
      {"two dozen eggs", "two dozen = exact 24 [24,24] count eggs"},
      {"half a million people", "half a million = exact 500000 [500000,500000] count people"},
      {"half a dozen", "half a dozen = exact 6 [6,6] count"},
      {"a hundred protesters", "a hundred = exact 100 [100,100] count protesters"},
      {"two thousand police", "two thousand = exact 2000 [2000,2000] count police"},
      {"two thousand three hundred and five",
       "two thousand three hundred and five = exact 2305 [2305,2305] count"},
      {"twenty-five hundred", "twenty-five hundred = exact 2500 [2500,2500] count"},
      {"a million", "a million = exact 1000000 [1000000,1000000] count"},
      {"one person died", "one = exact 1 [1,1] count person"},
      {"five and six", "five = exact 5 [5,5] count | six = exact 6 [6,6] count"},
      {"zero tolerance", "zero = exact 0 [0,0] count"},
  });
}

TEST(NumberReaderTest, OneAndAAreNotAlwaysNumbers) {
  RunCases({
      {"One of the main slogans", ""},
      {"one of them", ""},
      {"no one was hurt", ""},
      {"they blamed one another", ""},
      {"the one who left", ""},
      {"a protest and a march", ""},
      {"an hour", ""},
      {"half of the city", "half = exact 0.5 [0.5,0.5] other"},  // a proportion
      {"hundred", ""},
  });
}

TEST(NumberReaderTest, Ordinals) {
  RunCases({
      {"the third day", "third = exact 3 [3,3] ordinal"},
      {"for the first time", "first = exact 1 [1,1] ordinal"},
      {"the 19th century", "19th = exact 19 [19,19] ordinal"},
      {"the twenty-first", "twenty-first = exact 21 [21,21] ordinal"},
      {"her 2nd term", "2nd = exact 2 [2,2] ordinal"},
      {"more than the third", "third = exact 3 [3,3] ordinal"},
  });
}

TEST(NumberReaderTest, Qualifiers) {
  RunCases({
      {"nearly 8,000 people", "nearly 8,000 = nearly 8000 [7200,8000] count people"},
      {"almost 500 homes", "almost 500 = nearly 500 [450,500] count homes"},
      {"just under 300", "just under 300 = nearly 300 [270,300] count"},
      {"close to 40 villages", "close to 40 = nearly 40 [36,40] count villages"},
      {"about 12,000 people", "about 12,000 = about 12000 [10800,13200] count people"},
      {"around 2,500 troops", "around 2,500 = about 2500 [2250,2750] count troops"},
      {"roughly 60 vehicles", "roughly 60 = about 60 [54,66] count vehicles"},
      {"approximately 90 buses", "approximately 90 = about 90 [81,99] count buses"},
      {"an estimated 5,000 residents",
       "an estimated 5,000 = about 5000 [4500,5500] count residents"},
      {"at least 160 people", "at least 160 = at_least 160 [160,inf] count people"},
      {"no fewer than 40 tanks", "no fewer than 40 = at_least 40 [40,inf] count tanks"},
      {"a minimum of 8 boats", "a minimum of 8 = at_least 8 [8,inf] count boats"},
      {"more than 300 criminal cases",
       "more than 300 = more_than 300 [300,inf] count criminal cases"},
      {"over 50 shops", "over 50 = more_than 50 [50,inf] count shops"},
      {"upwards of 70 ships", "upwards of 70 = more_than 70 [70,inf] count ships"},
      {"in excess of 900 cars", "in excess of 900 = more_than 900 [900,inf] count cars"},
      {"at most 15 trucks", "at most 15 = at_most 15 [0,15] count trucks"},
      {"as many as 200 boats", "as many as 200 = at_most 200 [0,200] count boats"},
      {"fewer than 20 schools", "fewer than 20 = at_most 20 [0,20] count schools"},
      {"no more than 30 seats", "no more than 30 = at_most 30 [0,30] count seats"},
      {"under 18", "under 18 = at_most 18 [0,18] count"},
      {"more than a dozen members",
       "more than a dozen = more_than 12 [12,inf] count members"},
      {"nearly three hundred", "nearly three hundred = nearly 300 [270,300] count"},
  });
}

TEST(NumberReaderTest, QualifiersIgnoreCase) {
  RunCases({
      {"More than 2,000 soldiers", "More than 2,000 = more_than 2000 [2000,inf] count soldiers"},
      {"MORE THAN 450 arrests", "MORE THAN 450 = more_than 450 [450,inf] count arrests"},
      {"At Least 3 dead", "At Least 3 = at_least 3 [3,inf] count"},
      {"Nearly 6,000 Detained", "Nearly 6,000 = nearly 6000 [5400,6000] count"},
  });
}

TEST(NumberReaderTest, BoundsAreExactProducts) {
  // 1.1 * 200 and 1.1 * 12000 are not exact in binary floating point.
  std::vector<NumberMention> m = ReadNumbers("about 200 and around 12,000");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].hi, 220);
  EXPECT_EQ(m[1].hi, 13200);
  EXPECT_EQ(m[1].lo, 10800);
}

TEST(NumberReaderTest, QualifierSpanAndValueSpan) {
  std::string text = "they held more than 300 people";
  std::vector<NumberMention> m = ReadNumbers(text);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(text.substr(m[0].span.begin, m[0].span.size()), "more than 300");
  EXPECT_EQ(text.substr(m[0].value_span.begin, m[0].value_span.size()), "300");
  EXPECT_EQ(m[0].hi, std::numeric_limits<double>::infinity());

  text = "paid $5m";
  m = ReadNumbers(text);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(text.substr(m[0].span.begin, m[0].span.size()), "$5m");
  EXPECT_EQ(text.substr(m[0].value_span.begin, m[0].value_span.size()), "5m");
}

TEST(NumberReaderTest, Ranges) {
  RunCases({
      {"between 150 and 200 people",
       "between 150 and 200 = range 150 [150,200] count people"},
      {"150-200 people", "150-200 = range 150 [150,200] count people"},
      {"150 to 200 people", "150 to 200 = range 150 [150,200] count people"},
      {"150\u2013200 people", "150\u2013200 = range 150 [150,200] count people"},
      {"1-2 million", "1-2 million = range 1000000 [1000000,2000000] count"},
      {"between 1.5 and 2 million",
       "between 1.5 and 2 million = range 1500000 [1500000,2000000] count"},
      {"two to three days", "two to three days = range 2 [2,3] measure days"},
      {"between 2019 and 2021", "between 2019 and 2021 = range 2019 [2019,2021] year"},
      {"the 2019-2021 crisis", "2019-2021 = range 2019 [2019,2021] year"},
      {"the 2021-22 season", "2021-22 = range 2021 [2021,2022] year"},
      {"between 40", "40 = exact 40 [40,40] count"},
  });
}

TEST(NumberReaderTest, UpdatesAndScoresAreNotRanges) {
  RunCases({
      {"rose from 5,969 to 7,939",
       "5,969 = exact 5969 [5969,5969] count | 7,939 = exact 7939 [7939,7939] count"},
      {"won 2-1 on Sunday", "2-1 = exact 2 [2,2] other"},
      {"a 3-3 draw", "3-3 = exact 3 [3,3] other"},
      {"voted 5 to 2", "5 = exact 5 [5,5] count | 2 = exact 2 [2,2] count"},
  });
}

TEST(NumberReaderTest, VagueAmounts) {
  RunCases({
      {"dozens of citizens", "dozens = vague 0 [24,99] count citizens"},
      {"hundreds injured", "hundreds = vague 0 [200,999] count"},
      {"Thousands of people", "Thousands = vague 0 [2000,9999] count people"},
      {"tens of thousands of refugees",
       "tens of thousands = vague 0 [20000,99999] count refugees"},
      {"hundreds of thousands fled", "hundreds of thousands = vague 0 [200000,999999] count"},
      {"millions of dollars", "millions = vague 0 [2000000,9990000] count dollars"},
      {"scores of homes", "scores = vague 0 [40,99] count homes"},
      {"the scores were level", ""},
      {"several hundred", "several hundred = vague 0 [200,999] count"},
      {"at least dozens", "dozens = vague 0 [24,99] count"},
  });
}

TEST(NumberReaderTest, Money) {
  RunCases({
      {"was promised $ 200.", "$ 200 = exact 200 [200,200] money $"},
      {"(about $200)", "about $200 = about 200 [180,220] money $"},
      {"90,000 tenge", "90,000 tenge = exact 90000 [90000,90000] money tenge"},
      {"90,000 tenge (about $200)",
       "90,000 tenge = exact 90000 [90000,90000] money tenge | "
       "about $200 = about 200 [180,220] money $"},
      {"\u20ac5m in aid", "\u20ac5m = exact 5000000 [5000000,5000000] money \u20ac"},
      {"5 million dollars", "5 million dollars = exact 5000000 [5000000,5000000] money dollars"},
      {"US$ 3 billion", "US$ 3 billion = exact 3000000000 [3000000000,3000000000] money US$"},
      {"USD 40", "USD 40 = exact 40 [40,40] money USD"},
      {"40 USD", "40 USD = exact 40 [40,40] money USD"},
      {"more than $5m", "more than $5m = more_than 5000000 [5000000,inf] money $"},
      {"\u00a330 fine", "\u00a330 = exact 30 [30,30] money \u00a3"},
      {"2 billion roubles",
       "2 billion roubles = exact 2000000000 [2000000000,2000000000] money roubles"},
  });
}

TEST(NumberReaderTest, Percentages) {
  RunCases({
      {"40% of voters", "40% = exact 40 [40,40] percent %"},
      {"40 % of voters", "40 % = exact 40 [40,40] percent %"},
      {"40 per cent", "40 per cent = exact 40 [40,40] percent per cent"},
      {"40 percent", "40 percent = exact 40 [40,40] percent percent"},
      {"a 0.5% rise", "0.5% = exact 0.5 [0.5,0.5] percent %"},
      {"about 30 percent", "about 30 percent = about 30 [27,33] percent percent"},
      {"less than 5%", "less than 5% = at_most 5 [0,5] percent %"},
  });
}

TEST(NumberReaderTest, Measures) {
  RunCases({
      {"30 years ago", "30 years = exact 30 [30,30] measure years"},
      {"for 10 days", "10 days = exact 10 [10,10] measure days"},
      {"in the past 24 hours", "24 hours = exact 24 [24,24] measure hours"},
      {"a 180-day price cap", "180-day = exact 180 [180,180] measure day"},
      {"The 68-year-old leader", "68-year-old = exact 68 [68,68] measure year-old"},
      {"15 km away", "15 km = exact 15 [15,15] measure km"},
      {"15km away", "15km = exact 15 [15,15] measure km"},
      {"200 kilometres", "200 kilometres = exact 200 [200,200] measure kilometres"},
      {"300 tonnes", "300 tonnes = exact 300 [300,300] measure tonnes"},
      {"25 degrees Celsius", "25 degrees Celsius = exact 25 [25,25] measure degrees Celsius"},
      {"3\u00b0C", "3\u00b0C = exact 3 [3,3] measure \u00b0C"},
      {"10,000 hectares", "10,000 hectares = exact 10000 [10000,10000] measure hectares"},
      {"for three decades", "three decades = exact 3 [3,3] measure decades"},
      {"up to 10 days", "up to 10 days = at_most 10 [0,10] measure days"},
      {"24h news", "24h = exact 24 [24,24] measure h"},
  });
}

TEST(NumberReaderTest, Years) {
  RunCases({
      {"in 2019 he resigned", "2019 = exact 2019 [2019,2019] year"},
      {"the 1990s", "1990s = exact 1990 [1990,1990] year"},
      {"in the 1990's", "1990's = exact 1990 [1990,1990] year"},
      {"mid-2019", "2019 = exact 2019 [2019,2019] year"},
      {"about 2000 soldiers", "about 2000 = about 2000 [1800,2200] count soldiers"},
      {"2,019 votes", "2,019 = exact 2019 [2019,2019] count votes"},
      {"1799 rifles", "1799 = exact 1799 [1799,1799] count rifles"},
  });
}

TEST(NumberReaderTest, DatesAreNotCounts) {
  RunCases({
      {"on January 9", "9 = exact 9 [9,9] date"},
      {"on Jan. 9", "9 = exact 9 [9,9] date"},
      {"on 9 January", "9 = exact 9 [9,9] date"},
      {"the 9th of January", "9th = exact 9 [9,9] date"},
      {"January 10, 2022", "10 = exact 10 [10,10] date | 2022 = exact 2022 [2022,2022] date"},
      {"Monday, January 10, 2022",
       "10 = exact 10 [10,10] date | 2022 = exact 2022 [2022,2022] date"},
      {"10 January 2022", "10 = exact 10 [10,10] date | 2022 = exact 2022 [2022,2022] date"},
      {"January 2022", "2022 = exact 2022 [2022,2022] date"},
      {"on 2022-01-10", "2022-01-10 = exact 2022 [2022,2022] date"},
      {"on 10.01.2022", "10.01.2022 = exact 10 [10,10] date"},
      {"January 9 500 people",
       "9 = exact 9 [9,9] date | 500 = exact 500 [500,500] count people"},
      {"In January, 164 people", "164 = exact 164 [164,164] count people"},
  });
}

TEST(NumberReaderTest, Times) {
  RunCases({
      {"0:03:20", "0:03:20 = exact 200 [200,200] time"},
      {"0:00 0:03:20 0:00",
       "0:00 = exact 0 [0,0] time | 0:03:20 = exact 200 [200,200] time | "
       "0:00 = exact 0 [0,0] time"},
      {"at 10:30", "10:30 = exact 37800 [37800,37800] time"},
      {"at 10 a.m.", "10 a.m. = exact 36000 [36000,36000] time"},
      {"at 10pm", "10pm = exact 79200 [79200,79200] time"},
      {"at 10.30pm", "10.30pm = exact 81000 [81000,81000] time"},
      {"at 12 a.m.", "12 a.m. = exact 0 [0,0] time"},
      {"at ten o'clock", "ten o'clock = exact 36000 [36000,36000] time"},
  });
}

TEST(NumberReaderTest, Identifiers) {
  RunCases({
      {"the Khabat-24 channel", "Khabat-24 = exact 24 [24,24] identifier"},
      {"16x9 Image", "16x9 = exact 16 [16,16] identifier"},
      {"COVID-19 cases", "COVID-19 = exact 19 [19,19] identifier"},
      {"flight MH17", "MH17 = exact 17 [17,17] identifier"},
      {"source site-26", "site-26 = exact 26 [26,26] identifier"},
      {"a 4G network", "4G = exact 4 [4,4] identifier"},
      {"call +7 727 123 4567 now", "+7 727 123 4567 = exact 7 [7,7] identifier"},
      {"call 727-555-1234", "727-555-1234 = exact 727 [727,727] identifier"},
      {"ref 1234567890", "1234567890 = exact 1234567890 [1234567890,1234567890] identifier"},
      {"version 1.2.3", "1.2.3 = exact 1 [1,1] identifier"},
      {"open 24/7", "24/7 = exact 24 [24,24] identifier"},
  });
}

TEST(NumberReaderTest, PageFurniture) {
  RunCases({
      {"13 + 4 =", "13 = exact 13 [13,13] other | 4 = exact 4 [4,4] other"},
      {"2+2=4", "2 = exact 2 [2,2] other | 2 = exact 2 [2,2] other | 4 = exact 4 [4,4] other"},
  });
}

TEST(NumberReaderTest, MentionsDoNotCrossLines) {
  RunCases({
      {"more than\n300 people", "300 = exact 300 [300,300] count people"},
      {"12\n000", "12 = exact 12 [12,12] count | 000 = exact 0 [0,0] count"},
      {"twenty\nfive", "twenty = exact 20 [20,20] count | five = exact 5 [5,5] count"},
  });
}

TEST(NumberReaderTest, SpansAreInOrderAndDisjoint) {
  std::string text =
      "Nearly 8,000 people, including three children, were held; about 12,000 by "
      "January 12, 2022, and more than a dozen of 2,500 troops left after 30 years.";
  std::vector<NumberMention> mentions = ReadNumbers(text);
  ASSERT_GE(mentions.size(), 8u);
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    const NumberMention& m = mentions[k];
    EXPECT_LT(m.span.begin, m.span.end);
    EXPECT_LE(m.span.end, text.size());
    EXPECT_LE(m.span.begin, m.value_span.begin);
    EXPECT_LE(m.value_span.end, m.span.end);
    if (k > 0) {
      EXPECT_LE(mentions[k - 1].span.end, m.span.begin);
    }
  }
}

TEST(NumberReaderTest, FourDigitCountsBeforeAPluralNoun) {
  RunCases({
      {"2000 soldiers were sent", "2000 = exact 2000 [2000,2000] count soldiers"},
      {"1500 people marched", "1500 = exact 1500 [1500,1500] count people"},
      {"in 2019 protests erupted", "2019 = exact 2019 [2019,2019] year"},
      {"since 2014 talks stalled", "2014 = exact 2014 [2014,2014] year"},
      {"2019 was a hard year", "2019 = exact 2019 [2019,2019] year"},
      {"the 2020 elections", "2020 = exact 2020 [2020,2020] year"},
  });
}

TEST(NumberReaderTest, AlternativesAreRanges) {
  RunCases({
      {"two or three days", "two or three days = range 2 [2,3] measure days"},
      {"5 or 6 people", "5 or 6 = range 5 [5,6] count people"},
      {"one or two shots", "one or two = range 1 [1,2] count shots"},
      {"5 or 2 votes", "5 = exact 5 [5,5] count | 2 = exact 2 [2,2] count votes"},
  });
}

TEST(NumberReaderTest, HalvesAndFractions) {
  RunCases({
      {"two and a half million people",
       "two and a half million = exact 2500000 [2500000,2500000] count people"},
      {"three and a half years", "three and a half years = exact 3.5 [3.5,3.5] measure years"},
      {"two-thirds of voters", "two-thirds = exact 0.6667 [0.6667,0.6667] other"},
      {"two thirds of voters", "two thirds = exact 0.6667 [0.6667,0.6667] other"},
      {"one half of it", "one half = exact 0.5 [0.5,0.5] other"},
      {"three quarters of homes", "three quarters = exact 0.75 [0.75,0.75] other"},
      {"a quarter of the vote", "a quarter = exact 0.25 [0.25,0.25] other"},
      {"a third of residents", "a third = exact 0.3333 [0.3333,0.3333] other"},
      {"a 3/4 majority", "3/4 = exact 0.75 [0.75,0.75] other"},
      {"a third day", "third = exact 3 [3,3] ordinal"},
      {"the 9/11 attacks", "9/11 = exact 9 [9,9] identifier"},
      {"open 24/7", "24/7 = exact 24 [24,24] identifier"},
      {"on 3/4/2022", "3/4/2022 = exact 3 [3,3] date"},
  });
}

TEST(NumberReaderTest, PhoneNumbersInBrackets) {
  RunCases({
      {"call (727) 555-1234 today", "(727) 555-1234 = exact 727 [727,727] identifier"},
      {"(about 300) people", "about 300 = about 300 [270,330] count"},
      {"(727) people", "727 = exact 727 [727,727] count"},
  });
}

TEST(NumberReaderTest, LocalPhoneNumbersAreNotRanges) {
  RunCases({
      {"call 555-1234 today", "555-1234 = exact 555 [555,555] identifier"},
      {"dial 727-0199", "727-0199 = exact 727 [727,727] identifier"},
      // Round second ends are ranges.
      {"500-1000 people", "500-1000 = range 500 [500,1000] count people"},
      {"150-1200 people", "150-1200 = range 150 [150,1200] count people"},
      {"1990-1995", "1990-1995 = range 1990 [1990,1995] year"},
  });
}

TEST(NumberReaderTest, QualifiedFractions) {
  RunCases({
      {"about two-thirds of them", "about two-thirds = about 0.6667 [0.6,0.7333] other"},
      {"almost a third of residents", "almost a third = nearly 0.3333 [0.3,0.3333] other"},
      {"nearly three-quarters of the seats",
       "nearly three-quarters = nearly 0.75 [0.675,0.75] other"},
      {"two-thirds of them", "two-thirds = exact 0.6667 [0.6667,0.6667] other"},
  });
}

TEST(NumberReaderTest, IssueChecklist) {
  // One case per construction named in the issue's "Numbers" list, beyond those above.
  RunCases({
      {"7,939 dead", "7,939 = exact 7939 [7939,7939] count"},
      {"90,000 tenge", "90,000 tenge = exact 90000 [90000,90000] money tenge"},
      {"€5m", "€5m = exact 5000000 [5000000,5000000] money €"},
      {"the 3rd and 3 others", "3rd = exact 3 [3,3] ordinal | 3 = exact 3 [3,3] count others"},
      {"a decimal 0.25 share", "0.25 = exact 0.25 [0.25,0.25] count"},
      {"up to 40 people", "up to 40 = at_most 40 [0,40] count people"},
      {"just under 300", "just under 300 = nearly 300 [270,300] count"},
      {"some 40 trucks", "some 40 = about 40 [36,44] count trucks"},
      {"at 0:03:20 in", "0:03:20 = exact 200 [200,200] time"},
  });
}

TEST(NumberReaderTest, SurvivesInvalidUtf8) {
  EXPECT_EQ(testing::DescribeNumbers("\xff\xfe 5 people \xc3"), "5 = exact 5 [5,5] count people");
  EXPECT_EQ(testing::DescribeNumbers("\xe2\x82 40% \xed\xa0\x80"), "40% = exact 40 [40,40] percent %");
  std::string noise;
  for (int b = 0; b < 256; ++b) noise += static_cast<char>(b);
  ReadNumbers(noise + noise);  // no crash, no sanitizer report
}

TEST(NumberReaderTest, SurvivesHugeLines) {
  std::string digits(1 << 20, '7');
  std::vector<NumberMention> m = ReadNumbers(digits);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].kind, NumberKind::kIdentifier);
  EXPECT_EQ(m[0].span.end, digits.size());

  std::string spaced;
  while (spaced.size() < (1 << 20)) spaced += "9 ";
  EXPECT_EQ(ReadNumbers(spaced).size(), spaced.size() / 2);

  std::string grouped = "1";
  while (grouped.size() < (1 << 20)) grouped += ",000";
  m = ReadNumbers(grouped);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].kind, NumberKind::kIdentifier);

  std::string words;
  while (words.size() < (1 << 20)) words += "more than twenty-five hundred and ";
  EXPECT_FALSE(ReadNumbers(words).empty());

  std::string punctuation(1 << 20, '-');
  EXPECT_TRUE(ReadNumbers(punctuation).empty());
}

}  // namespace
}  // namespace tally
