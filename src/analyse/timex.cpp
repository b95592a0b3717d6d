#include "analyse/timex.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "analyse/calendar.h"
#include "analyse/time_tagger.h"

namespace tally {

std::vector<TimeMention> TagTimes(std::string_view text, std::optional<Date> anchor) {
  internal::TokenizedText tokens(text);
  return internal::TagTimesIn(tokens, anchor);
}

namespace internal {
namespace {

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

}  // namespace

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
  if (!amount) {
    // "for weeks", "within days": an unknown number of units (TIMEX3 "PXW").
    std::optional<TimeUnitMatch> unit;
    if (!cue || text_.Glued(i) || !(unit = TimeUnitAt(i)) || !unit->plural) return std::nullopt;
    return Emit(i, unit->end, TimexType::kDuration, DurationValue(std::nan(""), unit->unit),
                std::nullopt);
  }
  std::optional<TimeUnitMatch> unit = TimeUnitAt(amount->end);
  if (!unit) return std::nullopt;
  // A year before a singular unit is no amount of it: "the 1988 second quarter".
  if (!unit->plural && !text_.Glued(amount->end) && text_.DigitCount(i) == 4 &&
      amount->end == i + 1 && amount->value >= 1800 && amount->value <= 2099) {
    return std::nullopt;
  }
  if (std::optional<PhraseTable::Match> ago = lexicon_.RoleAt(Role::kAgo, text_, unit->end);
      ago && text_.SameLine(unit->end)) {
    std::optional<Date> day;
    std::string value = AgoValue(amount->value, unit->unit, &day);
    if (unit->unit == TimeUnit::kYear && amount->value == 1) {
      if (std::optional<std::string> quarter = QuarterYearBefore()) value = *quarter;
    }
    return Emit(i, ago->end, TimexType::kDate, value, day);
  }
  if (amount->article && !cue) return std::nullopt;  // "a day of mourning"
  return Emit(i, unit->end, TimexType::kDuration, DurationValue(amount->value, unit->unit),
              std::nullopt);
}

std::optional<std::size_t> TimeTagger::TimeWordAt(std::size_t i) {
  std::optional<PhraseTable::Match> match = lexicon_.TimeWordAt(text_, i);
  if (!match) return std::nullopt;
  const TimeWord& word = lexicon_.time_word(match->id);
  if (word.cued) {
    bool cued = i >= 1 && text_.SameLine(i) &&
                (lexicon_.Is(Role::kYearCue, text_, i - 1) ||
                 lexicon_.Is(Role::kDurationCue, text_, i - 1));
    // Not a part of a longer name: "the year-ago period", "the year 2000".
    std::size_t next = match->end;
    if (!cued || (text_.SameLine(next) &&
                  ((text_.Glued(next) && (text_.IsChar(next, '-') || text_.IsWord(next))) ||
                   text_.IsDigits(next) ||
                   lexicon_.NumberWordAt(text_, next) != nullptr))) {
      return std::nullopt;
    }
  }
  // "for the year ended Sept. 30": the accounting period, one year long.
  if (word.granularity == "year" && word.offset == 0 && word.suffix.empty() &&
      text_.SameLine(match->end) && lexicon_.Is(Role::kPeriodEnd, text_, match->end)) {
    return Emit(i, match->end, TimexType::kDuration, "P1Y", std::nullopt);
  }
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
    if (word.granularity == "year" || word.granularity == "period") value = kUnknownYear;
    if (word.granularity == "quarter") value = "XXXX-QX";
    if (word.granularity.size() == 2 && word.granularity[0] == 'q') {
      value = "XXXX-Q" + word.granularity.substr(1);
    }
  } else if (word.granularity == "day") {
    day = anchor_->AddDays(word.offset);
    // "noon Thursday": a clock time word takes the day named after it.
    std::size_t day_end = end;
    if (word.offset == 0 && suffix.size() > 1 && suffix[0] == 'T' && suffix[1] >= '0' &&
        suffix[1] <= '9') {
      if (std::optional<Date> named = DayAfterClock(i, end, &day_end)) {
        day = named;
        end = day_end;
      }
    }
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
    if (word.offset == 0 || word.offset == -1) NoteQuarter(value);  // the reported quarter
  } else if (word.granularity.size() == 2 && word.granularity[0] == 'q') {
    // A named quarter ("the third quarter") is the latest one not after the anchor's:
    // quarterly results are reported after the quarter ends.
    int quarter = word.granularity[1] - '0';
    int year = anchor_->year() + word.offset;
    if (word.offset == 0 && quarter > (anchor_->month() - 1) / 3 + 1) --year;
    // "the third quarter of 1984": the year written after it.
    if (text_.SameLine(end) && lexicon_.Is(Role::kOf, text_, end) && text_.SameLine(end + 1) &&
        text_.DigitCount(end + 1) == 4 && !text_.Glued(end + 2)) {
      const std::optional<CoreNumber>& core = CoreAt(end + 1);
      if (core && core->end == end + 2 && core->value >= 1800 && core->value <= 2099) {
        year = static_cast<int>(core->value);
        end += 2;
      }
    }
    value = fmt::format("{:04}-Q{}", year, quarter);
    NoteQuarter(value);
  } else if (std::optional<std::string> quarter;
             word.granularity == "period" && (quarter = QuarterYearBefore())) {
    value = *quarter;
  } else {
    value = FormatYear(anchor_->year() + word.offset);
  }
  return Emit(i, end, type, value + suffix, day);
}

std::vector<TimeMention> TagTimesIn(const TokenizedText& text, std::optional<Date> anchor) {
  return TimeTagger(text, anchor, GetLexicon()).Run();
}

}  // namespace internal
}  // namespace tally
