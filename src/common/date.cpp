#include "tally/date.h"

#include <chrono>

#include <fmt/format.h>

#include "common/text.h"

namespace tally {

namespace chr = std::chrono;

std::optional<Date> Date::FromYmd(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) {
    return std::nullopt;
  }
  chr::year_month_day ymd{chr::year(year), chr::month(static_cast<unsigned>(month)),
                          chr::day(static_cast<unsigned>(day))};
  if (!ymd.ok()) return std::nullopt;
  return FromDays(static_cast<int>(chr::sys_days(ymd).time_since_epoch().count()));
}

static chr::year_month_day ToYmd(int days) {
  return chr::year_month_day(chr::sys_days(chr::days(days)));
}

int Date::year() const { return static_cast<int>(ToYmd(days_).year()); }
int Date::month() const { return static_cast<int>(static_cast<unsigned>(ToYmd(days_).month())); }
int Date::day() const { return static_cast<int>(static_cast<unsigned>(ToYmd(days_).day())); }

int Date::weekday() const {
  return static_cast<int>(chr::weekday(chr::sys_days(chr::days(days_))).iso_encoding());
}

std::string Date::ToIso() const {
  chr::year_month_day ymd = ToYmd(days_);
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::optional<Date> Date::TryParseIso(std::string_view text) {
  using internal::IsAsciiDigit;
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!IsAsciiDigit(text[static_cast<std::size_t>(i)])) return std::nullopt;
  }
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
  auto num = [&](std::size_t pos, std::size_t len) {
    int v = 0;
    for (std::size_t i = pos; i < pos + len; ++i) v = v * 10 + (text[i] - '0');
    return v;
  };
  return FromYmd(num(0, 4), num(5, 2), num(8, 2));
}

}  // namespace tally
