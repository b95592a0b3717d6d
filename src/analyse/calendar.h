// Calendar arithmetic for TIMEX3 values: ISO weeks, month steps, weekday resolution, and the
// value strings at each granularity.
#ifndef TALLY_ANALYSE_CALENDAR_H_
#define TALLY_ANALYSE_CALENDAR_H_

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

// The year in which a month named without a year falls nearest to the anchor: a month more
// than six months after the anchor's is last year's ("December" on 2022-01-09 is December
// 2021), one more than six months before it is next year's. News reports the recent past and
// announces the near future; half a year either way splits the difference.
int NearestYear(Date anchor, int month);

// Weekday w (ISO: 1 = Monday ... 7 = Sunday) relative to the anchor.
Date WeekdayOnOrBefore(Date anchor, int w);  // the latest w not after the anchor
Date WeekdayBefore(Date anchor, int w);      // the latest w strictly before the anchor
Date WeekdayOnOrAfter(Date anchor, int w);   // the first w not before the anchor
Date WeekdayAfter(Date anchor, int w);       // the first w strictly after the anchor
Date WeekdayOfWeek(Date anchor, int w);      // w in the anchor's ISO week

}  // namespace tally::internal

#endif  // TALLY_ANALYSE_CALENDAR_H_
