// How the tense and cues around a time expression place it, and the sets and seasons read
// in the seventh round of the modern-news audit; one line per case: text, anchor ->
// "<span> = <TYPE> <value>" for each mention.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "analyse/timex_test_util.h"

namespace tally {
namespace {

using Case = testing::TimexCase;

void RunCases(const std::vector<Case>& cases) {
  testing::RunTimexCases(cases, testing::TimexDetail::kValueOnly);
}

// A weekday with a plural part of the day is every such day (TempEval-3 training:
// "Tuesday nights" XXXX-WXX-2TNI).
TEST(TimexTenseTest, WeekdayWithPluralPartOfDayIsASet) {
  RunCases({
      {"the show airs on Sunday nights", "2020-05-04", "Sunday nights = SET XXXX-WXX-7TNI"},
      {"they jog on Monday mornings", "2020-05-04", "Monday mornings = SET XXXX-WXX-1TMO"},
      {"he spoke on Monday night", "2020-05-04", "Monday night = DATE 2020-05-04TNI"},
  });
}

// The present progressive with a weekday close after its verb speaks of a plan; a verb that
// reports or reacts, or a word that dates something before, keeps the weekday in the past.
TEST(TimexTenseTest, PresentProgressiveReadsAhead) {
  RunCases({
      {"The bakery is reopening Friday.", "2020-05-18", "Friday = DATE 2020-05-22"},
      {"Lawmakers are holding a vote on Tuesday.", "2020-05-18", "Tuesday = DATE 2020-05-19"},
      {"They're meeting Wednesday.", "2020-05-18", "Wednesday = DATE 2020-05-20"},
      {"He is saying Friday that it failed.", "2020-05-18", "Friday = DATE 2020-05-15"},
      {"Police are investigating a fire Saturday.", "2020-05-18",
       "Saturday = DATE 2020-05-16"},
      {"She is recovering after a fall Sunday.", "2020-05-18", "Sunday = DATE 2020-05-17"},
      {"She is challenging Friday's ruling.", "2020-05-18", "Friday = DATE 2020-05-15"},
      {"Friday is the deadline.", "2020-05-24", "Friday = DATE 2020-05-29"},
      {"Monday was a holiday.", "2020-05-24", "Monday = DATE 2020-05-18"},
      {"The vote Monday is seen as a test.", "2020-05-24", "Monday = DATE 2020-05-18"},
  });
}

// "next" with a season names the first such season after the current one; a season that
// begins within two months is "this" season, so "next" then names the year after's.
TEST(TimexTenseTest, NextSeason) {
  RunCases({
      {"the school will reopen next fall", "2020-05-18", "next fall = DATE 2020-FA"},
      {"the school will reopen next fall", "2020-08-18", "next fall = DATE 2021-FA"},
      {"the games move to next summer", "2020-05-18", "next summer = DATE 2021-SU"},
      {"a vote next spring", "2020-01-10", "next spring = DATE 2020-SP"},
      {"a vote next spring", "2020-04-10", "next spring = DATE 2021-SP"},
  });
}

// A season without "the" after a cue; not a noun's modifier, and its year read after it.
TEST(TimexTenseTest, BareSeasonsAfterACue) {
  RunCases({
      {"shops are stocking up for fall.", "2020-05-18", "fall = DATE 2020-FA"},
      {"the park will reopen by summer", "2020-05-18", "summer = DATE 2020-SU"},
      {"a bottle of spring water", "2020-05-18", ""},
      {"damage in winter storms", "2020-05-18", ""},
      {"prices could fall in June", "2020-05-18", "June = DATE 2020-06"},
      {"she graduated in fall 2019.", "2020-05-18", "fall 2019 = DATE 2019-FA"},
  });
}

// Holidays marked so in holidays.tsv are read in lower case; "since" a holiday is the
// latest one.
TEST(TimexTenseTest, LowerCaseHolidaysAndSince) {
  RunCases({
      {"the parade will go ahead on memorial day", "2020-05-18",
       "memorial day = DATE 2020-05-25"},
      {"a thanksgiving service", "2020-05-18", ""},
      {"a mayday call", "2020-05-18", ""},
      {"Shares have risen since Election Day.", "2017-10-07", "Election Day = DATE 2016-11-08"},
  });
}

// A length per a longer unit is how often, and TempEval-3 training leaves it untagged.
TEST(TimexTenseTest, LengthPerUnitIsUntagged) {
  RunCases({
      {"guards stood there 24 hours a day", "2020-05-18", ""},
      {"the clinic is open seven days a week.", "2020-05-18", ""},
      {"twelve flights a week", "2020-05-18", "a week = SET P1W"},
      {"it lasted three days a week ago", "2020-05-18",
       "three days = DURATION P3D | a week ago = DATE 2020-W20"},
  });
}

// A vote's date with its day takes the nearer year; a weekday opening a sentence without a
// comma reads ahead when a modal follows its subject; a clock time takes the day just named.
TEST(TimexTenseTest, VotesOpeningWeekdaysAndClockDays) {
  RunCases({
      {"she hopes to win the Nov. 3 election", "2020-05-18", "Nov. 3 = DATE 2020-11-03"},
      {"she lost the Nov. 3 election", "2021-01-10", "Nov. 3 = DATE 2020-11-03"},
      {"Later Monday the mayor will speak.", "2020-05-24", "Monday = DATE 2020-05-25"},
      {"On Monday police arrested a man who will appear in court.", "2020-05-24",
       "Monday = DATE 2020-05-18"},
      {"The panel met Monday afternoon until 6 p.m.", "2019-10-02",
       "Monday afternoon = DATE 2019-09-30TAF | 6 p.m. = TIME 2019-09-30T18:00"},
      {"The panel met Monday. It adjourned at 6 p.m.", "2019-10-02",
       "Monday = DATE 2019-09-30 | 6 p.m. = TIME 2019-10-02T18:00"},
      {"It was due to end next Friday, but runs until 6 p.m. on June 12.", "2020-05-22",
       "next Friday = DATE 2020-05-29 | 6 p.m. = TIME 2020-05-22T18:00 | June 12 = DATE 2020-06-12"},
      {"Posted May 21, 2020, 4:44 pm", "2020-05-22",
       "May 21, 2020 = DATE 2020-05-21 | 4:44 pm = TIME 2020-05-21T16:44"},
  });
}

// "New Year's" alone is the day (not "a New Year's resolution"); "the same week" is the
// week the text last named, or the anchor's.
TEST(TimexTenseTest, NewYearsAndTheSameWeek) {
  RunCases({
      {"They stayed in for Christmas and New Year's.", "2019-01-03",
       "Christmas = DATE 2018-12-25 | New Year's = DATE 2019-01-01"},
      {"She made a New Year's resolution.", "2019-01-03", ""},
      {"Stay home this holiday weekend.", "2020-05-24", "this holiday weekend = DATE 2020-W21-WE"},
      {"I think of it every single day.", "2020-05-24", "every single day = SET P1D"},
      {"It opened on May 4, 2018. The same week, it was full.", "2018-12-15",
       "May 4, 2018 = DATE 2018-05-04 | The same week = DATE 2018-W18"},
  });
}

}  // namespace
}  // namespace tally
