// Calendar arithmetic for TIMEX3 values: ISO weeks, month steps, weekday resolution, and the
// value strings at each granularity.
#ifndef TALLY_ANALYSE_CALENDAR_H_
#define TALLY_ANALYSE_CALENDAR_H_

#include <optional>
#include <string>

#include "tally/date.h"

namespace tally::internal {

// ISO 8601 week of d ("2022-W01"): weeks start on Monday and belong to the year of their
// Thursday.
std::string FormatIsoWeek(Date d);
std::string FormatMonth(int year, int month);  // "2022-01"
std::string FormatYear(int year);              // "2022"

// Adds n months (may be negative) to year/month.
void AddMonths(int& year, int& month, int n);

// The year of a month named without a year ("in December", "Oct. 23"), read against the
// anchor. News reports the past: a month up to kMonthsAhead months after the anchor's is
// this year's (announcements of the near future: "the vote in March"), a later one is last
// year's ("December" on 2022-01-09 is December 2021). Under future tense (future = true:
// "will meet in March") it is the first such month from the anchor's on.
int NearestYear(Date anchor, int month, bool future);
inline constexpr int kMonthsAhead = 2;
// The same with another reach ahead: a month up to months_ahead months after the anchor's
// is this year's or next year's, an earlier one is in the past year.
int NearestYearWithin(Date anchor, int month, int months_ahead);
// After a deadline cue ("by February", "effective Feb. 1", "through January"), news speaks of
// the coming months as often as of the past ones: the nearer of the two readings.
inline constexpr int kDeadlineMonthsAhead = 6;

// Western Easter Sunday of year (Gregorian computus; the anonymous algorithm in Meeus,
// Astronomical Algorithms, ch. 8). Valid for years 1583 and later.
Date EasterSunday(int year);
// The nth weekday w (ISO) of month in year, counted from day from_day of the month; nth =
// -1 is the last one of the month. nullopt when there is none (a fifth Monday).
std::optional<Date> NthWeekdayOfMonth(int year, int month, int w, int nth, int from_day);

// Weekday w (ISO: 1 = Monday ... 7 = Sunday) relative to the anchor.
Date WeekdayOnOrBefore(Date anchor, int w);  // the latest w not after the anchor
Date WeekdayBefore(Date anchor, int w);      // the latest w strictly before the anchor
Date WeekdayOnOrAfter(Date anchor, int w);   // the first w not before the anchor
Date WeekdayAfter(Date anchor, int w);       // the first w strictly after the anchor
Date WeekdayOfWeek(Date anchor, int w);      // w in the anchor's ISO week

}  // namespace tally::internal

#endif  // TALLY_ANALYSE_CALENDAR_H_
