// The TimeML conventions the tagger follows beyond plain dates, one line per case:
// text, anchor -> "<span> = <TYPE> <value>" for each mention.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "analyse/timex_test_util.h"
#include "tally/analyse.h"

namespace tally {
namespace {

using Case = testing::TimexCase;

void RunCases(const std::vector<Case>& cases) {
  testing::RunTimexCases(cases, testing::TimexDetail::kValueOnly);
}

TEST(TimexConventionsTest, Quarters) {
  RunCases({
      {"its third-quarter loss", "1989-11-02", "third-quarter = DATE 1989-Q3"},
      {"net income in the third quarter rose", "1989-11-02", "the third quarter = DATE 1989-Q3"},
      {"a fourth-quarter charge", "1989-11-02", "fourth-quarter = DATE 1989-Q4"},
      {"profits for the fourth quarter", "1998-01-26", "the fourth quarter = DATE 1997-Q4"},
      {"fell in the latest quarter", "1989-11-02", "the latest quarter = DATE 1989-Q3"},
      {"in the year-ago quarter", "1989-11-02", "the year-ago quarter = DATE 1988-Q3"},
      {"this quarter", "2022-01-10", "this quarter = DATE 2022-Q1"},
      {"the first quarter", "", "the first quarter = DATE XXXX-Q1"},
      {"third-quarter profit rose from a year ago", "1989-11-02",
       "third-quarter = DATE 1989-Q3 | a year ago = DATE 1988-Q3"},
      {"third-quarter profit rose.\nSales fell from a year ago", "1989-11-02",
       "third-quarter = DATE 1989-Q3 | a year ago = DATE 1988-Q3"},
      {"third-quarter net rose. In the year-earlier period it fell", "1989-10-26",
       "third-quarter = DATE 1989-Q3 | year-earlier = DATE 1988-Q3"},
      {"in the quarter, up from a year earlier", "1989-10-26",
       "the quarter = DATE 1989-Q3 | a year earlier = DATE 1988-Q3"},
      {"Year-earlier results, after the year-ago quarter, in the third quarter", "1989-10-26",
       "Year-earlier = DATE 1988 | the year-ago quarter = DATE 1988-Q3 | "
       "the third quarter = DATE 1989-Q3"},
      {"the third quarter. A year earlier, net was $2.1 million", "1989-10-26",
       "the third quarter = DATE 1989-Q3 | A year earlier = DATE 1988-Q3"},
      {"sales rose from a year ago", "1989-10-26", "a year ago = DATE 1988"},
      {"last year's results after the third quarter", "1989-10-26",
       "last year = DATE 1988 | the third quarter = DATE 1989-Q3"},
      {"a charge in the 1988 second quarter", "1989-11-02", "1988 second quarter = DATE 1988-Q2"},
      {"dividend in the third quarter of 1984", "1989-10-27",
       "the third quarter of 1984 = DATE 1984-Q3"},
      {"losses through the third quarter of 1990", "1989-10-26",
       "the third quarter of 1990 = DATE 1990-Q3"},
      {"lasted 1988 seconds", "1989-10-26", "1988 seconds = DURATION PT1988S"},
  });
}

TEST(TimexConventionsTest, RelativeYearsMonthsAndSeasons) {
  RunCases({
      {"last year", "2022-01-10", "last year = DATE 2021"},
      {"up from a year earlier", "2022-01-10", "a year earlier = DATE 2021"},
      {"a year ago", "2022-01-10", "a year ago = DATE 2021"},
      {"in June last year", "2022-01-10", "June last year = DATE 2021-06"},
      {"last November", "1998-02-13", "last November = DATE 1997-11"},
      {"last January", "1998-02-13", "last January = DATE 1998-01"},
      {"next March", "1998-02-13", "next March = DATE 1998-03"},
      {"this summer", "1998-02-13", "this summer = DATE 1998-SU"},
      {"last fall", "1998-02-13", "last fall = DATE 1997-FA"},
      {"the 1990s", "2022-01-10", "1990s = DATE 199"},
      {"its 1990 invasion", "1998-03-06", "1990 = DATE 1990"},
      {"2000 people died", "1998-03-06", ""},
      {"$1990 each", "1998-03-06", ""},
  });
}

TEST(TimexConventionsTest, ReferencesWeekendsAndParts) {
  RunCases({
      {"now", "2022-01-10", "now = DATE PRESENT_REF"},
      {"the current system", "2022-01-10", "current = DATE PRESENT_REF"},
      {"recently", "2022-01-10", "recently = DATE PAST_REF"},
      {"in recent weeks", "2022-01-10", "recent weeks = DURATION PXW"},
      {"in the future", "2022-01-10", "the future = DATE FUTURE_REF"},
      {"over the weekend", "2022-01-10", "the weekend = DATE 2022-W01-WE"},
      {"earlier this month", "2022-01-10", "earlier this month = DATE 2022-01"},
      {"overnight", "2022-01-10", "overnight = TIME 2022-01-10TNI"},
      {"over the past year", "2022-01-10", "the past year = DURATION P1Y"},
  });
}

// Reports: the year of an account is its period ("for the year ended ..." is P1Y); "the
// year" alone needs a cue before it and is not part of a longer name.
TEST(TimexConventionsTest, YearsOfReports) {
  RunCases({
      {"for the year ended Sept. 30", "1989-11-02",
       "the year = DURATION P1Y | Sept. 30 = DATE 1989-09-30"},
      {"in the fiscal year ending in June", "1989-11-02",
       "the fiscal year = DURATION P1Y | June = DATE 1989-06"},
      {"a high for the year of $42", "1989-10-30", "the year = DATE 1989"},
      {"nine months of the year.", "1989-10-30",
       "nine months = DURATION P9M | the year = DATE 1989"},
      {"sales for the full year", "1989-11-02", "the full year = DATE 1989"},
      {"forecasts for the current year", "1989-10-26", "the current year = DATE 1989"},
      {"the year before, he left", "1989-10-26", ""},
      {"in the year-ago period", "1989-10-26", "year-ago = DATE 1988"},
      {"by the year 2000", "1989-10-26", "2000 = DATE 2000"},
  });
}

// A plural unit of time after a duration cue is a duration of unknown length; "in the past"
// is PAST_REF; "previously" and "soon" are not read (time_words.tsv says why).
TEST(TimexConventionsTest, VagueDurationsAndReferences) {
  RunCases({
      {"protests went on for weeks", "2022-01-10", "weeks = DURATION PXW"},
      {"within days of the attack", "2022-01-10", "days = DURATION PXD"},
      {"for years", "2022-01-10", "years = DURATION PXY"},
      {"the days before the attack", "2022-01-10", ""},
      {"for a day", "2022-01-10", "a day = DURATION P1D"},
      {"as in the past", "2022-01-10", "the past = DATE PAST_REF"},
      {"over the past week", "2022-01-10", "the past week = DURATION P1W"},
      {"a previously announced plan", "2022-01-10", ""},
      {"will soon be lifted", "2022-01-10", ""},
  });
}

// Years said in words, as broadcast transcripts write them.
TEST(TimexConventionsTest, SpelledOutYears) {
  RunCases({
      {"In nineteen ninety-one he was convicted", "1998-01-15", "nineteen ninety-one = DATE 1991"},
      {"in nineteen seventy", "1998-01-15", "nineteen seventy = DATE 1970"},
      {"in January nineteen ninety-seven.", "1998-02-27",
       "January nineteen ninety-seven = DATE 1997-01"},
      {"Atlanta nineteen ninety-six.", "1998-02-27", "nineteen ninety-six = DATE 1996"},
      {"nineteen people died", "1998-02-27", ""},
      {"nineteen twentieth", "1998-02-27", ""},
  });
}

TEST(TimexConventionsTest, Sets) {
  RunCases({
      {"published daily", "2022-01-10", "daily = SET P1D"},
      {"meets every week", "2022-01-10", "every week = SET P1W"},
      {"reported annually", "2022-01-10", "annually = SET P1Y"},
      {"paid monthly", "2022-01-10", "monthly = SET P1M"},
  });
}

}  // namespace
}  // namespace tally
