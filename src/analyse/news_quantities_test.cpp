// The number reader on quantities as news reports write them: counts, money, percents,
// measures with their units, ranges, qualifiers, fractions and numbers in words, and the
// numbers that are not quantities (years, dates, clock times, phone numbers, codes, scores,
// ordinals, web addresses), which must come out with their own kind. Sentences written for
// this table, one per line: the sentence and every mention read from it, in text order, as
// "<span> = <approx> <value> [<lo>,<hi>] <kind>[ <unit>]" joined by " | ".
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "analyse/number_test_util.h"
#include "tally/analyse.h"

namespace tally {
namespace {

struct Case {
  const char* sentence;
  const char* expected;
};

void RunCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    EXPECT_EQ(testing::DescribeNumbers(c.sentence), c.expected) << "sentence: " << c.sentence;
  }
}

TEST(NewsQuantitiesTest, Counts) {
  RunCases({
      {"Rescuers pulled 212 survivors from the rubble overnight.",
       "212 = exact 212 [212,212] count survivors"},
      {"The ferry was carrying 1,340 passengers when it ran aground.",
       "1,340 = exact 1340 [1340,1340] count passengers"},
      {"Seventeen miners remain trapped underground.",
       "Seventeen = exact 17 [17,17] count miners"},
      {"The strike closed forty-two schools across the province.",
       "forty-two = exact 42 [42,42] count schools"},
      {"Organisers said a crowd of 250 000 marched through the capital.",
       "250 000 = exact 250000 [250000,250000] count"},
      {"Dozens of homes were flattened by the landslide.",
       "Dozens = vague 0 [24,99] count homes"},
      {"Tens of thousands of workers joined the walkout.",
       "Tens of thousands = vague 0 [20000,99999] count workers"},
      {"The ministry recalled a dozen ambassadors.",
       "a dozen = exact 12 [12,12] count ambassadors"},
      {"The census counted 4.7 million households.",
       "4.7 million = exact 4700000 [4700000,4700000] count households"},
      {"Police arrested three hundred and twelve people.",
       "three hundred and twelve = exact 312 [312,312] count people"},
      {"Some two and a half million people fled the fighting.",
       "Some two and a half million = about 2500000 [2250000,2750000] count people"},
      {"The army deployed half a million reservists.",
       "half a million = exact 500000 [500000,500000] count reservists"},
      {"A quarter-million refugees crossed the border.",
       "A quarter-million = exact 250000 [250000,250000] count refugees"},
      {"The outbreak has infected 12,34,567 people in the state.",
       "12,34,567 = exact 1234567 [1234567,1234567] count people"},
  });
}

TEST(NewsQuantitiesTest, Money) {
  RunCases({
      {"The bank posted a profit of $2.3bn last quarter.",
       "$2.3bn = exact 2300000000 [2300000000,2300000000] money $"},
      {"Fines of up to 90,000 tenge were imposed.",
       "up to 90,000 tenge = at_most 90000 [0,90000] money tenge"},
      {"The club paid €5m for the striker.",
       "€5m = exact 5000000 [5000000,5000000] money €"},
      {"The stimulus is worth $1.2 trillion over a decade.",
       "$1.2 trillion = exact 1200000000000 [1200000000000,1200000000000] money $"},
      {"Petrol rose by 5 cents a litre.", "5 cents = exact 5 [5,5] money cents"},
      {"The council spent £300,000 on repairs.",
       "£300,000 = exact 300000 [300000,300000] money £"},
      {"Donors pledged 2 million euros in aid.",
       "2 million euros = exact 2000000 [2000000,2000000] money euros"},
      {"The scheme will cost Rs 1.5 lakh crore.",
       "Rs 1.5 lakh crore = exact 1500000000000 [1500000000000,1500000000000] money Rs"},
      {"Damage is estimated at between $5 and $10 million.",
       "between $5 and $10 million = range 5000000 [5000000,10000000] money $"},
      {"Tickets cost $5 to $10 million, a tout joked.",
       "$5 to $10 million = range 5000000 [5000000,10000000] money $"},
      {"The fund lost more than US$40 million.",
       "more than US$40 million = more_than 40000000 [40000000,inf] money US$"},
      {"The state will pay 500 rand to each family.",
       "500 rand = exact 500 [500,500] money rand"},
      {"Shares fell 30 pence in early trading.", "30 pence = exact 30 [30,30] money pence"},
  });
}

TEST(NewsQuantitiesTest, Percents) {
  RunCases({
      {"Inflation eased to 3.5 per cent in March.",
       "3.5 per cent = exact 3.5 [3.5,3.5] percent per cent"},
      {"Turnout was 61% in the capital.", "61% = exact 61 [61,61] percent %"},
      {"The central bank raised rates by 0.75 percentage points.",
       "0.75 percentage points = exact 0.75 [0.75,0.75] percent percentage points"},
      {"The economy shrank -0.3% in the second quarter.",
       "-0.3% = exact -0.3 [-0.3,-0.3] percent % | second = exact 2 [2,2] ordinal"},
      {"Exports fell by minus 2 percent year on year.",
       "minus 2 percent = exact -2 [-2,-2] percent percent"},
      {"Support for the bill stands at between 40% and 45%.",
       "between 40% and 45% = range 40 [40,45] percent %"},
      {"Analysts expect growth of 5-7% next year.", "5-7% = range 5 [5,7] percent %"},
      {"Nearly 30 percent of voters were undecided.",
       "Nearly 30 percent = nearly 30 [27,30] percent percent"},
      {"Unemployment is 10% or more in six regions.",
       "10% or more = at_least 10 [10,inf] percent % | six = exact 6 [6,6] count regions"},
      {"More than half of the respondents backed the plan.",
       "More than half = more_than 0.5 [0.5,inf] other"},
      {"Two-thirds of the districts reported shortages.",
       "Two-thirds = exact 0.6667 [0.6667,0.6667] other"},
      {"A third of the harvest was lost.", "A third = exact 0.3333 [0.3333,0.3333] other"},
  });
}

TEST(NewsQuantitiesTest, Measures) {
  RunCases({
      {"The convoy travelled 240 km overnight.", "240 km = exact 240 [240,240] measure km"},
      {"The fire spread over 12,000 acres of forest.",
       "over 12,000 acres = more_than 12000 [12000,inf] measure acres"},
      {"Gusts reached 120 mph on the coast.", "120 mph = exact 120 [120,120] measure mph"},
      {"Customs seized 40 kg of heroin.", "40 kg = exact 40 [40,40] measure kg"},
      {"The ship carried 1,200 tonnes of grain.",
       "1,200 tonnes = exact 1200 [1200,1200] measure tonnes"},
      {"Output rose to 2 million barrels a day.",
       "2 million barrels = exact 2000000 [2000000,2000000] measure barrels"},
      {"Temperatures hit 44 degrees Celsius in the south.",
       "44 degrees Celsius = exact 44 [44,44] measure degrees Celsius"},
      {"Forecasters warned of highs of 40C this weekend.",
       "40C = exact 40 [40,40] measure C"},
      {"The town shivered at minus 20 degrees.",
       "minus 20 degrees = exact -20 [-20,-20] measure degrees"},
      {"The new plant will generate 600 megawatts.",
       "600 megawatts = exact 600 [600,600] measure megawatts"},
      {"The warehouse covers 250,000 square feet.",
       "250,000 square feet = exact 250000 [250000,250000] measure square feet"},
      {"Protesters marched 3 miles to parliament.", "3 miles = exact 3 [3,3] measure miles"},
      {"A 7.1-magnitude quake struck off the coast.",
       "7.1-magnitude = exact 7.1 [7.1,7.1] measure magnitude"},
      {"The spill covered 2½ square miles of water.",
       "2½ square miles = exact 2.5 [2.5,2.5] measure square miles"},
      {"The tunnel is 2 1/2 miles long.", "2 1/2 miles = exact 2.5 [2.5,2.5] measure miles"},
      {"The siege lasted 18 days.", "18 days = exact 18 [18,18] measure days"},
      {"A 67-year-old man died at the scene.",
       "67-year-old = exact 67 [67,67] measure year-old"},
      {"Storage reached 3.4 GWh last year.", "3.4 GWh = exact 3.4 [3.4,3.4] measure GWh"},
      {"Rents are up 12pc on last spring.", "12pc = exact 12 [12,12] percent pc"},
      {"Cases saw a 10-fold rise in a month.", "10-fold = exact 10 [10,10] measure fold"},
  });
}

TEST(NewsQuantitiesTest, RangesAndQualifiers) {
  RunCases({
      {"Between 150 and 200 people were detained.",
       "Between 150 and 200 = range 150 [150,200] count people"},
      {"Officials said 150-200 people were detained.",
       "150-200 = range 150 [150,200] count people"},
      {"Witnesses counted 150 to 200 armoured vehicles.",
       "150 to 200 = range 150 [150,200] count vehicles"},
      {"The quake left 1-2 million people homeless.",
       "1-2 million = range 1000000 [1000000,2000000] count people"},
      {"At least 46 people died in the blaze.",
       "At least 46 = at_least 46 [46,inf] count people"},
      {"Nearly 8,000 people have been detained.",
       "Nearly 8,000 = nearly 8000 [7200,8000] count people"},
      {"About 300 families were evacuated.",
       "About 300 = about 300 [270,330] count families"},
      {"No more than 20 journalists were allowed in.",
       "No more than 20 = at_most 20 [0,20] count journalists"},
      {"Deaths have exceeded 3,000 since the outbreak began.",
       "exceeded 3,000 = more_than 3000 [3000,inf] count"},
      {"The death toll has surpassed 10,000.",
       "surpassed 10,000 = more_than 10000 [10000,inf] count"},
      {"Fewer than 50 ballots were spoiled.",
       "Fewer than 50 = at_most 50 [0,50] count ballots"},
      {"Temperatures stayed below 5 degrees for a week.",
       "below 5 degrees = at_most 5 [0,5] measure degrees"},
      {"Families with 5 or more children get the grant.",
       "5 or more = at_least 5 [5,inf] count children"},
      {"Groups of 12 and more than 30 were reported.",
       "12 = exact 12 [12,12] count | more than 30 = more_than 30 [30,inf] count"},
      {"Children aged 12 and over can attend.",
       "12 and over = at_least 12 [12,inf] measure aged"},
      {"Voters aged 18 through 25 were polled.",
       "18 through 25 = range 18 [18,25] measure aged"},
      {"Five or six shots were fired.", "Five or six = range 5 [5,6] count shots"},
      {"Upwards of 2,000 troops were sent.",
       "Upwards of 2,000 = more_than 2000 [2000,inf] count troops"},
      {"Wages rose between 5k-20k a year.",
       "between 5k-20k = range 5000 [5000,20000] count"},
      {"Between 10 to 15 people were injured in the stampede.",
       "Between 10 to 15 = range 10 [10,15] count people"},
      {"Rates rose 5% to 7% on new loans.", "5% to 7% = range 5 [5,7] percent %"},
      {"Prices climbed 5%-7% last month.", "5%-7% = range 5 [5,7] percent %"},
      {"The wall is 5 metres to 7 feet high.",
       "5 metres = exact 5 [5,5] measure metres | 7 feet = exact 7 [7,7] measure feet"},
  });
}

TEST(NewsQuantitiesTest, NotQuantities) {
  RunCases({
      {"The protests began in 2019 after fuel prices rose.",
       "2019 = exact 2019 [2019,2019] year"},
      {"The summit opened on March 3 in Geneva.", "3 = exact 3 [3,3] date"},
      {"The vote was held on 10 January 2022.",
       "10 = exact 10 [10,10] date | 2022 = exact 2022 [2022,2022] date"},
      {"The curfew starts at 10:30 p.m. tonight.",
       "10:30 p.m. = exact 81000 [81000,81000] time"},
      {"Call the hotline on +7 727 123 4567 for help.",
       "+7 727 123 4567 = exact 7 [7,7] identifier"},
      {"Flight MH17 was shot down over Ukraine.", "MH17 = exact 17 [17,17] identifier"},
      {"The COVID-19 ward was closed.", "COVID-19 = exact 19 [19,19] identifier"},
      {"Arsenal beat Chelsea 3-1 on Sunday.", "3-1 = exact 3 [3,3] other"},
      {"It was the third attack this month.", "third = exact 3 [3,3] ordinal"},
      {"Crowds gathered for the 75th anniversary.", "75th = exact 75 [75,75] ordinal"},
      {"Read more at https://news.example.com/2022/01/10/story-12345 today.", ""},
      {"See www.example.org/page/42 for the full list.", ""},
      {"The records from 1995-01 were lost.", "1995-01 = exact 1995 [1995,1995] date"},
      {"Unrest spread in the 1990s.", "1990s = exact 1990 [1990,1990] year"},
      {"The 2021-22 season was cancelled.",
       "2021-22 = range 2021 [2021,2022] year"},
      {"No one was hurt and one of the guards fled.", ""},
      {"Under Article 5 of the treaty, allies must respond.",
       "5 = exact 5 [5,5] identifier"},
      {"Flight 370 vanished with 239 people on board.",
       "370 = exact 370 [370,370] identifier | 239 = exact 239 [239,239] count people"},
      {"The firm filed for Chapter 11 protection.", "11 = exact 11 [11,11] identifier"},
      {"The talks moved to No. 10 on Friday.", "10 = exact 10 [10,10] identifier"},
      {"The hosts won game 3-1 at home.", "3-1 = exact 3 [3,3] other"},
      {"1. Polls close at 8 p.m.\n2. Results follow.",
       "1 = exact 1 [1,1] identifier | 8 p.m. = exact 72000 [72000,72000] time | "
       "2 = exact 2 [2,2] identifier"},
      {"Page 1 of 3", "1 = exact 1 [1,1] identifier | 3 = exact 3 [3,3] count"},
  });
}

TEST(NewsQuantitiesTest, VagueAndWordForms) {
  RunCases({
      {"Hundreds of shops stayed shut on Monday.",
       "Hundreds = vague 0 [200,999] count shops"},
      {"Several thousand people signed the petition.",
       "Several thousand = vague 0 [2000,9999] count people"},
      {"Scores of villagers fled into the hills.",
       "Scores = vague 0 [40,99] count villagers"},
      {"Just over 1,000 homes lost power.",
       "Just over 1,000 = more_than 1000 [1000,inf] count homes"},
      {"An estimated 40,000 people attended the funeral.",
       "An estimated 40,000 = about 40000 [36000,44000] count people"},
      {"Two dozen soldiers were wounded.", "Two dozen = exact 24 [24,24] count soldiers"},
      {"The blast damaged one hundred and five buildings.",
       "one hundred and five = exact 105 [105,105] count buildings"},
      {"The strike entered its fifth week as three unions joined.",
       "fifth = exact 5 [5,5] ordinal | three = exact 3 [3,3] count unions"},
      {"Three and a half thousand pupils sat the exam.",
       "Three and a half thousand = exact 3500 [3500,3500] count pupils"},
      {"About three-quarters of the wells ran dry.",
       "About three-quarters = about 0.75 [0.675,0.825] other"},
  });
}

TEST(NewsQuantitiesTest, MoreMoney) {
  RunCases({
      {"The utility owes ¥500bn to its creditors.",
       "¥500bn = exact 500000000000 [500000000000,500000000000] money ¥"},
      {"The budget sets aside ₹500 crore for flood relief.",
       "₹500 crore = exact 5000000000 [5000000000,5000000000] money ₹"},
      {"Each family received KZT 5,000 in compensation.",
       "KZT 5,000 = exact 5000 [5000,5000] money KZT"},
      {"The project needs $10-15 million in new funding.",
       "$10-15 million = range 10000000 [10000000,15000000] money $"},
      {"Officials put losses at roughly 3.5 billion dollars.",
       "roughly 3.5 billion dollars = about 3500000000 [3150000000,3850000000] money dollars"},
      {"Traders moved 12,500 roubles a day.",
       "12,500 roubles = exact 12500 [12500,12500] money roubles"},
      {"The mayor asked for £1.2bn or more from Whitehall.",
       "£1.2bn or more = at_least 1200000000 [1200000000,inf] money £"},
  });
}

TEST(NewsQuantitiesTest, Negatives) {
  RunCases({
      {"The index closed at -12.5 points.", "-12.5 = exact -12.5 [-12.5,-12.5] count points"},
      {"Profit margins swung between -5% and 5%.",
       "between -5% and 5% = range -5 [-5,5] percent %"},
      {"Readings of about -10 degrees were recorded.",
       "about -10 degrees = about -10 [-11,-9] measure degrees"},
      {"The Khabat-24 unit and the 150-200 range are not negative.",
       "Khabat-24 = exact 24 [24,24] identifier | 150-200 = range 150 [150,200] count"},
  });
}

// Parts of a scale and of a whole written in words: "quarter million", "a hundred thousand",
// "two thirds of a million" (a count, rounded to a whole number), and "a half" standing alone
// as a share, and "half the staff" as "half of the staff", while "a half-hour" and mixed
// numbers keep their readings.
TEST(NewsQuantitiesTest, PartsOfScalesAndWholes) {
  RunCases({
      {"The strike idled quarter million workers.",
       "quarter million = exact 250000 [250000,250000] count workers"},
      {"Authorities relocated a quarter million residents.",
       "a quarter million = exact 250000 [250000,250000] count residents"},
      {"Officials expect hundred thousand pilgrims this week.",
       "hundred thousand = exact 100000 [100000,100000] count pilgrims"},
      {"The ministry printed a hundred thousand ballots.",
       "a hundred thousand = exact 100000 [100000,100000] count ballots"},
      {"The flood displaced two thirds of a million people.",
       "two thirds of a million = exact 666667 [666667,666667] count people"},
      {"Nearly a quarter of a million homes lost power.",
       "Nearly a quarter of a million = nearly 250000 [225000,250000] count homes"},
      {"Three-quarters of a million voters stayed away.",
       "Three-quarters of a million = exact 750000 [750000,750000] count voters"},
      {"The army deployed half a million reservists.",
       "half a million = exact 500000 [500000,500000] count reservists"},
      {"A half million tonnes of grain is stuck in port.",
       "A half million tonnes = exact 500000 [500000,500000] measure tonnes"},
      {"Roughly a half of the budget went on salaries.",
       "Roughly a half = about 0.5 [0.45,0.55] other"},
      {"A half of the donated tents never arrived.", "A half = exact 0.5 [0.5,0.5] other"},
      {"Subsidies were cut by a half.", "a half = exact 0.5 [0.5,0.5] other"},
      {"The talks broke up after a half-hour.", ""},
      {"Managers laid off half the staff in March.", "half = exact 0.5 [0.5,0.5] other"},
      {"The queue moved a half step at a time.", ""},
      {"She waited an hour and a half.", ""},
      {"Two and a half thousand pupils stayed home.",
       "Two and a half thousand = exact 2500 [2500,2500] count pupils"},
      {"A quarter of the vote went to the challenger.",
       "A quarter = exact 0.25 [0.25,0.25] other"},
      {"A third of the ballots were spoiled.", "A third = exact 0.3333 [0.3333,0.3333] other"},
      {"The results for the third quarter were late.", "third = exact 3 [3,3] ordinal"},
  });
}

// Readings added with the NewsQuant-format development set (tests/data/quantities/): shares
// of a scale with "of", changes by a fraction, ranges opened by "range from", units before the
// number and after a hyphen, dialled numbers, and "one" as a pronoun.
TEST(NewsQuantitiesTest, DevelopmentSetReadings) {
  RunCases({
      {"Half of a million trees were planted.",
       "Half of a million = exact 500000 [500000,500000] count trees"},
      {"More than one and a half million people were evacuated.",
       "More than one and a half million = more_than 1500000 [1500000,inf] count people"},
      {"Rents have risen by roughly a fifth since 2020.",
       "roughly a fifth = about 0.2 [0.18,0.22] other | 2020 = exact 2020 [2020,2020] year"},
      {"Attendance fell by a quarter to 18,400.",
       "a quarter = exact 0.25 [0.25,0.25] other | 18,400 = exact 18400 [18400,18400] count"},
      {"The order was cut by a third.", "a third = exact 0.3333 [0.3333,0.3333] other"},
      {"The contract went to a third party.", "third = exact 3 [3,3] ordinal"},
      {"Ticket prices range from €25 to €60.", "€25 to €60 = range 25 [25,60] money €"},
      {"Inflation rose from 3% to 5%.",
       "3% = exact 3 [3,3] percent % | 5% = exact 5 [5,5] percent %"},
      {"An earthquake of magnitude 7.8 struck.",
       "7.8 = exact 7.8 [7.8,7.8] measure magnitude"},
      {"The party won 326 seats in the 650-seat chamber.",
       "326 = exact 326 [326,326] count seats | 650 = exact 650 [650,650] count seat"},
      {"The party lost 4 of the 6 by-elections.",
       "4 = exact 4 [4,4] count | 6 = exact 6 [6,6] count by-elections"},
      {"His 2016-era policies were reversed.", "2016 = exact 2016 [2016,2016] year"},
      {"Call 0800 555 0199 for details.", "0800 555 0199 = exact 800 [800,800] identifier"},
      {"The new battery stores 40% more energy than the old one.",
       "40% = exact 40 [40,40] percent %"},
      {"Each tablet holds 5 mg of the drug.", "5 mg = exact 5 [5,5] measure mg"},
      {"They met at a quarter to six.", "six = exact 6 [6,6] count"},
      {"Costs were cut by a quarter to 2 million.",
       "a quarter = exact 0.25 [0.25,0.25] other | 2 million = exact 2000000 [2000000,2000000] "
       "count"},
      {"The old phone broke, then another one.", ""},
      {"The merger was worth 40 billion Swiss francs.",
       "40 billion Swiss francs = exact 40000000000 [40000000000,40000000000] money "
       "Swiss francs"},
  });
}

TEST(NewsQuantitiesTest, CountedNounsOfTwoWords) {
  RunCases({
      {"Only 12 of the 27 member states backed it.",
       "12 = exact 12 [12,12] count | 27 = exact 27 [27,27] count member states"},
      {"Results came from 40,000 polling stations.",
       "40,000 = exact 40000 [40000,40000] count polling stations"},
      {"The chipmaker will build two new factories.",
       "two = exact 2 [2,2] count factories"},
      {"A blast injured 14 injured workers.",
       "14 = exact 14 [14,14] count workers"},
      {"Troops were sent to 25 European countries.",
       "25 = exact 25 [25,25] count countries"},
      {"The 12 in hospital are stable.", "12 = exact 12 [12,12] count"},
      {"Nearly 40 were killed and 12 seriously hurt.",
       "Nearly 40 = nearly 40 [36,40] count | 12 = exact 12 [12,12] count"},
      {"One man dies after the attack.", "One = exact 1 [1,1] count"},
      {"The ship carried 4,300 passengers and 1,600 crew.",
       "4,300 = exact 4300 [4300,4300] count passengers | "
       "1,600 = exact 1600 [1600,1600] count crew"},
      {"The 2020 presidential elections were contested.",
       "2020 = exact 2020 [2020,2020] year"},
      {"Some 40 police officers were hurt.",
       "Some 40 = about 40 [36,44] count police officers"},
      {"The 300 staff were told on Monday.", "300 = exact 300 [300,300] count staff"},
      {"The two men investigators questioned were freed.", "two = exact 2 [2,2] count men"},
      {"A magnitude-5.1 tremor was felt.", "5.1 = exact 5.1 [5.1,5.1] measure magnitude"},
  });
}

TEST(NewsQuantitiesTest, NumbersThatName) {
  RunCases({
      {"Call 112 if you see anyone in difficulty.", "112 = exact 112 [112,112] identifier"},
      {"Residents were told to dial 911 only in an emergency.",
       "911 = exact 911 [911,911] identifier"},
      {"The defence called 40 witnesses.", "40 = exact 40 [40,40] count witnesses"},
      {"Apple unveiled the iPhone 16 on Monday.", "16 = exact 16 [16,16] identifier"},
      {"He hosted a show on BBC One for years.", "One = exact 1 [1,1] identifier"},
      {"The NHS 111 line was busy.", "111 = exact 111 [111,111] identifier"},
      {"Related Coverage 4 injured in shooting", "4 = exact 4 [4,4] count"},
      {"SHOOTING LEAVES ONE DEAD", "ONE = exact 1 [1,1] count"},
      {"Windows 11 will be the default.", "11 = exact 11 [11,11] count"},
      {"Staff got a one-off bonus.", "one = exact 1 [1,1] other"},
      {"He is a three-time champion.", "three = exact 3 [3,3] other"},
      {"Officials counted 7,500 head of cattle.", "7,500 = exact 7500 [7500,7500] count head"},
      {"The crash closed the M25 near junction 10.",
       "M25 = exact 25 [25,25] identifier | 10 = exact 10 [10,10] identifier"},
      {"The S&P 500 fell 2%.",
       "500 = exact 500 [500,500] identifier | 2% = exact 2 [2,2] percent %"},
      {"Only 12 of the 27 were present.",
       "12 = exact 12 [12,12] count | 27 = exact 27 [27,27] count"},
      {"On Friday 12 died in the floods.", "12 = exact 12 [12,12] count"},
      {"Protests in Texas drew 3,000 people.",
       "3,000 = exact 3000 [3000,3000] count people"},
  });
}

TEST(NewsQuantitiesTest, AgesMarginsAndHalves) {
  RunCases({
      {"The trial enrolled patients aged between 40 and 75.",
       "between 40 and 75 = range 40 [40,75] measure aged"},
      {"The study followed people aged 40 to 69.", "40 to 69 = range 40 [40,69] measure aged"},
      {"A man aged 40 was arrested.", "40 = exact 40 [40,40] count"},
      {"Two boys, ages 7 and 10, were hurt.",
       "Two = exact 2 [2,2] count boys | 7 = exact 7 [7,7] count | 10 = exact 10 [10,10] count"},
      {"The margin of error is plus or minus 3.1 percentage points.",
       "plus or minus 3.1 percentage points = exact 3.1 [3.1,3.1] percent percentage points"},
      {"Half of voters said so.", "Half = exact 0.5 [0.5,0.5] other"},
      {"Half of all antibiotics are unnecessary.", "Half = exact 0.5 [0.5,0.5] other"},
      {"Sales fell in the second half of the year.", "second = exact 2 [2,2] ordinal"},
      {"The other half of the money was lost.", ""},
      {"The rate rose by half a percentage point.",
       "half a percentage point = exact 0.5 [0.5,0.5] percent percentage point"},
      {"The meeting lasted half an hour.", "half an hour = exact 0.5 [0.5,0.5] measure hour"},
      {"Hundreds of millions of dollars were lost.",
       "Hundreds of millions = vague 0 [200000000,999999999] count dollars"},
      {"Some 30-odd countries attended.", "Some 30 = about 30 [27,33] count"},
  });
}

TEST(NewsQuantitiesTest, DataUnitsAndPence) {
  RunCases({
      {"The phone has 12GB of memory and a 5,000mAh battery.",
       "12GB = exact 12 [12,12] measure GB | 5,000mAh = exact 5000 [5000,5000] measure mAh"},
      {"Speeds average 150 megabits per second.",
       "150 megabits per second = exact 150 [150,150] measure megabits per second"},
      {"Petrol fell by 3p a litre to 142.5p.",
       "3p = exact 3 [3,3] measure p | 142.5p = exact 142.5 [142.5,142.5] measure p"},
      {"The deal is worth 3.6 trillion South Korean won.",
       "3.6 trillion South Korean won = exact 3600000000000 [3600000000000,3600000000000] "
       "money South Korean won"},
      {"Biden, who in 2020 won the election, spoke.", "2020 = exact 2020 [2020,2020] year"},
      {"The bank cut rates by 25 basis points.",
       "25 basis points = exact 25 [25,25] measure basis points"},
      {"He is 5ft 10in tall.",
       "5ft = exact 5 [5,5] measure ft | 10in = exact 10 [10,10] measure in"},
      {"Nairobi approved a KSh 2bn budget.",
       "KSh 2bn = exact 2000000000 [2000000000,2000000000] money KSh"},
      {"He wore the number 10 shirt.", "10 = exact 10 [10,10] identifier"},
      {"The fleet will number 42,000 satellites.",
       "42,000 = exact 42000 [42000,42000] count satellites"},
      {"A 1,000-strong contingent arrived.", "1,000 = exact 1000 [1000,1000] count"},
      {"The flat measures 85 sq m.", "85 sq m = exact 85 [85,85] measure sq m"},
      {"Carbon dioxide reached 420 ppm.", "420 ppm = exact 420 [420,420] measure ppm"},
      {"The chip uses a 3nm process.", "3nm = exact 3 [3,3] measure nm"},
      {"A £3.5-billion deal was agreed.",
       "£3.5-billion = exact 3500000000 [3500000000,3500000000] money £"},
      {"The index rose 1.5pts.", "1.5pts = exact 1.5 [1.5,1.5] measure pts"},
      {"Output hit 1.2 million bpd.",
       "1.2 million bpd = exact 1200000 [1200000,1200000] measure bpd"},
  });
}

// What an audit of scraped news articles found (sentences written for this table): "one" as
// the generic pronoun; capitalised plurals as counted nouns; a disease code between a count
// and its noun; words in "-s" that are no plurals; "Stage 3", "Phase Two"; a second day joined
// to a date; stock codes in brackets; "67+ million"; "a half-dozen"; "half the"; "km per hour";
// recent years before a plural ("2018 taxes"); "over" after an amount ("$5m over three years").
TEST(NewsQuantitiesTest, ScrapedNewsReadings) {
  RunCases({
      {"One might argue that the plan came too late.", ""},
      {"One is not allowed to enter the zone without a permit.", ""},
      {"The storm is a big one, forecasters warned.", ""},
      {"It was the only one he kept.", ""},
      {"The scheme will end one way or another.", ""},
      {"Two buses collided and one overturned.",
       "Two = exact 2 [2,2] count buses | one = exact 1 [1,1] count"},
      {"Nearly 4 million Americans lost their health cover.",
       "Nearly 4 million = nearly 4000000 [3600000,4000000] count Americans"},
      {"Twelve Republicans crossed the aisle.", "Twelve = exact 12 [12,12] count Republicans"},
      {"Last week 2,981,000 more Americans filed claims.",
       "2,981,000 = exact 2981000 [2981000,2981000] count Americans"},
      {"The chamber seats 650 MPs.", "650 = exact 650 [650,650] count MPs"},
      {"Police held 25 European activists.", "25 = exact 25 [25,25] count activists"},
      {"The state reported 412 COVID-19 deaths.",
       "412 = exact 412 [412,412] count deaths | COVID-19 = exact 19 [19,19] identifier"},
      {"Officials confirmed 85 coronavirus cases.",
       "85 = exact 85 [85,85] count coronavirus cases"},
      {"The study counted 312 news articles.", "312 = exact 312 [312,312] count news articles"},
      {"Schools reopen in Stage 3 next week.", "3 = exact 3 [3,3] identifier"},
      {"The city entered Phase Two on Monday.", "Two = exact 2 [2,2] identifier"},
      {"The Formula One champion retired.", "One = exact 1 [1,1] identifier"},
      {"He flew home on Air Force One after the summit.", "One = exact 1 [1,1] identifier"},
      {"The Big Three automakers cut jobs.", "Three = exact 3 [3,3] count automakers"},
      {"The summit runs on June 4 and 5.", "4 = exact 4 [4,4] date | 5 = exact 5 [5,5] date"},
      {"The poll was taken March 2-6.", "2 = exact 2 [2,2] date | 6 = exact 6 [6,6] date"},
      {"Shares of Tencent (0700.HK) rose 3%.",
       "0700.HK = exact 700 [700,700] identifier | 3% = exact 3 [3,3] percent %"},
      {"The firm holds 10+ years of records.",
       "10+ years = at_least 10 [10,inf] measure years"},
      {"The clip drew 67+ million viewers.",
       "67+ million = at_least 67000000 [67000000,inf] count viewers"},
      {"A half-dozen firms bid for the contract.", "A half-dozen = exact 6 [6,6] count firms"},
      {"Half the households lack running water.", "Half = exact 0.5 [0.5,0.5] other"},
      {"Gusts reached 90 km per hour.", "90 km per hour = exact 90 [90,90] measure km per hour"},
      {"Few households filed 2018 taxes on time.", "2018 = exact 2018 [2018,2018] year"},
      {"She spoke to 2021 graduates online.", "2021 = exact 2021 [2021,2021] year"},
      {"Some 1500 troops were flown in.", "Some 1500 = about 1500 [1350,1650] count troops"},
      {"The treaty was a hard one that few expected.", ""},
      {"Does one really need another survey?", ""},
      {"The fund will pay $1.2 million over three years.",
       "$1.2 million = exact 1200000 [1200000,1200000] money $ | "
       "three years = exact 3 [3,3] measure years"},
      {"Admissions fell 3.4% over seven days.",
       "3.4% = exact 3.4 [3.4,3.4] percent % | seven days = exact 7 [7,7] measure days"},
      {"The plant has run for over 20 years.",
       "over 20 years = more_than 20 [20,inf] measure years"},
      {"Only 24 of the attacks were reported.", "24 = exact 24 [24,24] count"},
  });
}

// The second audit on real articles (sixth session): a singular noun after "one", "a couple
// of", "over" after a verb of period, margins with a plus, scaled figures, house numbers,
// clock times before a time zone, nouns of three words, pairs of shares, idioms with "one".
TEST(NewsQuantitiesTest, SecondAuditReadings) {
  RunCases({
      {"Rescuers said one person was taken to hospital.",
       "one = exact 1 [1,1] count person"},
      {"At least one man was arrested at the scene.",
       "At least one = at_least 1 [1,inf] count man"},
      {"The town reported 1 new case.", "1 = exact 1 [1,1] count case"},
      {"One dead, one hurt in crash.",
       "One = exact 1 [1,1] count | one = exact 1 [1,1] count"},
      {"One health worker fell ill.", "One = exact 1 [1,1] count"},
      {"A couple of schools shut early.", "A couple of = about 2 [1.8,2.2] count schools"},
      {"Cases, averaged over seven days, fell.", "seven days = exact 7 [7,7] measure days"},
      {"Payments are staggered over 12 months.", "12 months = exact 12 [12,12] measure months"},
      {"Prices rose over 5% in May.", "over 5% = more_than 5 [5,inf] percent %"},
      {"She leads on jobs (+9 points).", "9 = exact 9 [9,9] count points"},
      {"The sum 2+2 is easy.", "2 = exact 2 [2,2] other | 2 = exact 2 [2,2] other"},
      {"Claims hit a record 3.28 million.",
       "3.28 million = exact 3280000 [3280000,3280000] count"},
      {"He lived in the 7600 block of South Morgan.", "7600 = exact 7600 [7600,7600] identifier"},
      {"The school at 1340 W. Harrison closed.", "1340 = exact 1340 [1340,1340] identifier"},
      {"The crash came at 0600 GMT on Saturday.", "0600 = exact 21600 [21600,21600] time"},
      {"Education is the only other one to rank high.", ""},
      {"They delayed three prior storms.", "three = exact 3 [3,3] count storms"},
      {"The state lost 77,860 clean energy jobs.",
       "77,860 = exact 77860 [77860,77860] count clean energy jobs"},
      {"Some 900 health care workers fell ill.",
       "Some 900 = about 900 [810,990] count health care workers"},
      {"About 400 take part in the march.", "About 400 = about 400 [360,440] count"},
      {"She led him 52-40 percent in May.",
       "52 = exact 52 [52,52] percent percent | 40 percent = exact 40 [40,40] percent percent"},
      {"The polls were tied 43-43 in June.", "43-43 = exact 43 [43,43] other"},
      {"At one point, the crowd blocked the road.", ""},
      {"The staff left one by one.", ""},
      {"At one school, one child died.",
       "one = exact 1 [1,1] count school | one = exact 1 [1,1] count child"},
  });
}

}  // namespace
}  // namespace tally
