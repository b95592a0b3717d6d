// The time tagger's matchers for named days and periods: holidays ("Thanksgiving Day",
// "last Christmas", "Easter 1998") and centuries ("the 20th century").
#include <string>

#include <fmt/format.h>

#include "analyse/calendar.h"
#include "analyse/time_tagger.h"

namespace tally::internal {
namespace {

// The holiday's day in year, or nullopt when the rule gives none that year.
std::optional<Date> HolidayIn(const Holiday& holiday, int year) {
  if (year < 1583 || year > 9999) return std::nullopt;  // the Gregorian rules
  if (holiday.easter) return EasterSunday(year).AddDays(holiday.easter_offset);
  if (holiday.weekday == 0) return Date::FromYmd(year, holiday.month, holiday.day);
  return NthWeekdayOfMonth(year, holiday.month, holiday.weekday, holiday.nth, holiday.day);
}

}  // namespace

// "Thanksgiving Day" (the latest one, as a month without a year is read), "last
// Thanksgiving", "next Christmas", "Christmas 1998".
std::optional<std::size_t> TimeTagger::HolidayAt(std::size_t i) {
  const RelativeWord relative = RelativeWordAt(i);
  if (relative.relative == Relative::kEvery) return std::nullopt;
  const Relative which = relative.relative;
  const std::size_t k = relative.end;
  if (k >= text_.size() || (k != i && !text_.SameLine(k))) return std::nullopt;
  std::optional<PhraseTable::Match> match = lexicon_.HolidayAt(text_, k);
  if (!match) return std::nullopt;
  const Holiday& holiday = lexicon_.holiday(match->id);
  std::size_t end = match->end;
  if (holiday.alone && text_.SameLine(end) && text_.IsWord(end) &&
      !lexicon_.Is(Role::kRangeAnd, text_, end) && !lexicon_.Is(Role::kRangeTo, text_, end)) {
    return std::nullopt;
  }
  int year = 0;
  if (which == Relative::kNone && text_.SameLine(end) && !text_.Glued(end) &&
      text_.DigitCount(end) == 4) {
    const std::optional<CoreNumber>& core = CoreAt(end);
    if (core && core->end == end + 1 && core->value >= 1800 && core->value <= 2099) {
      year = static_cast<int>(core->value);
      ++end;
    }
  }
  std::optional<Date> day;
  if (year != 0) {
    day = HolidayIn(holiday, year);
  } else if (anchor_) {
    int this_year = anchor_->year();
    switch (which) {
      case Relative::kLast:
        day = HolidayIn(holiday, this_year);
        if (!day || *day >= *anchor_) day = HolidayIn(holiday, this_year - 1);
        break;
      case Relative::kNext:
        day = HolidayIn(holiday, this_year);
        if (!day || *day <= *anchor_) day = HolidayIn(holiday, this_year + 1);
        break;
      case Relative::kThis:
        day = HolidayIn(holiday, this_year);
        break;
      case Relative::kNone:
        day = HolidayIn(holiday, this_year);
        if (!day) break;
        if (i >= 1 && text_.SameLine(i) && lexicon_.Is(Role::kPeriodStartCue, text_, i - 1)) {
          // "since Election Day": a period that began on the latest one.
          if (*day > *anchor_) day = HolidayIn(holiday, this_year - 1);
        } else if (InFutureContext(text_, i, lexicon_, /*include_conditional=*/false)) {
          if (*day < *anchor_) day = HolidayIn(holiday, this_year + 1);
        } else if (DeadlineCueBefore(i)) {
          // "by Election Day", "till the Fourth of July": a deadline, read as a month after
          // a deadline cue is (the nearer one, up to kDeadlineMonthsAhead ahead).
          day = HolidayIn(holiday, NearestYearWithin(*anchor_, day->month(), kDeadlineMonthsAhead));
        } else {
          day = HolidayIn(holiday, NearestYear(*anchor_, day->month(), /*future=*/false));
        }
        break;
      case Relative::kEvery: break;  // returned above
    }
  }
  std::string value;
  if (day) {
    value = day->ToIso();
  } else if (!anchor_ && year == 0) {
    value = holiday.weekday == 0 && !holiday.easter
                ? fmt::format("XXXX-{:02}-{:02}", holiday.month, holiday.day)
                : kUnknownDay;
  } else {
    return std::nullopt;
  }
  return Emit(i, end, TimexType::kDate, std::move(value), day);
}

// "the 20th century" is TIMEX3 "19" (the hundreds of its years), "the eleventh century" "10".
std::optional<std::size_t> TimeTagger::CenturyAt(std::size_t i) {
  if (!text_.IsDigits(i)) {
    // Only an ordinal word or the tens of one ("twenty-first") can open a century in words.
    const NumberWord* word = lexicon_.NumberWordAt(text_, i);
    if (word == nullptr || !(word->ordinal || word->word_class == WordClass::kTens)) {
      return std::nullopt;
    }
  }
  const std::optional<CoreNumber>& core = CoreAt(i);
  if (!core || core->begin != i || !core->ordinal || core->decimal || core->value < 1 ||
      core->value > 30 || core->value != static_cast<int>(core->value)) {
    return std::nullopt;
  }
  std::optional<TimeUnitMatch> unit = TimeUnitAt(core->end);
  if (!unit || unit->unit != TimeUnit::kCentury || unit->plural) return std::nullopt;
  return Emit(i, unit->end, TimexType::kDate,
              fmt::format("{:02}", static_cast<int>(core->value) - 1), std::nullopt);
}

}  // namespace tally::internal
