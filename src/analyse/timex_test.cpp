#include "analyse/timex.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "analyse/timex_test_util.h"
#include "tally/analyse.h"

namespace tally {
namespace {

using Case = testing::TimexCase;

std::string Describe(std::string_view text, std::optional<Date> anchor) {
  return testing::DescribeTimes(text, anchor, testing::TimexDetail::kDayAndWindow);
}

void RunCases(const std::vector<Case>& cases) {
  testing::RunTimexCases(cases, testing::TimexDetail::kDayAndWindow);
}

// 2022-01-10 is a Monday.
TEST(TimexTest, WeekdaysResolveToTheLastSuchDay) {
  RunCases({
      {"said on Monday", "2022-01-10", "Monday = DATE 2022-01-10 @2022-01-10"},
      {"said Sunday that", "2022-01-10", "Sunday = DATE 2022-01-09 @2022-01-09"},
      {"On Friday, he said", "2022-01-10", "Friday = DATE 2022-01-07 @2022-01-07"},
      {"on Saturday", "2022-01-22", "Saturday = DATE 2022-01-22 @2022-01-22"},
      {"on Tuesday", "2022-01-22", "Tuesday = DATE 2022-01-18 @2022-01-18"},
      {"released Monday morning", "2022-01-10",
       "Monday morning = DATE 2022-01-10TMO @2022-01-10"},
      {"As of Saturday afternoon", "2022-01-10",
       "Saturday afternoon = DATE 2022-01-08TAF @2022-01-08"},
      {"on Monday night", "2022-01-10", "Monday night = DATE 2022-01-10TNI @2022-01-10"},
      {"last Friday", "2022-01-10", "last Friday = DATE 2022-01-07 @2022-01-07"},
      {"last Monday", "2022-01-10", "last Monday = DATE 2022-01-03 @2022-01-03"},
      {"next Monday", "2022-01-10", "next Monday = DATE 2022-01-17 @2022-01-17"},
      {"next Friday", "2022-01-10", "next Friday = DATE 2022-01-14 @2022-01-14"},
      {"this Wednesday", "2022-01-10", "this Wednesday = DATE 2022-01-12 @2022-01-12"},
      {"talks will resume on Tuesday", "2022-01-10",
       "Tuesday = DATE 2022-01-11 @2022-01-11"},
      {"talks resumed on Tuesday", "2022-01-10", "Tuesday = DATE 2022-01-04 @2022-01-04"},
      {"officials would not say on Tuesday", "2022-01-10",
       "Tuesday = DATE 2022-01-04 @2022-01-04"},
      {"He will go. On Tuesday he left", "2022-01-10",
       "Tuesday = DATE 2022-01-04 @2022-01-04"},
      {"a monday", "2022-01-10", ""},
  });
}

// Arrangements and earliest dates are future cues (context_words.tsv future_cue).
TEST(TimexTest, WeekdaysAfterArrangementsAreAhead) {
  RunCases({
      {"the talks, set to resume Monday in Belfast", "2022-01-09",
       "Monday = DATE 2022-01-10 @2022-01-10"},
      {"shares are to resume trading in Paris Tuesday", "2022-01-10",
       "Tuesday = DATE 2022-01-11 @2022-01-11"},
      {"they were planning to drive to the airport on Monday", "2022-01-12",
       "Monday = DATE 2022-01-17 @2022-01-17"},
      {"could arrive as early as Tuesday", "2022-01-10", "Tuesday = DATE 2022-01-11 @2022-01-11"},
      {"the hearing was postponed until Tuesday morning", "2022-01-12",
       "Tuesday morning = DATE 2022-01-18TMO @2022-01-18"},
      {"the team arrived on Tuesday", "2022-01-12", "Tuesday = DATE 2022-01-11 @2022-01-11"},
      // A plan that has passed: past perfect before the cue.
      {"the offer had been due to expire Friday evening", "2022-01-12",
       "Friday evening = DATE 2022-01-07TEV @2022-01-07"},
      {"had been scheduled to expire at midnight Friday", "2022-01-12",
       "midnight Friday = TIME 2022-01-07T00:00 @2022-01-07"},
      // The period of a title or an initial does not end the sentence.
      {"Mr. Smith will succeed John P. Jones on Monday", "2022-01-12",
       "Monday = DATE 2022-01-17 @2022-01-17"},
      {"He will go. On Tuesday he left", "2022-01-12", "Tuesday = DATE 2022-01-11 @2022-01-11"},
      // "The previous Friday" counts from the day the text last named.
      {"Stocks fell on Friday, down 4% from the previous Friday", "2022-01-16",
       "Friday = DATE 2022-01-14 @2022-01-14 | the previous Friday = DATE 2022-01-07 @2022-01-07"},
  });
}

// Deadlines, plans and reported future point a weekday forward; the same words in the past
// or beside a reporting verb do not (read on Wednesday 2022-01-12).
TEST(TimexTest, WeekdaysAfterDeadlinesPlansAndReportedFuture) {
  RunCases({
      {"The board extended its deadline until 9 a.m. Tuesday.", "2022-01-12",
       "9 a.m. Tuesday = TIME 2022-01-18T09:00 @2022-01-18"},
      {"The city has given the owners until Tuesday to pay.", "2022-01-12",
       "Tuesday = DATE 2022-01-18 @2022-01-18"},
      {"The deadline for bids is Friday.", "2022-01-12", "Friday = DATE 2022-01-14 @2022-01-14"},
      {"The deadline passed on Friday without a bid.", "2022-01-12",
       "Friday = DATE 2022-01-07 @2022-01-07"},
      {"The crew stayed until Tuesday.", "2022-01-12", "Tuesday = DATE 2022-01-11 @2022-01-11"},
      {"The city had given them until Tuesday.", "2022-01-12",
       "Tuesday = DATE 2022-01-11 @2022-01-11"},
      {"Unions planned a march through the capital on Saturday.", "2022-01-12",
       "Saturday = DATE 2022-01-15 @2022-01-15"},
      {"The mayor said the envoy would be flying to Oslo Thursday.", "2022-01-12",
       "Thursday = DATE 2022-01-13 @2022-01-13"},
      {"Aides said they would appeal the ruling, announced Thursday.", "2022-01-12",
       "Thursday = DATE 2022-01-06 @2022-01-06"},
      {"They said they would fight Thursday's verdict.", "2022-01-12",
       "Thursday = DATE 2022-01-06 @2022-01-06"},
      {"He said he would have met them on Thursday.", "2022-01-12",
       "Thursday = DATE 2022-01-06 @2022-01-06"},
      {"By Friday, the plan will be law.", "2022-01-12", "Friday = DATE 2022-01-14 @2022-01-14"},
      {"On Friday, the council voted to close the park.", "2022-01-12",
       "Friday = DATE 2022-01-07 @2022-01-07"},
      {"On Friday, officials said the park will close.", "2022-01-12",
       "Friday = DATE 2022-01-07 @2022-01-07"},
  });
}

// A clock time takes the day written after it, with an optional time zone (TimeML spans).
TEST(TimexTest, ClockTimesWithTheirDay) {
  RunCases({
      {"at 10 p.m. Wednesday, police said", "2022-01-14",
       "10 p.m. Wednesday = TIME 2022-01-12T22:00 @2022-01-12"},
      {"will wait until 9 a.m. EST Tuesday", "2022-01-10",
       "9 a.m. EST Tuesday = TIME 2022-01-11T09:00 @2022-01-11"},
      {"until 5 p.m. EST Nov. 9.", "2022-11-02",
       "5 p.m. EST Nov. 9 = TIME 2022-11-09T17:00 @2022-11-09"},
      {"broke off at noon Thursday", "2022-01-14",
       "noon Thursday = TIME 2022-01-13T12:00 @2022-01-13"},
      {"at 10 p.m. the blast", "2022-01-14", "10 p.m. = TIME 2022-01-14T22:00 @2022-01-14"},
      {"at 10 p.m. Wednesday", "",
       "10 p.m. = TIME XXXX-XX-XXT22:00 | Wednesday = DATE XXXX-WXX-3"},
  });
}

TEST(TimexTest, WeekdaysWithoutAnchor) {
  RunCases({
      {"on Monday", "", "Monday = DATE XXXX-WXX-1"},
      {"Sunday", "", "Sunday = DATE XXXX-WXX-7"},
      {"Monday morning", "", "Monday morning = DATE XXXX-WXX-1TMO"},
  });
}

TEST(TimexTest, MonthDays) {
  RunCases({
      {"on January 9", "2022-01-09", "January 9 = DATE 2022-01-09 @2022-01-09"},
      {"on Jan. 9", "2022-01-09", "Jan. 9 = DATE 2022-01-09 @2022-01-09"},
      {"on 9 January", "2022-01-09", "9 January = DATE 2022-01-09 @2022-01-09"},
      {"on the 9th of January", "2022-01-09", "9th of January = DATE 2022-01-09 @2022-01-09"},
      {"January 9th", "2022-01-09", "January 9th = DATE 2022-01-09 @2022-01-09"},
      {"since December 28", "2022-01-09", "December 28 = DATE 2021-12-28 @2021-12-28"},
      {"on December 16", "2022-01-09", "December 16 = DATE 2021-12-16 @2021-12-16"},
      {"since January 2", "2022-01-09", "January 2 = DATE 2022-01-02 @2022-01-02"},
      {"on January 11", "2022-01-09", "January 11 = DATE 2022-01-11 @2022-01-11"},
      {"on July 9", "2022-01-09", "July 9 = DATE 2021-07-09 @2021-07-09"},
      {"on August 9", "2022-01-09", "August 9 = DATE 2021-08-09 @2021-08-09"},
      {"on January 5", "2021-12-20", "January 5 = DATE 2022-01-05 @2022-01-05"},
      {"on January 9", "", "January 9 = DATE XXXX-01-09"},
      {"on February 30", "2022-01-09", ""},
      {"on February 29", "", "February 29 = DATE XXXX-02-29"},
  });
}

// A month without a year: the past unless it is at most two months ahead or the sentence
// speaks of the future (calendar.h NearestYear).
// The date of a dateline is a time expression as any other (the TempEval-3 corpora tag
// "WASHINGTON, August 11 (Xinhua)" in most files); "the week of" a date is its ISO week.
TEST(TimexTest, DatelinesAndWeeksOfDates) {
  RunCases({
      {"WASHINGTON, August 11 (Xinhua) -- The envoy", "1998-08-12",
       "August 11 = DATE 1998-08-11 @1998-08-11"},
      {"a hearing the week of March 6", "2000-02-24", "the week of March 6 = DATE 2000-W10"},
  });
}

TEST(TimexTest, MonthsWithoutAYearLeanToThePast) {
  RunCases({
      // After a deadline cue, the nearer of the two readings, up to six months ahead.
      {"loans through January", "1989-10-30", "January = DATE 1990-01"},
      {"repay the loan by February", "1989-10-30", "February = DATE 1990-02"},
      {"a pact effective Feb. 1", "1989-10-30", "Feb. 1 = DATE 1990-02-01 @1990-02-01"},
      {"a pact effective June 1", "1989-10-30", "June 1 = DATE 1989-06-01 @1989-06-01"},
      {"in March", "2022-01-22", "March = DATE 2022-03"},
      {"in April", "2022-01-22", "April = DATE 2021-04"},
      {"in November", "2022-05-06", "November = DATE 2021-11"},
      {"the vote will be held in November", "2022-05-06", "November = DATE 2022-11"},
      {"elections would take place in April", "2022-01-22", "April = DATE 2022-04"},
      {"in December", "2022-11-22", "December = DATE 2022-12"},
      {"will start in January", "2022-11-22", "January = DATE 2023-01"},
      {"in January", "2022-12-28", "January = DATE 2023-01"},
      {"was shot on Oct. 23", "2022-05-05", "Oct. 23 = DATE 2021-10-23 @2021-10-23"},
      {"is scheduled for Oct. 23", "2022-05-05", "Oct. 23 = DATE 2022-10-23 @2022-10-23"},
  });
}

TEST(TimexTest, FullDates) {
  RunCases({
      {"on January 10, 2022.", "", "January 10, 2022 = DATE 2022-01-10 @2022-01-10"},
      {"on Monday, January 10, 2022.", "2023-05-01",
       "Monday, January 10, 2022 = DATE 2022-01-10 @2022-01-10"},
      {"on Saturday January 22", "2022-01-22",
       "Saturday January 22 = DATE 2022-01-22 @2022-01-22"},
      {"10 January 2022", "", "10 January 2022 = DATE 2022-01-10 @2022-01-10"},
      {"2022-01-10", "", "2022-01-10 = DATE 2022-01-10 @2022-01-10"},
      {"in January 2022", "", "January 2022 = DATE 2022-01"},
  });
}

TEST(TimexTest, Months) {
  RunCases({
      {"in January", "2022-01-22", "January = DATE 2022-01"},
      {"In early January,", "2022-01-22", "early January = DATE 2022-01"},
      {"by mid-January", "2022-01-22", "mid-January = DATE 2022-01"},
      {"at the beginning of January", "2022-01-22", "the beginning of January = DATE 2022-01"},
      {"in December", "2022-01-22", "December = DATE 2021-12"},
      {"in January", "", "January = DATE XXXX-01"},
      {"January said", "2022-01-22", ""},
      {"May God help", "2022-01-22", ""},
  });
}

TEST(TimexTest, RelativeDays) {
  RunCases({
      {"today", "2022-01-10", "today = DATE 2022-01-10 @2022-01-10"},
      {"Yesterday", "2022-01-10", "Yesterday = DATE 2022-01-09 @2022-01-09"},
      {"tomorrow", "2022-01-10", "tomorrow = DATE 2022-01-11 @2022-01-11"},
      {"yesterday evening", "2022-01-10", "yesterday evening = TIME 2022-01-09TEV @2022-01-09"},
      {"tonight", "2022-01-10", "tonight = TIME 2022-01-10TNI @2022-01-10"},
      {"last night", "2022-01-10", "last night = TIME 2022-01-09TNI @2022-01-09"},
      {"fighting overnight", "2022-01-09", "overnight = TIME 2022-01-09TNI @2022-01-09"},
      {"this morning", "2022-01-10", "this morning = TIME 2022-01-10TMO @2022-01-10"},
      {"yesterday", "", "yesterday = DATE XXXX-XX-XX"},
      {"overnight", "", "overnight = TIME XXXX-XX-XXTNI"},
  });
}

TEST(TimexTest, RelativeWeeksMonthsYears) {
  RunCases({
      {"last week", "2022-01-10", "last week = DATE 2022-W01"},
      {"last week's protests", "2022-01-10", "last week = DATE 2022-W01"},
      {"this week", "2022-01-10", "this week = DATE 2022-W02"},
      {"earlier this week", "2022-01-10", "earlier this week = DATE 2022-W02"},
      {"next week", "2022-01-10", "next week = DATE 2022-W03"},
      {"last weekend", "2022-01-10", "last weekend = DATE 2022-W01-WE"},
      {"last week", "2022-01-03", "last week = DATE 2021-W52"},
      {"last month", "2022-01-10", "last month = DATE 2021-12"},
      {"earlier this month", "2022-01-10", "earlier this month = DATE 2022-01"},
      {"next month", "2022-12-10", "next month = DATE 2023-01"},
      {"this year", "2022-01-10", "this year = DATE 2022"},
      {"last year", "2022-01-10", "last year = DATE 2021"},
      {"last week", "", "last week = DATE XXXX-WXX"},
      {"last month", "", "last month = DATE XXXX-XX"},
  });
}

TEST(TimexTest, ReferencesAndSets) {
  RunCases({
      {"have now arrested", "2022-01-10", "now = DATE PRESENT_REF"},
      {"currently", "", "currently = DATE PRESENT_REF"},
      {"recently", "2022-01-10", "recently = DATE PAST_REF"},
      {"in recent days", "2022-01-10", "recent days = DURATION PXD"},
      {"daily", "2022-01-10", "daily = SET P1D"},
      {"every week", "2022-01-10", "every week = SET P1W"},
      {"knowledge", "2022-01-10", ""},
  });
}

TEST(TimexTest, Years) {
  RunCases({
      {"succeeded in 2019", "2022-01-22", "2019 = DATE 2019"},
      {"since 2019", "", "2019 = DATE 2019"},
      {"by mid-2019", "", "mid-2019 = DATE 2019"},
      {"the 1990s", "", "1990s = DATE 199"},
      {"in the 1990's", "", "1990's = DATE 199"},
      {"2019 people", "", ""},
      {"in 2,019 cases", "", ""},
  });
}

TEST(TimexTest, Ago) {
  RunCases({
      {"independence 30 years ago", "2022-01-10", "30 years ago = DATE 1992"},
      {"thirty years ago", "2022-01-10", "thirty years ago = DATE 1992"},
      {"three days ago", "2022-01-10", "three days ago = DATE 2022-01-07 @2022-01-07"},
      {"two weeks ago", "2022-01-10", "two weeks ago = DATE 2021-W52"},
      {"a month ago", "2022-01-10", "a month ago = DATE 2021-12"},
      {"a decade ago", "2022-01-10", "a decade ago = DATE 201"},
      {"several years ago", "2022-01-10", "several years ago = DATE PAST_REF"},
      {"five hours ago", "2022-01-10", "five hours ago = DATE PAST_REF"},
      {"30 years ago", "", "30 years ago = DATE XXXX"},
      {"3 days ago", "", "3 days ago = DATE XXXX-XX-XX"},
  });
}

TEST(TimexTest, Windows) {
  RunCases({
      {"in the past 24 hours", "2022-01-12",
       "the past 24 hours = DURATION PT24H window=PT24H"},
      {"in the last 24 hours", "2022-01-12",
       "the last 24 hours = DURATION PT24H window=PT24H"},
      {"over the past day", "2022-01-12", "the past day = DURATION P1D window=P1D"},
      {"the past week", "2022-01-12", "the past week = DURATION P1W window=P1W"},
      {"the last week", "2022-01-12", "the last week = DURATION P1W window=P1W"},
      {"in the past few days", "2022-01-12", "the past few days = DURATION PXD window=PXD"},
      {"the last two weeks", "", "the last two weeks = DURATION P2W window=P2W"},
      {"past 48 hours", "", "past 48 hours = DURATION PT48H window=PT48H"},
  });
}

TEST(TimexTest, Durations) {
  RunCases({
      {"for three decades", "2022-01-22", "three decades = DURATION P30Y"},
      {"its 30 years of independence", "", "30 years = DURATION P30Y"},
      {"it would take 10 days", "", "10 days = DURATION P10D"},
      {"a 180-day price cap", "", "180-day = DURATION P180D"},
      {"a 24-hour curfew", "", "24-hour = DURATION PT24H"},
      {"for a week", "", "a week = DURATION P1W"},
      {"within an hour", "", "an hour = DURATION PT1H"},
      {"for several days", "", "several days = DURATION PXD"},
      {"1.5 hours", "", "1.5 hours = DURATION PT1H30M"},
      {"90 minutes", "", "90 minutes = DURATION PT90M"},
      {"six months", "", "six months = DURATION P6M"},
      {"The 68-year-old", "", ""},
      {"a day of mourning", "", ""},
  });
}

TEST(TimexTest, ClockTimes) {
  RunCases({
      {"at 10:30", "2022-01-09", "10:30 = TIME 2022-01-09T10:30 @2022-01-09"},
      {"at 10 a.m. local time", "2022-01-09", "10 a.m. = TIME 2022-01-09T10:00 @2022-01-09"},
      {"at 10.30pm", "2022-01-09", "10.30pm = TIME 2022-01-09T22:30 @2022-01-09"},
      {"at 9pm", "", "9pm = TIME XXXX-XX-XXT21:00"},
      {"at noon", "2022-01-09", "noon = TIME 2022-01-09T12:00 @2022-01-09"},
      {"0:00 0:03:20 0:00", "2022-01-09", ""},
      {"at 23:15:05", "", "23:15:05 = TIME XXXX-XX-XXT23:15:05"},
  });
}

TEST(TimexTest, SeveralInOneText) {
  RunCases({
      {"On Monday, officials said 164 people had died since January 2.", "2022-01-10",
       "Monday = DATE 2022-01-10 @2022-01-10 | January 2 = DATE 2022-01-02 @2022-01-02"},
      {"Toqaev said on January 9 he would announce changes on January 11.", "2022-01-09",
       "January 9 = DATE 2022-01-09 @2022-01-09 | January 11 = DATE 2022-01-11 @2022-01-11"},
      {"last week\nMonday", "2022-01-10",
       "last week = DATE 2022-W01 | Monday = DATE 2022-01-10 @2022-01-10"},
  });
}

TEST(TimexTest, SpansAreInOrderAndDisjoint) {
  std::string text =
      "Last week, on Monday, January 10, 2022, the past 24 hours saw 30 years ago mentioned "
      "in 2019 and the 1990s; yesterday evening at 10 a.m. and overnight for three decades.";
  std::vector<TimeMention> mentions = TagTimes(text, Date::FromYmd(2022, 1, 10));
  ASSERT_GE(mentions.size(), 9u);
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    EXPECT_LT(mentions[k].span.begin, mentions[k].span.end);
    EXPECT_LE(mentions[k].span.end, text.size());
    if (k > 0) {
      EXPECT_LE(mentions[k - 1].span.end, mentions[k].span.begin);
    }
  }
}

TEST(TimexTest, SurvivesInvalidUtf8AndHugeLines) {
  EXPECT_EQ(Describe("\xff on Monday \xc3", Date::FromYmd(2022, 1, 10)),
            "Monday = DATE 2022-01-10 @2022-01-10");
  std::string noise;
  for (int b = 0; b < 256; ++b) noise += static_cast<char>(b);
  TagTimes(noise + noise, Date::FromYmd(2022, 1, 10));

  std::string line;
  while (line.size() < (1 << 20)) line += "on Monday, January 9 30 years ago 10:30 ";
  std::vector<TimeMention> mentions = TagTimes(line, Date::FromYmd(2022, 1, 10));
  EXPECT_GT(mentions.size(), 1000u);
  std::string digits(1 << 20, '1');
  EXPECT_TRUE(TagTimes(digits, std::nullopt).empty());
}

// Long chains that one number spans: each must be read once, not once per inner token (that
// was quadratic: minutes for a megabyte).
TEST(TimexTest, LongNumberChainsStayLinear) {
  for (const char* unit : {",000", "-1", ".1", "/1", " 000", "a1"}) {
    std::string chain = "the past 1";
    while (chain.size() < (1 << 20)) chain += unit;
    // Only "the past" (PAST_REF): the chain is no amount of a window.
    EXPECT_EQ(TagTimes(chain, Date::FromYmd(2022, 1, 10)).size(), 1u) << unit;
    EXPECT_EQ(ReadNumbers(chain).size(), 1u) << unit;
  }
}

}  // namespace
}  // namespace tally
