// A civil (proleptic Gregorian) calendar date, the unit of as-of and publication dates.
#ifndef TALLY_DATE_H_
#define TALLY_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace tally {

class Date {
 public:
  // 1970-01-01.
  Date() = default;
  // Returns nullopt unless year-month-day names a real day (years 1..9999).
  static std::optional<Date> FromYmd(int year, int month, int day);
  // Parses "YYYY-MM-DD" (also the date part of "YYYY-MM-DDThh:mm..."); nullopt otherwise.
  static std::optional<Date> TryParseIso(std::string_view text);
  static Date FromDays(int days_since_epoch) { Date d; d.days_ = days_since_epoch; return d; }

  int year() const;
  int month() const;  // 1..12
  int day() const;    // 1..31
  // ISO weekday: 1 = Monday ... 7 = Sunday.
  int weekday() const;
  int days_since_epoch() const { return days_; }
  Date AddDays(int n) const { return FromDays(days_ + n); }
  // "YYYY-MM-DD".
  std::string ToIso() const;

  friend bool operator==(Date a, Date b) { return a.days_ == b.days_; }
  friend auto operator<=>(Date a, Date b) { return a.days_ <=> b.days_; }

 private:
  int days_ = 0;
};

}  // namespace tally

#endif  // TALLY_DATE_H_
