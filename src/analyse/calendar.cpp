#include "analyse/calendar.h"

#include <fmt/format.h>

namespace tally::internal {

std::string FormatIsoWeek(Date d) {
  Date thursday = d.AddDays(4 - d.weekday());
  int year = thursday.year();
  Date january1 = *Date::FromYmd(year, 1, 1);
  int week = (thursday.days_since_epoch() - january1.days_since_epoch()) / 7 + 1;
  return fmt::format("{:04}-W{:02}", year, week);
}

std::string FormatMonth(int year, int month) { return fmt::format("{:04}-{:02}", year, month); }

std::string FormatYear(int year) { return fmt::format("{:04}", year); }

void AddMonths(int& year, int& month, int n) {
  int index = year * 12 + (month - 1) + n;
  year = index / 12;
  month = index % 12 + 1;
}

int NearestYear(Date anchor, int month, bool future) {
  int delta = month - anchor.month();
  if (future) return delta < 0 ? anchor.year() + 1 : anchor.year();
  if (delta > kMonthsAhead) return anchor.year() - 1;
  if (delta <= kMonthsAhead - 12) return anchor.year() + 1;
  return anchor.year();
}

Date WeekdayOnOrBefore(Date anchor, int w) {
  return anchor.AddDays(-((anchor.weekday() - w + 7) % 7));
}

Date WeekdayBefore(Date anchor, int w) { return WeekdayOnOrBefore(anchor.AddDays(-1), w); }

Date WeekdayOnOrAfter(Date anchor, int w) {
  return anchor.AddDays((w - anchor.weekday() + 7) % 7);
}

Date WeekdayAfter(Date anchor, int w) { return WeekdayOnOrAfter(anchor.AddDays(1), w); }

Date WeekdayOfWeek(Date anchor, int w) { return anchor.AddDays(w - anchor.weekday()); }

}  // namespace tally::internal
