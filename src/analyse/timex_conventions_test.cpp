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
       "third-quarter = DATE 1989-Q3 | the year-earlier period = DATE 1988-Q3"},
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
      {"in the year-ago period", "1989-10-26", "the year-ago period = DATE 1988"},
      {"by the year 2000", "1989-10-26", "the year 2000 = DATE 2000"},
      {"before the year two thousand", "1998-02-05", "the year two thousand = DATE 2000"},
      {"in the year two thousand and three", "1998-02-05",
       "the year two thousand and three = DATE 2003"},
      {"two thousand people marched", "1998-02-05", ""},
      // The quarter of a year named before "'s", and the reported quarter in another year.
      {"sales in this year's third quarter", "1989-10-30", "this year's third quarter = DATE 1989-Q3"},
      {"from next year's first quarter", "1989-10-30", "next year's first quarter = DATE 1990-Q1"},
      {"third-quarter sales fell from last year's quarter", "1989-10-30",
       "third-quarter = DATE 1989-Q3 | last year's quarter = DATE 1988-Q3"},
      {"third-quarter net rose. In the 1988 period it fell", "1989-10-30",
       "third-quarter = DATE 1989-Q3 | the 1988 period = DATE 1988-Q3"},
      {"second-quarter net rose. The latest period included a gain", "1989-08-02",
       "second-quarter = DATE 1989-Q2 | The latest period = DATE 1989-Q2"},
      {"the latest period included a gain", "1989-11-02", "the latest period = DATE 1989-Q3"},
      {"in 1988 period costs fell", "1989-10-30", "1988 = DATE 1988"},
      // The end of the year after a cue; "year-end" before a noun is an adjective.
      {"to close the deal by year-end", "1989-11-01", "year-end = DATE 1989"},
      {"cuts by the end of the year", "1989-10-26", "the end of the year = DATE 1989"},
      {"year-end net was lower", "1989-10-26", ""},
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
      {"checked each month", "2022-01-10", "each month = SET P1M"},
      {"a third flight departing each Thursday", "2022-01-10", "each Thursday = SET XXXX-WXX-4"},
      {"meets every Monday night", "2022-01-10", "every Monday night = SET XXXX-WXX-1TNI"},
      {"marches each July", "2022-01-10", "each July = SET XXXX-07"},
      {"each one of them", "2022-01-10", ""},
      {"paid per year", "2022-01-10", "per year = SET P1Y"},
      // "A year" after an amount is its rate; before "earlier", "ago", "old" it is not.
      {"they send $2 billion a year home", "2022-01-10", "a year = SET P1Y"},
      {"twelve flights a week", "2022-01-10", "a week = SET P1W"},
      {"it rose 4% a year", "2022-01-10", "a year = SET P1Y"},
      {"they met twice a month", "2022-01-10", "a month = SET P1M"},
      {"up from 40 cents a year earlier", "2022-01-10", "a year earlier = DATE 2021"},
      {"shares a day of mourning", "2022-01-10", ""},
      {"children a year old", "2022-01-10", ""},
  });
}

// A couple is two; "a week" after a qualifier is a length of time.
TEST(TimexConventionsTest, CouplesAndQualifiedArticles) {
  RunCases({
      {"for a couple of years", "2022-01-10", "a couple of years = DURATION P2Y"},
      {"over the next couple of weeks", "2022-01-10", "the next couple of weeks = DURATION P2W"},
      {"a tour expected to last over a week", "2022-01-10", "a week = DURATION P1W"},
      {"talks lasting nearly an hour", "2022-01-10", "nearly an hour = DURATION PT1H"},
      {"members for less than a decade", "2022-01-10", "less than a decade = DURATION P10Y"},
      {"barely a month after the crash", "2022-01-10", "a month = DURATION P1M"},
      {"pay was higher than a year earlier", "2022-01-10", "a year earlier = DATE 2021"},
      {"a day of mourning", "2022-01-10", ""},
  });
}

// Fractions of a unit are written with the next smaller unit, as ISO 8601 durations are.
TEST(TimexConventionsTest, FractionsOfUnits) {
  RunCases({
      {"in camps for 2 1/2 years", "2022-01-10", "2 1/2 years = DURATION P2Y6M"},
      {"about 5 1/2 hours in the city", "2022-01-10", "5 1/2 hours = DURATION PT5H30M"},
      {"for 1.5 hours", "2022-01-10", "1.5 hours = DURATION PT1H30M"},
      {"a minute and a half later", "2022-01-10", "a minute and a half = DURATION PT1M30S"},
      {"waited half an hour", "2022-01-10", "half an hour = DURATION PT30M"},
      {"for two and a half years", "2022-01-10", "two and a half years = DURATION P2Y6M"},
      {"for 1.5 days", "2022-01-10", "1.5 days = DURATION P1DT12H"},
      {"for 1.5 months", "2022-01-10", "1.5 months = DURATION P1.5M"},
  });
}

// Anaphoric time words count from the date the text last named, or from the anchor.
TEST(TimexConventionsTest, AnaphoricReferences) {
  RunCases({
      {"She left in June 1998 and came back later that year.", "2000-01-28",
       "June 1998 = DATE 1998-06 | later that year = DATE 1998"},
      {"He was promoted on May 2, 1995, and the following year he moved.", "1998-04-18",
       "May 2, 1995 = DATE 1995-05-02 | the following year = DATE 1996"},
      {"The board met on Oct. 3. The following month it sold the unit.", "1989-11-02",
       "Oct. 3 = DATE 1989-10-03 | The following month = DATE 1989-11"},
      {"He was shot on Oct. 23, 1998. Earlier that day he had spoken.", "1999-10-24",
       "Oct. 23, 1998 = DATE 1998-10-23 | Earlier that day = DATE 1998-10-23"},
      {"He arrived on Tuesday and left the next morning.", "2000-02-24",
       "Tuesday = DATE 2000-02-22 | the next morning = DATE 2000-02-23"},
      {"imports that year reached $1 billion", "1989-11-02", "that year = DATE 1989"},
      {"In 1988 exports fell; that year imports rose", "1989-11-02",
       "1988 = DATE 1988 | that year = DATE 1988"},
      {"the same day", "", "the same day = DATE XXXX-XX-XX"},
      {"strong redemptions that day", "1989-11-02", ""},
  });
}

// Holidays (holidays.tsv): the latest one, as a month without a year is read, unless the
// sentence speaks of the future; "last"/"next" and a year after fix it.
TEST(TimexConventionsTest, Holidays) {
  RunCases({
      {"he was found on Thanksgiving Day", "2000-01-07", "Thanksgiving Day = DATE 1999-11-25"},
      {"rescued last Thanksgiving", "2000-02-10", "last Thanksgiving = DATE 1999-11-25"},
      {"from now to Election Day", "1998-10-26", "now = DATE PRESENT_REF | Election Day = DATE 1998-11-03"},
      {"shops closed on Christmas Day", "2021-12-28", "Christmas Day = DATE 2021-12-25"},
      {"shops closed on Christmas Day", "2022-02-01", "Christmas Day = DATE 2021-12-25"},
      {"the store will open before Christmas", "2022-02-01", "Christmas = DATE 2022-12-25"},
      {"next Christmas", "2021-12-28", "next Christmas = DATE 2022-12-25"},
      {"Easter 2019", "2022-01-10", "Easter 2019 = DATE 2019-04-21"},
      {"on Good Friday", "2022-04-20", "Good Friday = DATE 2022-04-15"},
      {"over Memorial Day weekend", "2022-06-10", "Memorial Day = DATE 2022-05-30"},
      {"on Labor Day", "2022-09-10", "Labor Day = DATE 2022-09-05"},
      {"on Thanksgiving", "", "Thanksgiving = DATE XXXX-XX-XX"},
      {"on New Year's Day", "", "New Year's Day = DATE XXXX-01-01"},
      {"a christmas tree", "2022-01-10", ""},
      {"Eastern Europe", "2022-01-10", ""},
  });
}

// Centuries by their ordinal: TIMEX3 writes the hundreds of their years.
TEST(TimexConventionsTest, Centuries) {
  RunCases({
      {"a 20th century democrat", "1998-02-13", "20th century = DATE 19"},
      {"the fabled 11th century temple", "1998-02-13", "11th century = DATE 10"},
      {"in the twenty-first century", "2022-01-10", "twenty-first century = DATE 20"},
      {"for centuries", "2022-01-10", "centuries = DURATION PXY"},
  });
}

// Decades in words, as transcripts say them.
TEST(TimexConventionsTest, DecadesInWords) {
  RunCases({
      {"numbers dropped through the nineties", "1998-03-03", "the nineties = DATE 199"},
  });
}

// A month alone is read after a cue, as a possessive, or between an article and a lower-case
// word; "May" and "March" only after a year cue.
TEST(TimexConventionsTest, MonthsAsModifiers) {
  RunCases({
      {"Sales figures for January rose", "2022-02-06", "January = DATE 2022-01"},
      {"a revision to November's numbers", "2022-02-06", "November = DATE 2021-11"},
      {"signed under an August accord", "2022-02-06", "August = DATE 2021-08"},
      {"since the October flooding", "2022-02-06", "October = DATE 2021-10"},
      {"trading for December contracts", "2021-11-20", "December = DATE 2021-12"},
      {"January said", "2022-01-22", ""},
      {"a gift for April Jones", "2022-01-22", ""},
      {"the June of her youth", "2022-01-22", ""},
      {"the March for Peace", "2022-01-22", ""},
      {"the May meeting", "2022-01-22", "May = DATE 2021-05"},
      {"the May government", "2022-01-22", ""},
      {"May is meeting the opposition", "2022-01-22", ""},
      {"a vote for May", "2022-01-22", ""},
      {"in March", "2022-04-22", "March = DATE 2022-03"},
  });
}

// Seasons without "this": the season of the anchor's year, or of the year after "of".
TEST(TimexConventionsTest, SeasonsWithTheArticle) {
  RunCases({
      {"the school may reopen in the fall", "2020-05-15", "the fall = DATE 2020-FA"},
      {"a vaccine by the fall of 2021", "2020-05-15", "the fall of 2021 = DATE 2021-FA"},
      {"after the fall of the regime", "2020-05-15", ""},
      {"the fall in prices", "2020-05-15", ""},
      {"bears sleep through the fall and winter", "2020-05-15", "the fall = DATE 2020-FA"},
      {"harvests end in late summer", "2020-05-15", "late summer = DATE 2020-SU"},
      {"since the fall of 2019", "2020-05-15", "the fall of 2019 = DATE 2019-FA"},
      {"orders fell during the summer", "2021-10-20", "the summer = DATE 2021-SU"},
      {"since the early spring", "2021-10-20", "the early spring = DATE 2021-SP"},
      {"closed the plant this past winter", "2021-10-20", "this past winter = DATE 2021-WI"},
      {"in the winter of 2009", "2021-10-20", "the winter of 2009 = DATE 2009-WI"},
      {"the summer of nineteen eighty-two", "2021-10-20",
       "the summer of nineteen eighty-two = DATE 1982-SU"},
      {"the fall in prices", "2021-10-20", ""},
  });
}

// A further stretch of time is a duration, not a rate.
TEST(TimexConventionsTest, FurtherStretches) {
  RunCases({
      {"will stay for three more weeks", "2022-01-10", "three more weeks = DURATION P3W"},
      {"extended for an additional year", "2022-01-10", "an additional year = DURATION P1Y"},
      {"a few more days", "2022-01-10", "a few more days = DURATION PXD"},
      {"two more people", "2022-01-10", ""},
      {"The deal ends months of talks", "2022-01-10", "months = DURATION PXM"},
      {"after years of war", "2022-01-10", "years = DURATION PXY"},
      {"in the days of the empire", "2022-01-10", ""},
      {"in the early hours of Monday", "2022-01-12", "Monday = DATE 2022-01-10"},
      {"could end within days or weeks", "2022-01-10", "days or weeks = DURATION PXD"},
      {"for five straight years", "2022-01-10", "five straight years = DURATION P5Y"},
      {"within ten business days", "2022-01-10", "ten business days = DURATION P10D"},
      {"moved to a calendar year", "2022-01-10", ""},
      {"for almost a hundred years", "2022-01-10", "almost a hundred years = DURATION P100Y"},
  });
}

// Report periods named with their distance are one expression; "the year-earlier six
// months" is a six-month stretch.
TEST(TimexConventionsTest, ComparedPeriods) {
  RunCases({
      {"Third-quarter profit fell. For the quarter a year ago, it earned less.", "2021-10-20",
       "Third-quarter = DATE 2021-Q3 | the quarter a year ago = DATE 2020-Q3"},
      {"Second-quarter sales rose from the same period last year.", "2021-08-02",
       "Second-quarter = DATE 2021-Q2 | the same period last year = DATE 2020-Q2"},
      {"up from the year-earlier six months", "2021-08-02",
       "the year-earlier six months = DURATION P6M"},
      // After the nine months of a report, "a year earlier" is the year before.
      {"Third-quarter net rose. For the nine months, net fell from a year earlier.",
       "2021-10-20",
       "Third-quarter = DATE 2021-Q3 | the nine months = DURATION P9M | "
       "a year earlier = DATE 2020"},
  });
}

// Shows and works named in quotes are no time expressions.
TEST(TimexConventionsTest, QuotedTitles) {
  RunCases({
      {"she said on \"Next Week\" that", "2022-01-10", ""},
      {"told \"48 Hours\" viewers", "2022-01-10", ""},
      {"he said: \"Next week we vote.\"", "2022-01-10", "Next week = DATE 2022-W03"},
  });
}

// A second day joined to a date, and a clock time dated by a day after a bracket.
TEST(TimexConventionsTest, SecondDaysAndBracketedZones) {
  RunCases({
      {"talks on June 14 and 15.", "2022-06-20",
       "June 14 = DATE 2022-06-14 | 15 = DATE 2022-06-15"},
      {"on June 14 and 15 others", "2022-06-20", "June 14 = DATE 2022-06-14"},
      {"at 9:20 a.m. (1420 GMT) Friday", "2022-01-10",
       "9:20 a.m. = TIME 2022-01-07T09:20 | Friday = DATE 2022-01-07"},
      {"until 5 p.m. EST, Jan. 14", "2022-01-10", "5 p.m. EST, Jan. 14 = TIME 2022-01-14T17:00"},
  });
}

// An amount opening a line is read like any other.
TEST(TimexConventionsTest, AmountsOpeningALine) {
  RunCases({
      {"The end.\nThree days ago, it rained.", "2022-01-10", "Three days ago = DATE 2022-01-07"},
  });
}

// Halves of a year with their year; "of" and a year that closes the sentence.
TEST(TimexConventionsTest, HalvesAndQuartersOfAYear) {
  RunCases({
      {"earnings for the second half of 2021 fell", "2022-01-10",
       "the second half of 2021 = DATE 2021-H2"},
      {"in the first half of 2019.", "2022-01-10", "the first half of 2019 = DATE 2019-H1"},
      {"in the first half of the game", "2022-01-10", ""},
      {"losses through the second quarter of 2023.", "2022-01-10",
       "the second quarter of 2023 = DATE 2023-Q2"},
      // A forecast quarter is not the one a report is about.
      {"Third-quarter net fell. Losses through the first quarter of 2023 are seen. A year "
       "earlier, net rose.",
       "2022-10-20",
       "Third-quarter = DATE 2022-Q3 | the first quarter of 2023 = DATE 2023-Q1 | "
       "A year earlier = DATE 2021-Q3"},
  });
}

// Modified parts of the day, on the anchor day or the day named after them.
TEST(TimexConventionsTest, ModifiedPartsOfTheDay) {
  RunCases({
      {"By mid afternoon, the shelling stopped", "2022-01-12",
       "mid afternoon = TIME 2022-01-12TAF"},
      {"shares fell at mid-afternoon yesterday", "2022-01-12",
       "mid-afternoon yesterday = TIME 2022-01-11TAF"},
      {"in the late evening Monday", "2022-01-12", "late evening Monday = TIME 2022-01-10TEV"},
  });
}

// Hyphenated adjectives and sentence adverbs are no times; report quarters a year back are
// one expression.
TEST(TimexConventionsTest, NamesAdjectivesAndYearAgoQuarters) {
  RunCases({
      {"That 1978 accord still holds", "2022-01-10", "1978 = DATE 1978"},
      {"part of a whole centuries-old feud", "2022-01-10", ""},
      {"Right now, the board is split.", "2022-01-10", "Right now = DATE PRESENT_REF"},
      {"a last-minute offer", "2022-01-10", ""},
      {"in the past-week tally", "2022-01-10", ""},
      {"the now-defunct firm", "2022-01-10", ""},
      {"It failed. Now, the board says, it will sell.", "2022-01-10", ""},
      {"Currently, the rules differ.", "2022-01-10", ""},
      {"It is now closed, he said.", "2022-01-10", "now = DATE PRESENT_REF"},
      {"Now the board will sell.", "2022-01-10", "Now = DATE PRESENT_REF"},
      {"in the year-ago third quarter", "2021-10-20", "the year-ago third quarter = DATE 2020-Q3"},
      {"the year-earlier fourth quarter", "2021-11-20",
       "the year-earlier fourth quarter = DATE 2020-Q4"},
  });
}

// Cases from reading recent news the tagger was not tuned on (fourth round).
TEST(TimexConventionsTest, HolidayDeadlinesAndTypographicApostrophes) {
  RunCases({
      {"aid must arrive by Election Day", "2020-05-19", "Election Day = DATE 2020-11-03"},
      {"with months to go till Election Day", "2016-06-24", "Election Day = DATE 2016-11-08"},
      {"stores closed on Election Day", "2020-05-19", "Election Day = DATE 2019-11-05"},
      {"sales have slumped since Valentine\u2019s Day", "2020-04-23",
       "Valentine\u2019s Day = DATE 2020-02-14"},
  });
}

TEST(TimexConventionsTest, OrdinalSecondsAndNames) {
  RunCases({
      {"fears of a second wave of cases", "2020-06-15", ""},
      {"the vote failed for a second time", "2020-06-15", ""},
      {"for a second, nothing moved", "2020-06-15", "a second = DURATION PT1S"},
      {"in an interview with USA Today", "2020-06-15", ""},
      {"a column in The Daily Ledger", "2020-06-15", ""},
      {"the Italian daily Il Giorno reported", "2020-06-15", ""},
      {"at the mayor's daily briefing", "2020-06-15", "daily = SET P1D"},
      {"Daily, the queue grows.", "2020-06-15", "Daily = SET P1D"},
      {"the Gazette, a small daily, closed", "2020-06-15", ""},
      {"she writes for a weekly.", "2020-06-15", ""},
      {"the nurse checks the ward hourly, they said", "2020-06-15", "hourly = SET PT1H"},
      {"the case count grows daily, he said", "2020-06-15", "daily = SET P1D"},
      {"on a daily basis", "2020-06-15", "daily = SET P1D"},
      {"take the pill twice daily.", "2020-06-15", "daily = SET P1D"},
  });
}

TEST(TimexConventionsTest, MonthRangesAndCountsFromNow) {
  RunCases({
      {"moved the fair from July to August this year", "2020-04-24",
       "July = DATE 2020-07 | August this year = DATE 2020-08"},
      {"sales fell from March to April", "2020-05-15", "March = DATE 2020-03 | April = DATE 2020-04"},
      {"the season runs from November to February", "2020-05-15",
       "November = DATE 2019-11 | February = DATE 2020-02"},
      {"four months from now", "2020-05-19", "four months from now = DATE 2020-09"},
      {"a year from now", "2020-05-19", "a year from now = DATE 2021"},
  });
}

// Fifth round, general news usage: months as noun modifiers, lengths counted from an event,
// "another week", "come January", the end of the week, anaphoric weeks.
TEST(TimexConventionsTest, MonthsModifyingNouns) {
  RunCases({
      {"the April jobs report disappointed", "2020-05-12", "April = DATE 2020-04"},
      {"April retail sales plunged", "2020-05-15", "April = DATE 2020-04"},
      {"the bank held rates at its March meeting", "2020-05-15", "March = DATE 2020-03"},
      {"The May sales figures were weak.", "2020-06-10", "May = DATE 2020-05"},
      {"their June trip was cancelled", "2020-07-02", "June = DATE 2020-06"},
      {"April said the report was late", "2020-05-15", ""},
      {"Theresa May report cards", "2020-05-15", ""},
      {"before the November election", "2018-06-08", "November = DATE 2018-11"},
      {"voters in the March primary", "2020-11-20", "March = DATE 2020-03"},
      {"in the November general election", "2020-02-10", "November = DATE 2020-11"},
      {"it will be decided in the November election", "2020-12-01", "November = DATE 2021-11"},
      {"a poll by Sarah April survey firm", "2020-05-15", ""},
  });
}

// TempEval-3 training tags the amount of "a week later", "two days after" as a DURATION
// (13 of 17 such phrases); a bare plural ("days after", "weeks later") mostly not (3 of 4).
TEST(TimexConventionsTest, LengthsCountedFromAnEvent) {
  RunCases({
      {"A week later, the mine reopened.", "2020-05-15", "A week = DURATION P1W"},
      {"a day after the vote, he quit", "2020-05-15", "a day = DURATION P1D"},
      {"an hour before the launch", "2020-05-15", "an hour = DURATION PT1H"},
      {"two days after the vote", "2020-05-15", "two days = DURATION P2D"},
      {"the reform passed a year earlier", "2020-05-15", "a year earlier = DATE 2019"},
      {"talks resumed weeks after the strike", "2020-05-15", ""},
      {"the firm needs another week to decide", "2020-05-15", "another week = DURATION P1W"},
      {"another day of protests", "2020-05-15", "another day = DURATION P1D"},
      {"another look at the data", "2020-05-15", ""},
      {"the clinic saw 40 patients a day before the storm", "2020-05-15", ""},
      {"The ruling comes a day after the vote.", "2020-05-15", "a day = DURATION P1D"},
      {"the county logged its first COVID-19 death a month after Ohio", "2020-05-15",
       "a month = DURATION P1M"},
  });
}

TEST(TimexConventionsTest, MonthsJoinedToADate) {
  RunCases({
      {"cases rose in October and November", "2020-12-10",
       "October = DATE 2020-10 | November = DATE 2020-11"},
      {"between June and July", "2020-08-10", "June = DATE 2020-06 | July = DATE 2020-07"},
      {"the ban runs well into June", "2020-05-10", "June = DATE 2020-06"},
      {"the court moved the case Friday to December's docket", "2021-02-06",
       "Friday = DATE 2021-02-05 | December = DATE 2020-12"},
      {"the closures could run until July and August", "2020-03-15",
       "July = DATE 2020-07 | August = DATE 2020-08"},
      {"the refunds come between May and July", "2020-03-26",
       "May = DATE 2020-05 | July = DATE 2020-07"},
      {"the lease was extended into July", "2020-03-28", "July = DATE 2020-07"},
      {"both parties look to November's midterm elections", "2018-03-12",
       "November = DATE 2018-11"},
      {"the club plays twice between now and June", "2016-03-15",
       "now = DATE PRESENT_REF | June = DATE 2016-06"},
      {"Tom and June left", "2020-06-10", ""},
      {"a film about March and May", "2020-06-10", ""},
  });
}

TEST(TimexConventionsTest, VagueReferences) {
  RunCases({
      {"as he said the other day", "2020-05-15", "the other day = DATE PAST_REF"},
      {"prices these days are high", "2020-05-15", "these days = DATE PRESENT_REF"},
      {"the shop reopened this past weekend", "2020-05-18",
       "this past weekend = DATE 2020-W20-WE"},
  });
}

TEST(TimexConventionsTest, FigurativeOvernight) {
  RunCases({
      {"The repairs won't be done overnight.", "2020-05-15", ""},
      {"old rules do not vanish overnight", "2020-05-15", ""},
      {"the queue shrank almost overnight", "2020-05-15", ""},
      {"Clashes erupted overnight in the city.", "2020-05-15", "overnight = TIME 2020-05-15TNI"},
      {"It did not rain, but overnight the river rose.", "2020-05-15",
       "overnight = TIME 2020-05-15TNI"},
  });
}

TEST(TimexConventionsTest, LengthsAhead) {
  RunCases({
      {"a decision within the next two weeks", "2020-05-15", "the next two weeks = DURATION P2W"},
      {"over the next few days", "2020-05-15", "the next few days = DURATION PXD"},
      {"in the following three months", "2020-05-15", "the following three months = DURATION P3M"},
      {"in the coming weeks", "2020-05-15", "coming weeks = DURATION PXW"},
      {"the next 10 people", "2020-05-15", ""},
  });
}

TEST(TimexConventionsTest, WeekdaysAfterReportingVerbsAndDashes) {
  RunCases({
      {"\"We will appeal,\" the mayor said Sunday night.", "2017-11-13",
       "Sunday night = DATE 2017-11-12TNI"},
      {"he will argue the deal was signed Monday", "2020-05-15", "Monday = DATE 2020-05-11"},
      {"officials said the plant will reopen Monday", "2020-05-15", "Monday = DATE 2020-05-18"},
      {"Voters will have their say Tuesday night.", "2017-02-26",
       "Tuesday night = DATE 2017-02-28TNI"},
      {"the agency will say Friday whether it agrees", "2020-05-13", "Friday = DATE 2020-05-15"},
      {"how the fines would work \u2014 a memo sent Thursday gave no detail", "2020-05-15",
       "Thursday = DATE 2020-05-14"},
  });
}

TEST(TimexConventionsTest, WeekdayNamesTheYearOfADate) {
  RunCases({
      {"the photo was taken on Sunday, April 26.", "2016-03-17",
       "Sunday, April 26 = DATE 2015-04-26"},
      {"the vote on Tuesday, April 26", "2016-03-17", "Tuesday, April 26 = DATE 2016-04-26"},
      {"on Friday, Jan. 3", "2020-12-20", "Friday, Jan. 3 = DATE 2020-01-03"},
      {"on Monday, Jan. 4", "2020-12-20", "Monday, Jan. 4 = DATE 2021-01-04"},
  });
}

// TimeML spans keep determiners and most qualifiers of an amount of time.
TEST(TimexConventionsTest, DeterminersAndQualifiersInSpans) {
  RunCases({
      {"profit for the first nine months rose", "2020-11-15",
       "the first nine months = DURATION P9M"},
      {"sales in the six months rose", "2020-11-15", "the six months = DURATION P6M"},
      {"nearly four years ago", "2020-11-15", "nearly four years ago = DATE 2016"},
      {"more than two decades ago", "2020-11-15", "more than two decades ago = DATE 200"},
      {"at least the past 18 months", "2020-11-15", "at least the past 18 months = DURATION P18M"},
      {"for no more than 60 days", "2020-11-15", "no more than 60 days = DURATION P60D"},
      {"about two years ago", "2020-11-15", "two years ago = DATE 2018"},
      {"over three weeks", "2020-11-15", "three weeks = DURATION P3W"},
      {"the 30-day limit", "2020-11-15", "30-day = DURATION P30D"},
      {"prices of the early 1990s", "2020-11-15", "the early 1990s = DATE 199"},
      {"it rose late yesterday", "2020-11-15", "late yesterday = DATE 2020-11-14"},
      {"a deal early next year", "2020-11-15", "early next year = DATE 2021"},
      {"by the end of 2021", "2020-11-15", "the end of 2021 = DATE 2021"},
      {"for fiscal 2019", "2020-11-15", "fiscal 2019 = DATE 2019"},
      {"in the fiscal third quarter", "2020-11-15", "the fiscal third quarter = DATE 2020-Q3"},
      {"since late 2019", "2020-11-15", "late 2019 = DATE 2019"},
      {"after the early Monday raid", "2020-11-15", "early Monday = DATE 2020-11-09"},
  });
}

TEST(TimexConventionsTest, RatesWithEvery) {
  RunCases({
      {"the census runs every ten years", "2020-05-15", "every ten years = SET P10Y"},
      {"tests run every 12 hours", "2020-05-15", "every 12 hours = SET PT12H"},
      {"the ferry sails each day", "2020-05-15", "each day = SET P1D"},
      {"one refill per 90 days", "2020-05-15", "per 90 days = SET P90D"},
      {"paid per eight-hour shift", "2020-05-15", "eight-hour = DURATION PT8H"},
      {"per year", "2020-05-15", "per year = SET P1Y"},
      {"every day", "2020-05-15", "every day = SET P1D"},
  });
}

TEST(TimexConventionsTest, MonthsAheadAndEndsOfPeriods) {
  RunCases({
      {"Come January, the rules change.", "2020-05-15", "January = DATE 2021-01"},
      {"come June the schools may reopen", "2020-05-15", "June = DATE 2020-06"},
      {"prices may rise in the coming year", "2020-05-15", "the coming year = DATE 2021"},
      {"a deal by the end of the week", "2020-05-15", "the end of the week = DATE 2020-W20"},
      {"rent is due at the end of the month", "2020-05-15", "the end of the month = DATE 2020-05"},
  });
}

TEST(TimexConventionsTest, WeeksCountedFromTheNarrative) {
  RunCases({
      {"On March 3, the board met. The next week, it fired the chief.", "2020-05-15",
       "March 3 = DATE 2020-03-03 | The next week = DATE 2020-W11"},
      {"The strike began on April 6 and ended the following week.", "2020-05-15",
       "April 6 = DATE 2020-04-06 | the following week = DATE 2020-W16"},
      {"Officials will meet again the next week.", "2020-05-15", "the next week = DATE 2020-W21"},
      {"It fell on May 2. The previous week it rose.", "2020-05-15",
       "May 2 = DATE 2020-05-02 | The previous week = DURATION P1W"},
      {"\u201cIt was a mistake,\u201d Will wrote on Wednesday.", "2020-05-15",
       "Wednesday = DATE 2020-05-13"},
      {"Will the court rule on Wednesday?", "2020-05-15", "Wednesday = DATE 2020-05-20"},
  });
}

TEST(TimexConventionsTest, SecondDayOfARangeTakesTheFirstsYear) {
  RunCases({
      {"The fair runs June 10-Aug. 15 this year.", "2020-05-04",
       "June 10 = DATE 2020-06-10 | Aug. 15 = DATE 2020-08-15 | this year = DATE 2020"},
      {"shows from July 1 to Sept. 30", "2020-05-04",
       "July 1 = DATE 2020-07-01 | Sept. 30 = DATE 2020-09-30"},
      {"a season from Nov. 20 to Feb. 2", "2020-10-01",
       "Nov. 20 = DATE 2020-11-20 | Feb. 2 = DATE 2021-02-02"},
      {"rallies on May 3 and Aug. 4 drew crowds", "2020-05-04",
       "May 3 = DATE 2020-05-03 | Aug. 4 = DATE 2019-08-04"},
  });
}

TEST(TimexConventionsTest, PluralWeekdaysAreSets) {
  RunCases({
      {"The museum is shut on Mondays.", "2020-05-04", "Mondays = SET XXXX-WXX-1"},
      {"markets on Tuesdays and Saturdays", "2020-05-04",
       "Tuesdays = SET XXXX-WXX-2 | Saturdays = SET XXXX-WXX-6"},
      {"We met at TGI Fridays.", "2020-05-04", ""},
      {"the Fridays For Future strikes", "2020-05-04", ""},
  });
}

TEST(TimexConventionsTest, RangesOfLengthsAndApproximations) {
  RunCases({
      {"a vaccine is 12-18 months away", "2020-05-04", "12-18 months = DURATION P12M"},
      {"in no less than 12-18 months", "2020-05-04",
       "no less than 12-18 months = DURATION P12M"},
      {"results within two to three weeks", "2020-05-04", "two to three weeks = DURATION P2W"},
      {"staff come in two or three days", "2020-05-04", "two or three days = DURATION P2D"},
      {"sales over the next 12 to 18 months", "2020-05-04",
       "the next 12 to 18 months = DURATION P12M"},
      {"the count fell from 5 to 3 days", "2020-05-04", "3 days = DURATION P3D"},
      {"the stay was extended from 14 to 21 days", "2020-05-04", "21 days = DURATION P21D"},
      {"a week or so before the vote", "2020-05-04", "a week or so = DURATION P1W"},
      {"they met a month or so ago", "2020-05-04", "a month or so ago = DATE 2020-04"},
      {"for the next two years or so", "2020-05-04", "the next two years or so = DURATION P2Y"},
      {"the slump could last months", "2020-05-04", "months = DURATION PXM"},
      {"it is expected to last years", "2020-05-04", "years = DURATION PXY"},
      {"prices rose in the last months", "2020-05-04", "the last months = DURATION PXM"},
  });
}

TEST(TimexConventionsTest, SeasonsWithYearsWeekendsAndVotes) {
  RunCases({
      {"digs were slated for early summer 2020", "2020-05-23",
       "early summer 2020 = DATE 2020-SU"},
      {"by late fall 2021", "2020-05-23", "late fall 2021 = DATE 2021-FA"},
      {"he wanted the boat before the weekend", "2020-05-23",
       "the weekend = DATE 2020-W21-WE"},
      {"it rained over the weekend", "2020-05-25", "the weekend = DATE 2020-W21-WE"},
      {"it rained last weekend", "2020-05-23", "last weekend = DATE 2020-W20-WE"},
      {"she urged them to vote in November", "2020-05-17", "November = DATE 2020-11"},
      {"the election in March was close", "2020-05-17", "March = DATE 2020-03"},
      {"not until after Election Day", "2020-05-19", "Election Day = DATE 2020-11-03"},
      {"Texas votes on Super Tuesday.", "2020-02-23", "Super Tuesday = DATE 2020-03-03"},
      {"a record set last quarter", "2020-07-07", "last quarter = DATE 2020-Q2"},
  });
}

TEST(TimexConventionsTest, BroadcastNamesHoldNoTime) {
  RunCases({
      {"he said on Fox News Sunday that he would", "2018-11-19", ""},
      {"Today show host Al Roker", "2020-03-17", ""},
      {"he told the Sunday Times on Monday", "2018-11-19", "Monday = DATE 2018-11-19"},
      {"He spoke Sunday. Today he rests.", "2018-11-19",
       "Sunday = DATE 2018-11-18 | Today = DATE 2018-11-19"},
  });
}

TEST(TimexConventionsTest, SeasonsAndWeeksOfAPastStory) {
  RunCases({
      {"In the fall, he was arrested.", "2020-01-10", "the fall = DATE 2019-FA"},
      {"Over the summer, sales were weak.", "2020-02-10", "the summer = DATE 2019-SU"},
      {"He plans to reopen in the fall.", "2020-01-10", "the fall = DATE 2020-FA"},
      {"Over the summer, sales were weak.", "2020-10-10", "the summer = DATE 2020-SU"},
      {"The shop will shut in the summer, she was told.", "2020-01-10",
       "the summer = DATE 2020-SU"},
      {"Crowds gathered. The following week, police were called.", "2020-01-10",
       "The following week = DATE XXXX-WXX"},
      {"It opened on May 4. The following week, it was full.", "2020-06-10",
       "May 4 = DATE 2020-05-04 | The following week = DATE 2020-W20"},
      {"The next week he will fly home.", "2020-01-10", "The next week = DATE 2020-W03"},
  });
}

TEST(TimexConventionsTest, LengthAdjectivesQualifiersAndAwaitedDays) {
  RunCases({
      {"a weeklong hearing", "2020-05-04", "weeklong = DURATION P1W"},
      {"their second day-long session", "2020-05-04", "day-long = DURATION P1D"},
      {"the decades-long dispute", "2020-05-04", "decades-long = DURATION PXY"},
      {"she lived another half-century", "2020-05-04", "half-century = DURATION P50Y"},
      {"more than half a century ago", "2020-05-04",
       "more than half a century ago = DATE 1970"},
      {"half a decade ago", "2020-05-04", "half a decade ago = DATE 2015"},
      {"staff worked from home for close to a month", "2020-05-04",
       "close to a month = DURATION P1M"},
      {"he came close to a deal", "2020-05-04", ""},
      {"Klobuchar has a debate to look forward to on Tuesday.", "2020-02-23",
       "Tuesday = DATE 2020-02-25"},
      {"He looked forward to Friday.", "2020-02-23", "Friday = DATE 2020-02-21"},
  });
}

}  // namespace
}  // namespace tally
