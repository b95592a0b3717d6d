#include "analyse/timex.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "analyse/calendar.h"
#include "analyse/core_number.h"
#include "analyse/date_phrase.h"
#include "analyse/lexicon.h"

namespace tally {

std::vector<TimeMention> TagTimes(std::string_view text, std::optional<Date> anchor) {
  internal::TokenizedText tokens(text);
  return internal::TagTimesIn(tokens, anchor);
}

namespace internal {
namespace {

// Placeholders of TIMEX3 for the parts of a value that need the anchor.
constexpr char kUnknownDay[] = "XXXX-XX-XX";
constexpr char kUnknownWeek[] = "XXXX-WXX";
constexpr char kUnknownMonth[] = "XXXX-XX";
constexpr char kUnknownYear[] = "XXXX";
// Past the cap, arithmetic on the anchor is not meaningful ("a million years ago").
constexpr double kMaxUnitsBack = 10000;

// ISO 8601 designators of each unit, with the "T" that time units need ("PT24H", "P1D").
const char* Designator(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::kSecond: return "TS";
    case TimeUnit::kMinute: return "TM";
    case TimeUnit::kHour: return "TH";
    case TimeUnit::kDay: return "D";
    case TimeUnit::kWeek: return "W";
    case TimeUnit::kMonth: return "M";
    case TimeUnit::kYear: return "Y";
    case TimeUnit::kDecade: return "DE";
    case TimeUnit::kCentury: return "CE";
    case TimeUnit::kNone: break;
  }
  return "";
}

// "P3DE", "PT24H", "PT1.5H"; an unknown amount (NaN) is X ("PXD").
std::string DurationValue(double amount, TimeUnit unit) {
  std::string_view designator = Designator(unit);
  bool time_unit = !designator.empty() && designator.front() == 'T';
  if (time_unit) designator.remove_prefix(1);
  std::string number;
  if (std::isnan(amount)) {
    number = "X";
  } else if (amount == std::floor(amount) && amount < 1e15) {
    number = fmt::format("{}", static_cast<long long>(amount));
  } else {
    number = fmt::format("{}", amount);
  }
  std::string value = time_unit ? "PT" : "P";
  value += number;
  value += designator;
  return value;
}

// An amount of time units: a number, a vague word ("several": NaN), or an article ("a week")
// when allowed.
struct Amount {
  double value = 0;
  std::size_t end = 0;
  bool article = false;
};

struct TimeUnitMatch {
  TimeUnit unit = TimeUnit::kNone;
  std::size_t end = 0;
  bool plural = false;
};

class TimeTagger {
 public:
  TimeTagger(const TokenizedText& text, std::optional<Date> anchor, const Lexicon& lexicon)
      : text_(text), anchor_(anchor), lexicon_(lexicon) {}

  std::vector<TimeMention> Run() {
    std::size_t i = 0;
    while (i < text_.size()) {
      std::optional<std::size_t> end = MatchAt(i);
      if (end && *end > i) {
        i = *end;
        continue;
      }
      // A number that starts no time expression is skipped whole: its inner tokens start
      // none either, and reading it again from each of them would be quadratic in its length
      // ("1,000,000,...").
      const std::optional<CoreNumber>& core = CoreAt(i);
      i = core ? std::max(core->end, i + 1) : i + 1;
    }
    return std::move(mentions_);
  }

 private:
  std::optional<std::size_t> MatchAt(std::size_t i) {
    if (auto end = DateAt(i)) return end;
    if (auto end = DayPartOfDateAt(i)) return end;
    if (auto end = WeekdayAt(i)) return end;
    if (auto end = RelativeMonthAt(i)) return end;
    if (auto end = WindowAt(i)) return end;
    if (auto end = QuantityAt(i)) return end;
    if (auto end = YearAt(i)) return end;
    if (auto end = ClockAt(i)) return end;
    return TimeWordAt(i);
  }

  std::optional<std::size_t> DateAt(std::size_t i);
  std::optional<std::size_t> DayPartOfDateAt(std::size_t i);
  std::optional<std::size_t> WeekdayAt(std::size_t i);
  std::optional<std::size_t> RelativeMonthAt(std::size_t i);
  std::optional<std::size_t> WindowAt(std::size_t i);
  std::optional<std::size_t> QuantityAt(std::size_t i);
  std::optional<std::size_t> YearAt(std::size_t i);
  std::optional<std::size_t> ClockAt(std::size_t i);
  std::optional<std::size_t> TimeWordAt(std::size_t i);

  // Whether the four digits at token i read as a year without a cue ("its 1990 invasion"):
  // 1900-2099, not grouped, and with no unit, count noun or currency beside them ("2000
  // people", "$1990").
  bool BareYear(std::size_t i) {
    const std::optional<CoreNumber>& core = CoreAt(i);
    if (!core || core->grouped || core->decimal || core->value < 1900 || core->value > 2099) {
      return false;
    }
    std::size_t next = core->end;
    if (next < text_.size() && text_.SameLine(next) &&
        (lexicon_.UnitAt(text_, next) || lexicon_.Is(Role::kCountNoun, text_, next) ||
         lexicon_.CurrencyAt(text_, next) || text_.IsChar(next, '%'))) {
      return false;
    }
    if (i >= 1 && text_.SameLine(i) &&
        (lexicon_.CurrencyAt(text_, i - 1) || lexicon_.Is(Role::kMathOperator, text_, i - 1))) {
      return false;
    }
    return true;
  }

  // ReadCoreNumber at token i, remembered for the matchers that try the same token.
  const std::optional<CoreNumber>& CoreAt(std::size_t i) {
    if (core_at_ != i) {
      core_ = ReadCoreNumber(text_, i, lexicon_);
      core_at_ = i;
    }
    return core_;
  }
  std::optional<Amount> AmountAt(std::size_t i, bool allow_article);
  std::optional<TimeUnitMatch> TimeUnitAt(std::size_t k) const;
  // The part of the day after token e - 1 ("morning" in "Monday morning"): its TIMEX3 code.
  const std::string* DayPartAfter(std::size_t e) const {
    if (!text_.SameLine(e) || text_.Glued(e)) return nullptr;
    return lexicon_.DayPartAt(text_, e);
  }
  // The value of a date phrase, or empty when it names no real day.
  std::string DateValue(const DatePhrase& phrase, std::optional<Date>* day) const;
  std::string AgoValue(double amount, TimeUnit unit, std::optional<Date>* day) const;

  // "a year ago" right after a quarter in the same paragraph ("third-quarter profit rose
  // from a year ago") is that quarter a year before (TimeML: 1988-Q3), not the whole year.
  // Scans the tokens since the previous mention only, so the tagger stays linear.
  std::optional<std::string> QuarterYearBefore(std::size_t i) const {
    if (mentions_.empty()) return std::nullopt;
    const std::string& last = mentions_.back().value;
    if (last.size() != 7 || last[4] != '-' || last[5] != 'Q') return std::nullopt;
    for (std::size_t k = last_end_; k <= i && k < text_.size(); ++k) {
      if (!text_.SameLine(k)) return std::nullopt;
    }
    int year = 0;
    for (int d = 0; d < 4; ++d) year = year * 10 + (last[static_cast<std::size_t>(d)] - '0');
    return fmt::format("{:04}-Q{}", year - 1, last[6]);
  }

  std::size_t Emit(std::size_t begin, std::size_t end, TimexType type, std::string value,
                   std::optional<Date> day, std::string window = {}) {
    last_end_ = end;
    TimeMention mention;
    mention.span = {text_[begin].begin, text_[end - 1].end};
    mention.type = type;
    mention.value = std::move(value);
    mention.day = day;
    mention.window = std::move(window);
    mentions_.push_back(std::move(mention));
    return end;
  }

  const TokenizedText& text_;
  std::optional<Date> anchor_;
  const Lexicon& lexicon_;
  std::vector<TimeMention> mentions_;
  std::size_t last_end_ = 0;  // the token after the last mention
  std::size_t core_at_ = static_cast<std::size_t>(-1);
  std::optional<CoreNumber> core_;
};

std::string TimeTagger::DateValue(const DatePhrase& phrase, std::optional<Date>* day) const {
  if (phrase.has_day()) {
    int year = phrase.has_year() ? phrase.year
                                 : anchor_ ? NearestYear(*anchor_, phrase.month) : 0;
    if (year == 0) {
      // Without an anchor: valid in some year (February 29 in a leap year)?
      if (!Date::FromYmd(2000, phrase.month, phrase.day)) return {};
      return fmt::format("XXXX-{:02}-{:02}", phrase.month, phrase.day);
    }
    std::optional<Date> date = Date::FromYmd(year, phrase.month, phrase.day);
    if (!date) return {};
    *day = date;
    return date->ToIso();
  }
  if (phrase.has_year()) return FormatMonth(phrase.year, phrase.month);
  if (anchor_) return FormatMonth(NearestYear(*anchor_, phrase.month), phrase.month);
  return fmt::format("XXXX-{:02}", phrase.month);
}

std::optional<std::size_t> TimeTagger::DateAt(std::size_t i) {
  std::optional<DatePhrase> phrase = ReadDatePhrase(text_, i, lexicon_);
  if (!phrase) return std::nullopt;
  // "June last year": a month with a year given relative to the anchor (time_words.tsv).
  if (!phrase->has_day() && !phrase->has_year() && text_.SameLine(phrase->end)) {
    if (auto match = lexicon_.TimeWordAt(text_, phrase->end)) {
      const TimeWord& word = lexicon_.time_word(match->id);
      if (word.granularity == "year" && word.suffix.empty()) {
        std::string value = anchor_ ? FormatMonth(anchor_->year() + word.offset, phrase->month)
                                    : fmt::format("XXXX-{:02}", phrase->month);
        return Emit(phrase->begin, match->end, TimexType::kDate, std::move(value),
                    std::nullopt);
      }
    }
  }
  if (!phrase->has_day() && !phrase->has_year() && !phrase->modified) {
    // A month alone is a time expression after a cue ("in January"), not "January said".
    std::optional<PhraseTable::Match> cue;
    if (i == 0 || !text_.SameLine(i) || !(cue = lexicon_.RoleAt(Role::kYearCue, text_, i - 1)) ||
        cue->end != i) {
      return std::nullopt;
    }
  }
  std::optional<Date> day;
  std::string value = DateValue(*phrase, &day);
  if (value.empty()) return std::nullopt;
  return Emit(phrase->begin, phrase->end, TimexType::kDate, std::move(value), day);
}

// "the night of January 8", "the morning of 9 January".
std::optional<std::size_t> TimeTagger::DayPartOfDateAt(std::size_t i) {
  const std::string* code = lexicon_.DayPartAt(text_, i);
  if (code == nullptr || !text_.SameLine(i + 1) || !lexicon_.Is(Role::kOf, text_, i + 1) ||
      !text_.SameLine(i + 2)) {
    return std::nullopt;
  }
  std::optional<DatePhrase> phrase = ReadDatePhrase(text_, i + 2, lexicon_);
  if (!phrase || !phrase->has_day()) return std::nullopt;
  std::optional<Date> day;
  std::string value = DateValue(*phrase, &day);
  if (value.empty()) return std::nullopt;
  return Emit(i, phrase->end, TimexType::kTime, value + *code, day);
}

std::optional<std::size_t> TimeTagger::WeekdayAt(std::size_t i) {
  enum class Which { kNearest, kLast, kNext, kThis };
  Which which = Which::kNearest;
  std::size_t k = i;
  if (auto m = lexicon_.RoleAt(Role::kWeekdayNext, text_, i)) {
    which = Which::kNext;
    k = m->end;
  } else if (auto m2 = lexicon_.RoleAt(Role::kWeekdayLast, text_, i)) {
    which = Which::kLast;
    k = m2->end;
  } else if (auto m3 = lexicon_.RoleAt(Role::kWeekdayThis, text_, i)) {
    which = Which::kThis;
    k = m3->end;
  }
  if (k != i && !text_.SameLine(k)) return std::nullopt;
  int weekday = lexicon_.WeekdayAt(text_, k);
  if (weekday == 0) return std::nullopt;
  std::size_t end = k + 1;
  std::string suffix;
  if (const std::string* code = DayPartAfter(end)) {
    suffix = *code;
    ++end;
  }
  TimexType type = suffix.empty() ? TimexType::kDate : TimexType::kTime;
  if (!anchor_) {
    return Emit(i, end, type, fmt::format("{}-{}{}", kUnknownWeek, weekday, suffix),
                std::nullopt);
  }
  Date date;
  switch (which) {
    case Which::kLast: date = WeekdayBefore(*anchor_, weekday); break;
    case Which::kNext: date = WeekdayAfter(*anchor_, weekday); break;
    case Which::kThis: date = WeekdayOfWeek(*anchor_, weekday); break;
    case Which::kNearest:
      // News reports the past: the latest such day, unless the sentence speaks of the future.
      date = InFutureContext(text_, i, lexicon_, /*include_conditional=*/false)
                 ? WeekdayOnOrAfter(*anchor_, weekday)
                 : WeekdayOnOrBefore(*anchor_, weekday);
      break;
  }
  return Emit(i, end, type, date.ToIso() + suffix, date);
}

// "last November" (the latest November before the anchor's month), "next March", "this May".
std::optional<std::size_t> TimeTagger::RelativeMonthAt(std::size_t i) {
  int direction = 0;
  std::size_t k = i;
  if (auto m = lexicon_.RoleAt(Role::kWeekdayNext, text_, i)) {
    direction = 1;
    k = m->end;
  } else if (auto m2 = lexicon_.RoleAt(Role::kWeekdayLast, text_, i)) {
    direction = -1;
    k = m2->end;
  } else if (auto m3 = lexicon_.RoleAt(Role::kWeekdayThis, text_, i)) {
    k = m3->end;
  } else {
    return std::nullopt;
  }
  if (!text_.SameLine(k)) return std::nullopt;
  std::optional<DatePhrase> phrase = ReadDatePhrase(text_, k, lexicon_);
  if (!phrase || phrase->has_day() || phrase->has_year() || phrase->modified) {
    return std::nullopt;
  }
  if (!anchor_) {
    return Emit(i, phrase->end, TimexType::kDate, fmt::format("XXXX-{:02}", phrase->month),
                std::nullopt);
  }
  int year = anchor_->year();
  if (direction < 0 && phrase->month >= anchor_->month()) --year;
  if (direction > 0 && phrase->month <= anchor_->month()) ++year;
  return Emit(i, phrase->end, TimexType::kDate, FormatMonth(year, phrase->month),
              std::nullopt);
}

std::optional<Amount> TimeTagger::AmountAt(std::size_t i, bool allow_article) {
  if (!text_.SameLine(i)) return std::nullopt;
  if (auto vague = lexicon_.RoleAt(Role::kVagueQuantity, text_, i)) {
    return Amount{std::nan(""), vague->end, false};
  }
  if (const NumberWord* word = lexicon_.NumberWordAt(text_, i);
      word != nullptr && word->word_class == WordClass::kArticle) {
    if (!allow_article) return std::nullopt;
    return Amount{1, i + 1, true};
  }
  const std::optional<CoreNumber>& core = CoreAt(i);
  if (!core || core->begin != i || core->form == CoreNumber::Form::kVague || core->ordinal ||
      core->identifier || core->is_time() || core->numeric_date || core->decade ||
      core->value <= 0) {
    return std::nullopt;
  }
  return Amount{core->value, core->end, false};
}

// A unit of time after a number: spaced ("24 hours") or hyphenated ("24-hour").
std::optional<TimeUnitMatch> TimeTagger::TimeUnitAt(std::size_t k) const {
  if (!text_.SameLine(k)) return std::nullopt;
  if (text_.IsChar(k, '-') && text_.Glued(k) && text_.Glued(k + 1)) {
    ++k;
  } else if (text_.Glued(k)) {
    return std::nullopt;
  }
  std::optional<PhraseTable::Match> unit = lexicon_.UnitAt(text_, k);
  if (!unit) return std::nullopt;
  const Unit& info = lexicon_.unit(unit->id);
  if (info.time_unit == TimeUnit::kNone || info.attach == UnitAttach::kGlued) return std::nullopt;
  std::string_view last = text_.Text(unit->end - 1);
  return TimeUnitMatch{info.time_unit, unit->end, !last.empty() && last.back() == 's'};
}

// "the past 24 hours", "the last week", "over the past day", "in the past few days".
std::optional<std::size_t> TimeTagger::WindowAt(std::size_t i) {
  std::size_t k = i;
  bool the = lexicon_.Is(Role::kArticleThe, text_, k);
  if (the) ++k;
  if (k != i && !text_.SameLine(k)) return std::nullopt;
  std::optional<PhraseTable::Match> start = lexicon_.RoleAt(Role::kWindowStart, text_, k);
  if (!start) return std::nullopt;
  std::optional<Amount> amount = AmountAt(start->end, false);
  // Without "the" or a number, "last week" is the calendar week before (time_words.tsv).
  if (!the && !amount && lexicon_.TimeWordAt(text_, k)) return std::nullopt;
  std::optional<TimeUnitMatch> unit = TimeUnitAt(amount ? amount->end : start->end);
  if (!unit) return std::nullopt;
  double n = amount ? amount->value : unit->plural ? std::nan("") : 1;
  std::string value = DurationValue(n, unit->unit);
  return Emit(i, unit->end, TimexType::kDuration, value, std::nullopt, value);
}

std::string TimeTagger::AgoValue(double n, TimeUnit unit, std::optional<Date>* day) const {
  bool sub_day = unit == TimeUnit::kSecond || unit == TimeUnit::kMinute ||
                 unit == TimeUnit::kHour;
  if (sub_day || std::isnan(n) || n != std::floor(n) || n > kMaxUnitsBack) return "PAST_REF";
  int units = static_cast<int>(n);
  if (!anchor_) {
    switch (unit) {
      case TimeUnit::kDay: return kUnknownDay;
      case TimeUnit::kWeek: return kUnknownWeek;
      case TimeUnit::kMonth: return kUnknownMonth;
      case TimeUnit::kDecade: return "XXX";
      case TimeUnit::kCentury: return "XX";
      default: return kUnknownYear;
    }
  }
  int year = anchor_->year();
  switch (unit) {
    case TimeUnit::kDay: {
      Date date = anchor_->AddDays(-units);
      *day = date;
      return date.ToIso();
    }
    case TimeUnit::kWeek: return FormatIsoWeek(anchor_->AddDays(-7 * units));
    case TimeUnit::kMonth: {
      int month = anchor_->month();
      AddMonths(year, month, -units);
      return year >= 1 ? FormatMonth(year, month) : "PAST_REF";
    }
    case TimeUnit::kYear:
      return year - units >= 1 ? FormatYear(year - units) : "PAST_REF";
    case TimeUnit::kDecade:
      return year - 10 * units >= 1 ? FormatYear(year - 10 * units).substr(0, 3) : "PAST_REF";
    case TimeUnit::kCentury:
      return year - 100 * units >= 1 ? FormatYear(year - 100 * units).substr(0, 2) : "PAST_REF";
    default: return "PAST_REF";
  }
}

// "30 years ago", "three days ago", "for three decades", "a 180-day cap", "several days".
std::optional<std::size_t> TimeTagger::QuantityAt(std::size_t i) {
  bool cue = i >= 1 && text_.SameLine(i) && lexicon_.Is(Role::kDurationCue, text_, i - 1);
  std::optional<Amount> amount = AmountAt(i, true);
  if (!amount) return std::nullopt;
  std::optional<TimeUnitMatch> unit = TimeUnitAt(amount->end);
  if (!unit) return std::nullopt;
  if (std::optional<PhraseTable::Match> ago = lexicon_.RoleAt(Role::kAgo, text_, unit->end);
      ago && text_.SameLine(unit->end)) {
    std::optional<Date> day;
    std::string value = AgoValue(amount->value, unit->unit, &day);
    if (unit->unit == TimeUnit::kYear && amount->value == 1) {
      if (std::optional<std::string> quarter = QuarterYearBefore(i)) value = *quarter;
    }
    return Emit(i, ago->end, TimexType::kDate, value, day);
  }
  if (amount->article && !cue) return std::nullopt;  // "a day of mourning"
  return Emit(i, unit->end, TimexType::kDuration, DurationValue(amount->value, unit->unit),
              std::nullopt);
}

// "in 2019", "since 2019", "mid-2019"; "the 1990s" (TIMEX3 decade "199").
std::optional<std::size_t> TimeTagger::YearAt(std::size_t i) {
  if (!text_.IsDigits(i)) return std::nullopt;
  const std::optional<CoreNumber>& core = CoreAt(i);
  if (!core || core->begin != i) return std::nullopt;
  if (core->decade) {
    int decade = static_cast<int>(core->value) / 10;
    return Emit(i, core->end, TimexType::kDate, fmt::format("{:03}", decade), std::nullopt);
  }
  if (core->digits != 4 || core->end != i + 1 || core->value < 1800 || core->value > 2099) {
    return std::nullopt;
  }
  bool cued = BareYear(i);
  if (!cued && i >= 1 && text_.SameLine(i)) {
    std::optional<PhraseTable::Match> cue = lexicon_.RoleAt(Role::kYearCue, text_, i - 1);
    cued = cue && cue->end == i;
    if (!cued && i >= 2 && text_.IsChar(i - 1, '-') && text_.Glued(i) && text_.Glued(i - 1)) {
      cue = lexicon_.RoleAt(Role::kHyphenPrefix, text_, i - 2);  // "mid-2019"
      cued = cue && cue->end == i - 1;
    }
  }
  if (!cued) return std::nullopt;
  return Emit(i, i + 1, TimexType::kDate, FormatYear(static_cast<int>(core->value)),
              std::nullopt);
}

// "10:30", "23:15:05", "10 a.m.", "10.30pm", "ten o'clock".
std::optional<std::size_t> TimeTagger::ClockAt(std::size_t i) {
  std::optional<CoreNumber> core = CoreAt(i);  // a copy: the clock marker may change it
  if (!core || core->begin != i || core->identifier) return std::nullopt;
  if (!core->is_time()) ApplyClockMarker(text_, core->end, lexicon_, *core);
  if (!core->is_time()) return std::nullopt;
  // A media length has a one-digit hour ("0:03:20", "1:02:03") or a zero one ("0:00"); it is
  // skipped whole, so that its inner "03:20" is not read as a time of day.
  bool one_digit_hour = text_.DigitCount(i) == 1;
  if (!core->clock_marker && (core->hour > 23 || (one_digit_hour && core->has_seconds) ||
                              (one_digit_hour && core->hour == 0))) {
    return core->end;
  }
  std::string value = anchor_ ? anchor_->ToIso() : kUnknownDay;
  value += fmt::format("T{:02}:{:02}", core->hour, core->minute);
  if (core->has_seconds) value += fmt::format(":{:02}", core->second);
  return Emit(i, core->end, TimexType::kTime, std::move(value), anchor_);
}

std::optional<std::size_t> TimeTagger::TimeWordAt(std::size_t i) {
  std::optional<PhraseTable::Match> match = lexicon_.TimeWordAt(text_, i);
  if (!match) return std::nullopt;
  const TimeWord& word = lexicon_.time_word(match->id);
  if (!word.literal.empty()) {
    return Emit(i, match->end, word.type, word.literal + word.suffix, std::nullopt);
  }
  std::size_t end = match->end;
  TimexType type = word.type;
  std::string suffix = word.suffix;
  // "yesterday morning"
  if (word.granularity == "day" && suffix.empty()) {
    if (const std::string* code = DayPartAfter(end)) {
      suffix = *code;
      type = TimexType::kTime;
      ++end;
    }
  }
  std::optional<Date> day;
  std::string value;
  if (!anchor_) {
    if (word.granularity == "day") value = kUnknownDay;
    if (word.granularity == "week") value = kUnknownWeek;
    if (word.granularity == "weekend") value = std::string(kUnknownWeek) + "-WE";
    if (word.granularity == "month") value = kUnknownMonth;
    if (word.granularity == "year") value = kUnknownYear;
    if (word.granularity == "quarter") value = "XXXX-QX";
    if (word.granularity.size() == 2 && word.granularity[0] == 'q') {
      value = "XXXX-Q" + word.granularity.substr(1);
    }
  } else if (word.granularity == "day") {
    day = anchor_->AddDays(word.offset);
    value = day->ToIso();
  } else if (word.granularity == "week" || word.granularity == "weekend") {
    value = FormatIsoWeek(anchor_->AddDays(7 * word.offset));
    if (word.granularity == "weekend") value += "-WE";
  } else if (word.granularity == "month") {
    int year = anchor_->year();
    int month = anchor_->month();
    AddMonths(year, month, word.offset);
    value = FormatMonth(year, month);
  } else if (word.granularity == "quarter") {
    // Quarters counted from year 0 so that steps cross years: TimeML "1989-Q3".
    int index = anchor_->year() * 4 + (anchor_->month() - 1) / 3 + word.offset;
    value = fmt::format("{:04}-Q{}", index / 4, index % 4 + 1);
  } else if (word.granularity.size() == 2 && word.granularity[0] == 'q') {
    // A named quarter ("the third quarter") is the latest one not after the anchor's:
    // quarterly results are reported after the quarter ends.
    int quarter = word.granularity[1] - '0';
    int year = anchor_->year() + word.offset;
    if (word.offset == 0 && quarter > (anchor_->month() - 1) / 3 + 1) --year;
    value = fmt::format("{:04}-Q{}", year, quarter);
  } else if (std::optional<std::string> quarter;
             word.offset == -1 && suffix.empty() && (quarter = QuarterYearBefore(i))) {
    value = *quarter;
  } else {
    value = FormatYear(anchor_->year() + word.offset);
  }
  return Emit(i, end, type, value + suffix, day);
}

}  // namespace

std::vector<TimeMention> TagTimesIn(const TokenizedText& text, std::optional<Date> anchor) {
  return TimeTagger(text, anchor, GetLexicon()).Run();
}

}  // namespace internal
}  // namespace tally
