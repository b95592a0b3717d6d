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
  return NearestYearWithin(anchor, month, kMonthsAhead);
}

int NearestYearWithin(Date anchor, int month, int months_ahead) {
  int delta = month - anchor.month();
  if (delta > months_ahead) return anchor.year() - 1;
  if (delta <= months_ahead - 12) return anchor.year() + 1;
  return anchor.year();
}

Date EasterSunday(int year) {
  int a = year % 19;
  int b = year / 100;
  int c = year % 100;
  int d = b / 4;
  int e = b % 4;
  int f = (b + 8) / 25;
  int g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4;
  int k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;
  return *Date::FromYmd(year, month, day);
}

std::optional<Date> NthWeekdayOfMonth(int year, int month, int w, int nth, int from_day) {
  if (nth == -1) {
    std::optional<Date> first_next = month == 12 ? Date::FromYmd(year + 1, 1, 1)
                                                 : Date::FromYmd(year, month + 1, 1);
    if (!first_next) return std::nullopt;
    return WeekdayOnOrBefore(first_next->AddDays(-1), w);
  }
  std::optional<Date> start = Date::FromYmd(year, month, from_day);
  if (!start || nth < 1) return std::nullopt;
  Date date = WeekdayOnOrAfter(*start, w).AddDays(7 * (nth - 1));
  if (date.month() != month) return std::nullopt;
  return date;
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
