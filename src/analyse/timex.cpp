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
    case TimeUnit::kDecade:
    case TimeUnit::kCentury:
    case TimeUnit::kNone: break;
  }
  return "";
}

}  // namespace

namespace {

// The next smaller unit and how many of it make one, for writing a fractional amount as
// ISO 8601 does ("2.5 years" is P2Y6M, "1.5 hours" PT1H30M); kNone when there is none.
TimeUnit SmallerUnit(TimeUnit unit, int* per) {
  switch (unit) {
    case TimeUnit::kYear: *per = 12; return TimeUnit::kMonth;
    case TimeUnit::kMonth: *per = 30; return TimeUnit::kDay;
    case TimeUnit::kWeek: *per = 7; return TimeUnit::kDay;
    case TimeUnit::kDay: *per = 24; return TimeUnit::kHour;
    case TimeUnit::kHour: *per = 60; return TimeUnit::kMinute;
    case TimeUnit::kMinute: *per = 60; return TimeUnit::kSecond;
    default: *per = 0; return TimeUnit::kNone;
  }
}

}  // namespace

std::string DurationValue(double amount, TimeUnit unit) {
  // Decades and centuries are written in years ("two decades" is P20Y), as TimeBank writes
  // them and as readers compare them with spans given in years.
  if (unit == TimeUnit::kDecade) return DurationValue(amount * 10, TimeUnit::kYear);
  if (unit == TimeUnit::kCentury) return DurationValue(amount * 100, TimeUnit::kYear);
  // A whole number and a fraction that is a whole number of the next unit: two parts.
  if (!std::isnan(amount) && amount != std::floor(amount) && amount > 0 && amount < 1e6) {
    int per = 0;
    TimeUnit smaller = SmallerUnit(unit, &per);
    double whole = std::floor(amount);
    double rest = (amount - whole) * per;
    // Months are not a whole number of days: "1.5 months" stays P1.5M.
    if (smaller != TimeUnit::kNone && unit != TimeUnit::kMonth &&
        std::fabs(rest - std::round(rest)) < 1e-9) {
      std::string big = whole > 0 ? DurationValue(whole, unit) : std::string();
      std::string small = DurationValue(std::round(rest), smaller);
      if (big.empty()) return small;
      // Join "P2Y" and "P6M" as "P2Y6M"; "P1D" and "PT12H" as "P1DT12H"; "PT1H", "PT30M".
      bool big_time = big.size() > 1 && big[1] == 'T';
      bool small_time = small.size() > 1 && small[1] == 'T';
      return big + small.substr(big_time && small_time ? 2 : 1);
    }
  }
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
  if (i >= text_.size()) return std::nullopt;
  if (auto vague = lexicon_.RoleAt(Role::kVagueQuantity, text_, i)) {
    return Amount{std::nan(""), vague->end, false};
  }
  if (auto couple = lexicon_.RoleAt(Role::kCoupleQuantity, text_, i)) {
    return Amount{2, couple->end, false};
  }
  if (const NumberWord* word = lexicon_.NumberWordAt(text_, i);
      word != nullptr && word->word_class == WordClass::kArticle) {
    // "a couple of years" (the article is part of the amount).
    if (auto couple = text_.SameLine(i + 1) ? lexicon_.RoleAt(Role::kCoupleQuantity, text_, i + 1)
                                            : std::nullopt) {
      return Amount{2, couple->end, false};
    }
    // "a hundred years", "a thousand years": the article opens a number (the number word
    // is tested first: reading a number at every "a" would cost the scan).
    if (const NumberWord* next = text_.SameLine(i + 1) ? lexicon_.NumberWordAt(text_, i + 1)
                                                       : nullptr;
        next != nullptr &&
        (next->word_class == WordClass::kHundred || next->word_class == WordClass::kScale ||
         next->word_class == WordClass::kDozen)) {
      if (const std::optional<CoreNumber>& core = CoreAt(i);
          core && core->begin == i && core->end > i + 1 && core->value > 1 && !core->ordinal &&
          core->form != CoreNumber::Form::kVague && !core->is_time()) {
        return Amount{core->value, core->end, false};
      }
    }
    if (!allow_article) return std::nullopt;
    return Amount{1, i + 1, true};
  }
  const std::optional<CoreNumber>& core = CoreAt(i);
  if (!core || core->begin != i || core->form == CoreNumber::Form::kVague || core->ordinal ||
      core->identifier || core->is_time() || core->numeric_date || core->decade ||
      core->value <= 0) {
    return std::nullopt;
  }
  // "2 1/2 years": a whole number and a simple fraction in digits after it.
  std::size_t e = core->end;
  if (!core->fraction && !core->decimal && text_.SameLine(e) && !text_.Glued(e) &&
      text_.DigitCount(e) == 1 && text_.IsChar(e + 1, '/') && text_.Glued(e + 1) &&
      text_.DigitCount(e + 2) == 1 && text_.Glued(e + 2) && !text_.Glued(e + 3)) {
    double numerator = text_.Text(e)[0] - '0';
    double denominator = text_.Text(e + 2)[0] - '0';
    if (numerator > 0 && denominator > numerator) {
      return Amount{core->value + numerator / denominator, e + 3, false};
    }
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

// "the past 24 hours", "the last week", "over the past day", "in the past few days"; "the
// next two weeks" (a length ahead: no window).
std::optional<std::size_t> TimeTagger::WindowAt(std::size_t i) {
  std::size_t k = i;
  bool the = lexicon_.Is(Role::kArticleThe, text_, k);
  if (the) ++k;
  if (k != i && !text_.SameLine(k)) return std::nullopt;
  std::optional<PhraseTable::Match> start = lexicon_.RoleAt(Role::kWindowStart, text_, k);
  // "the next two weeks": a length ahead, with an amount only.
  const bool ahead = !start && the && (start = lexicon_.RoleAt(Role::kWindowAhead, text_, k));
  if (!start) return std::nullopt;
  // "the crisis could last months": "last" is the verb (QuantityAt reads "months").
  if (!the && LastIsVerb(i)) return std::nullopt;
  std::optional<Amount> amount =
      text_.SameLine(start->end) ? AmountAt(start->end, false) : std::nullopt;
  // "the next 12 to 18 months": one length (RangeOf).
  if (amount) amount = RangeOf(start->end, *amount);
  if (ahead && !amount) return std::nullopt;
  // Without "the" or a number, "last week" is the calendar week before (time_words.tsv).
  if (!the && !amount && lexicon_.TimeWordAt(text_, k)) return std::nullopt;
  // "the last-minute effort" is no window: a unit glued to the start word by a hyphen makes
  // an adjective.
  if (!amount && text_.Glued(start->end)) return std::nullopt;
  std::optional<TimeUnitMatch> unit = TimeUnitAt(amount ? amount->end : start->end);
  if (!unit) return std::nullopt;
  double n = amount ? amount->value : unit->plural ? std::nan("") : 1;
  std::string value = DurationValue(n, unit->unit);
  return Emit(QualifiedBegin(i), ApproxEnd(unit->end), TimexType::kDuration, value, std::nullopt,
              ahead ? std::string() : value);
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
  bool cue = i >= 1 && text_.SameLine(i) &&
             (lexicon_.Is(Role::kDurationCue, text_, i - 1) ||
              (lexicon_.Is(Role::kWindowStart, text_, i - 1) && LastIsVerb(i - 1)));
  // "another week": one more unit, a length.
  if (lexicon_.Is(Role::kAnother, text_, i)) {
    std::optional<TimeUnitMatch> unit = TimeUnitAt(i + 1);
    if (!unit || unit->plural) return std::nullopt;
    return Emit(i, unit->end, TimexType::kDuration, DurationValue(1, unit->unit), std::nullopt);
  }
  std::optional<Amount> amount = AmountAt(i, true);
  // "12 to 18 months", "two or three days": one length, at its lower end (RangeOf).
  if (amount && !amount->article) amount = RangeOf(i, *amount);
  if (!amount) {
    // "for weeks", "within days": an unknown number of units (TIMEX3 "PXW"); so is a plural
    // unit that measures what "of" names ("after months of talks", "years of war"), unless
    // "the" makes it an era ("the days of the empire").
    // "The early hours of Monday" name a time of day, not a length.
    std::optional<TimeUnitMatch> unit;
    if (text_.Glued(i) || !(unit = TimeUnitAt(i)) || !unit->plural) return std::nullopt;
    const bool after_word = i >= 1 && text_.SameLine(i);
    // Not "days after the vote", "weeks later": the training corpora leave most of them
    // untagged (TempEval-3 training: 1 of 4).
    if (!cue && !(text_.SameLine(unit->end) && lexicon_.Is(Role::kOf, text_, unit->end) &&
                  !(after_word && (lexicon_.IsThe(text_, i - 1) ||
                                   lexicon_.Is(Role::kMonthModifier, text_, i - 1))))) {
      return std::nullopt;
    }
    // "within weeks or months", "days to weeks": one vague length, in the first unit.
    std::size_t end = unit->end;
    if (text_.SameLine(end) && !text_.Glued(end) && lexicon_.Is(Role::kRangeTo, text_, end)) {
      if (std::optional<TimeUnitMatch> second = TimeUnitAt(end + 1); second && second->plural) {
        end = second->end;
      }
    }
    return Emit(i, end, TimexType::kDuration, DurationValue(std::nan(""), unit->unit),
                std::nullopt);
  }
  // "two more weeks", "an additional year", "three straight days", "eight trading days": a
  // length, never a rate (context_words.tsv unit_modifier, unit_kind).
  std::size_t unit_at = amount->end;
  if (text_.SameLine(unit_at) && !text_.Glued(unit_at)) {
    std::optional<PhraseTable::Match> modifier =
        lexicon_.RoleAt(Role::kUnitModifier, text_, unit_at);
    if (modifier && amount->article && lexicon_.Is(Role::kUnitKind, text_, unit_at)) {
      modifier.reset();  // "a calendar year": a kind of year, not an amount of time
    }
    if (modifier) {
      unit_at = modifier->end;
      cue = true;
    }
  }
  std::optional<TimeUnitMatch> unit = TimeUnitAt(unit_at);
  if (!unit) return std::nullopt;
  // "a whole centuries-old theme": an article counts one unit, never a plural one.
  if (amount->article && unit->plural && unit_at != amount->end) return std::nullopt;
  // "a second wave", "for a second time": the ordinal before a noun, not one second. A
  // second of time ends its phrase or goes on with "ago", "or", "later"... (rate_blocker).
  if (amount->article && unit->unit == TimeUnit::kSecond && !unit->plural &&
      text_.SameLine(unit->end) && !text_.Glued(unit->end) && text_.IsWord(unit->end) &&
      !lexicon_.Is(Role::kRateBlocker, text_, unit->end) &&
      !lexicon_.RoleAt(Role::kAgo, text_, unit->end)) {
    return std::nullopt;
  }
  std::size_t begin = i;
  std::size_t unit_end = unit->end;
  // "a week or so ago", "two years or so": the approximation is part of the span.
  if (const std::size_t approx = ApproxEnd(unit_end); approx != unit_end) {
    unit_end = approx;
    unit->end = approx;
    cue = true;
  }
  if (amount->article) {
    // "half an hour" (PT30M); "an hour and a half", "a minute and a half" (PT1M30S).
    if (const NumberWord* half = i >= 1 && text_.SameLine(i) ? lexicon_.NumberWordAt(text_, i - 1)
                                                             : nullptr;
        half != nullptr && half->word_class == WordClass::kHalf && half->value == 0.5 &&
        (mentions_.empty() || mentions_.back().span.end <= text_[i - 1].begin)) {
      amount->value = 0.5;
      begin = i - 1;
      cue = true;
    } else if (std::size_t e = AndAHalfAt(unit_end); e != 0) {
      amount->value += 0.5;
      unit_end = e;
      cue = true;
    }
  }
  // A year before a singular unit is no amount of it: "the 1988 second quarter".
  if (!unit->plural && !text_.Glued(amount->end) && text_.DigitCount(i) == 4 &&
      amount->end == i + 1 && amount->value >= 1800 && amount->value <= 2099) {
    return std::nullopt;
  }
  // "every five years", "each two weeks": a SET of that length, "every" in the span (not
  // "per eight-hour shift").
  if (!amount->article && begin == i && i >= 1 && text_.SameLine(i) &&
      !text_.IsChar(amount->end, '-') &&
      lexicon_.Is(Role::kEvery, text_, i - 1) &&
      (mentions_.empty() || mentions_.back().span.end <= text_[i - 1].begin)) {
    return Emit(i - 1, unit_end, TimexType::kSet, DurationValue(amount->value, unit->unit),
                std::nullopt);
  }
  if (std::optional<PhraseTable::Match> ago = lexicon_.RoleAt(Role::kAgo, text_, unit->end);
      ago && text_.SameLine(unit->end)) {
    std::optional<Date> day;
    // "half a century ago": a part of a century or decade is counted in years (1970).
    const double years = amount->value * (unit->unit == TimeUnit::kCentury  ? 100
                                          : unit->unit == TimeUnit::kDecade ? 10
                                                                            : 0);
    std::string value = years > 0 && years == std::floor(years) && amount->value < 1
                            ? AgoValue(years, TimeUnit::kYear, &day)
                            : AgoValue(amount->value, unit->unit, &day);
    if (unit->unit == TimeUnit::kYear && amount->value == 1) {
      if (std::optional<std::string> quarter = QuarterYearBefore()) value = *quarter;
    }
    return Emit(QualifiedBegin(begin), ago->end, TimexType::kDate, value, day);
  }
  // "five months from now", "a year from today": the anchor moved forward.
  if (std::optional<PhraseTable::Match> ahead = lexicon_.RoleAt(Role::kFromNow, text_, unit->end);
      ahead && text_.SameLine(unit->end)) {
    std::optional<Date> day;
    std::string value = AgoValue(-amount->value, unit->unit, &day);
    if (value == "PAST_REF") value = "FUTURE_REF";
    return Emit(i, ahead->end, TimexType::kDate, value, day);
  }
  if (amount->article && !cue) {
    // A longer time word starting here wins: "a year earlier" (time_words.tsv).
    if (auto word = lexicon_.TimeWordAt(text_, i); word && word->end > unit_end) {
      return std::nullopt;
    }
    // "over a week", "a week later", "a day after the vote": a length.
    bool qualified =
        (i >= 1 && text_.SameLine(i) && lexicon_.Is(Role::kDurationQualifier, text_, i - 1)) ||
        (i >= 2 && text_.SameLine(i) && text_.SameLine(i - 1) &&
         lexicon_.RoleAt(Role::kDurationQualifier, text_, i - 2)
                 .value_or(PhraseTable::Match{})
                 .end == i) ||  // "close to a month
        (text_.SameLine(unit->end) && !text_.Glued(unit->end) &&
         lexicon_.Is(Role::kUnitSequence, text_, unit->end) && !CountedRateBefore(i));
    if (!qualified) {
      // "a day of mourning", "a year old": neither a rate nor a length.
      if ((text_.SameLine(unit->end) && lexicon_.Is(Role::kRateBlocker, text_, unit->end)) ||
          !RateBefore(i)) {
        return std::nullopt;
      }
      return Emit(i, unit->end, TimexType::kSet, DurationValue(1, unit->unit), std::nullopt);
    }
    // "over a week", "nearly an hour", "less than a decade after".
  }
  // "the nine months", "the first nine months": the determiner is part of the span.
  if (begin == i && !amount->article && unit->plural && !text_.IsChar(amount->end, '-') &&
      i >= 1 && text_.SameLine(i)) {
    if (lexicon_.IsThe(text_, i - 1)) {
      begin = i - 1;
    } else if (i >= 2 && text_.SameLine(i - 1) && lexicon_.Is(Role::kPeriodOrdinal, text_, i - 1) &&
               lexicon_.IsThe(text_, i - 2)) {
      begin = i - 2;
    }
    if (!mentions_.empty() && mentions_.back().span.end > text_[begin].begin) begin = i;
  }
  if (begin == i) begin = QualifiedBegin(i);
  return Emit(begin, unit_end, TimexType::kDuration, DurationValue(amount->value, unit->unit),
              std::nullopt);
}

Amount TimeTagger::RangeOf(std::size_t i, Amount first) {
  const std::size_t to = first.end;
  if (std::isnan(first.value) || !text_.SameLine(to) || !text_.SameLine(to + 1) ||
      !lexicon_.Is(Role::kRangeTo, text_, to) ||
      (i >= 1 && text_.SameLine(i) && lexicon_.Is(Role::kRangeBlocker, text_, i - 1))) {
    return first;
  }
  std::optional<Amount> second = AmountAt(to + 1, false);
  if (!second || std::isnan(second->value) || second->value <= first.value) return first;
  return Amount{first.value, second->end, false};
}

std::size_t TimeTagger::ApproxEnd(std::size_t e) const {
  if (!text_.SameLine(e) || text_.Glued(e)) return e;
  std::optional<PhraseTable::Match> approx = lexicon_.RoleAt(Role::kApproxAfter, text_, e);
  return approx ? approx->end : e;
}

bool TimeTagger::LastIsVerb(std::size_t i) const {
  return i >= 1 && text_.SameLine(i) && lexicon_.Is(Role::kModalBefore, text_, i - 1);
}

std::size_t TimeTagger::TheBefore(std::size_t i) const {
  if (i >= 1 && text_.SameLine(i) && lexicon_.IsThe(text_, i - 1) &&
      (mentions_.empty() || mentions_.back().span.end <= text_[i - 1].begin)) {
    return i - 1;
  }
  return i;
}

std::size_t TimeTagger::ModifiedBegin(std::size_t begin, const std::string& value) const {
  if (begin == 0 || !text_.SameLine(begin)) return begin;
  const std::size_t floor = mentions_.empty() ? 0 : mentions_.back().span.end;
  auto free = [&](std::size_t k) { return text_[k].begin >= floor; };
  std::size_t k = begin - 1;
  // "mid-1996": the hyphen glued on both sides.
  if (text_.IsChar(k, '-') && text_.Glued(k) && text_.Glued(begin) && k >= 1) --k;
  std::size_t b = begin;
  if (text_.IsWord(k) && free(k)) {
    if (std::optional<PhraseTable::Match> m = lexicon_.RoleAt(Role::kMonthModifier, text_, k);
        m && m->end == k + 1 && (k + 1 == begin || text_.IsChar(k + 1, '-'))) {
      b = k;
    } else if (lexicon_.Is(Role::kPeriodPrefix, text_, k) && k + 1 == begin) {
      b = k;
    }
  }
  if (b != begin) {
    // "the early 1990s", "the fiscal first quarter".
    const bool period = value.size() <= 4 || (value.size() == 7 && value[5] == 'Q');
    if (period && b >= 1 && text_.SameLine(b) && lexicon_.IsThe(text_, b - 1) && free(b - 1)) {
      --b;
    }
    return b;
  }
  // "the end of 1990": a modifier phrase of several words.
  for (std::size_t back = 4; back >= 2; --back) {
    if (begin < back) continue;
    const std::size_t s = begin - back;
    if (!free(s) || !text_.SameLine(s + 1)) continue;
    if (std::optional<PhraseTable::Match> m = lexicon_.RoleAt(Role::kMonthModifier, text_, s);
        m && m->end == begin) {
      return s;
    }
  }
  return begin;
}

std::size_t TimeTagger::QualifiedBegin(std::size_t i) const {
  // A qualifier has at most three words ("no more than"); the longest is tried first.
  for (std::size_t back = 3; back >= 1; --back) {
    if (i < back) continue;
    const std::size_t k = i - back;
    bool same_line = true;
    for (std::size_t m = k + 1; m <= i; ++m) same_line = same_line && text_.SameLine(m);
    if (!same_line) continue;
    std::optional<PhraseTable::Match> q = lexicon_.RoleAt(Role::kSpanQualifier, text_, k);
    if (q && q->end == i &&
        (mentions_.empty() || mentions_.back().span.end <= text_[k].begin)) {
      return k;
    }
  }
  return i;
}

std::size_t TimeTagger::AndAHalfAt(std::size_t e) const {
  if (!text_.SameLine(e) || !text_.SameLine(e + 2)) return 0;
  const NumberWord* conj = lexicon_.NumberWordAt(text_, e);
  const NumberWord* article = lexicon_.NumberWordAt(text_, e + 1);
  const NumberWord* half = lexicon_.NumberWordAt(text_, e + 2);
  if (conj == nullptr || conj->word_class != WordClass::kAnd || article == nullptr ||
      article->word_class != WordClass::kArticle || half == nullptr ||
      half->word_class != WordClass::kHalf) {
    return 0;
  }
  return e + 3;
}

bool TimeTagger::CountedRateBefore(std::size_t i) const {
  if (i == 0 || !text_.SameLine(i)) return false;
  std::size_t k = i - 1;
  if (const NumberWord* word = lexicon_.NumberWordAt(text_, k);
      word != nullptr && (word->word_class == WordClass::kArticle ||
                          word->word_class == WordClass::kHalf ||
                          word->word_class == WordClass::kAnd)) {
    return false;
  }
  if (text_.IsDigits(k) || text_.IsChar(k, '%') || lexicon_.NumberWordAt(text_, k) != nullptr ||
      lexicon_.ScaleAt(text_, k)) {
    return true;
  }
  // "300 people a day": a noun after the amount.
  // (Not the digits of a name: "its first COVID-19 case a month after".)
  return k >= 1 && text_.SameLine(k) && text_.IsWord(k) && !text_[k].upper &&
         (text_.IsDigits(k - 1) || lexicon_.ScaleAt(text_, k - 1)) && !text_.Glued(k - 1);
}

bool TimeTagger::RateBefore(std::size_t i) const {
  if (i == 0 || !text_.SameLine(i)) return false;
  std::size_t k = i - 1;
  const NumberWord* number = lexicon_.NumberWordAt(text_, k);
  if (number != nullptr && (number->word_class == WordClass::kArticle ||
                            number->word_class == WordClass::kHalf ||
                            number->word_class == WordClass::kAnd)) {
    return false;
  }
  if (text_.IsDigits(k) || text_.IsChar(k, '%') || number != nullptr ||
      lexicon_.Is(Role::kRateAfter, text_, k)) {
    return true;
  }
  if (std::optional<PhraseTable::Match> scale = lexicon_.ScaleAt(text_, k);
      scale && scale->end == i) {
    return true;  // "$1 billion a year"
  }
  // A plural noun: "flights a week", "CDs a year" (lower-case "s" after a longer word).
  std::string_view word = text_.Text(k);
  return text_.IsWord(k) && word.size() > 3 && word.back() == 's' &&
         !lexicon_.Is(Role::kNotUnit, text_, k) && lexicon_.TimeWordAt(text_, k) == std::nullopt;
}

std::optional<std::size_t> TimeTagger::TimeWordAt(std::size_t i) {
  std::optional<PhraseTable::Match> match = lexicon_.TimeWordAt(text_, i);
  if (!match) return std::nullopt;
  const TimeWord& word = lexicon_.time_word(match->id);
  // "the year 2000", "by the year two thousand".
  if (word.cued && word.granularity == "year") {
    std::size_t year_end = 0;
    if (int year = YearAfterTheYear(match->end, &year_end); year != 0) {
      return Emit(i, year_end, TimexType::kDate, FormatYear(year), std::nullopt);
    }
  }
  // "early summer 2020", "late fall 2019": a season with its year written after it.
  if (word.granularity == "year" && word.offset == 0 && word.suffix.size() == 3 &&
      word.suffix[0] == '-' && word.suffix[1] != 'H' && text_.SameLine(match->end) &&
      !text_.Glued(match->end) && text_.DigitCount(match->end) == 4) {
    const std::optional<CoreNumber>& core = CoreAt(match->end);
    const std::size_t after = match->end + 1;
    if (core && core->end == after && core->value >= 1800 && core->value <= 2099 &&
        !(text_.SameLine(after) && text_.Glued(after) && text_.IsChar(after, '-'))) {
      return Emit(i, after, word.type, FormatYear(static_cast<int>(core->value)) + word.suffix,
                  std::nullopt);
    }
  }
  if (word.cued) {
    bool cued = i >= 1 && text_.SameLine(i) &&
                (lexicon_.Is(Role::kYearCue, text_, i - 1) ||
                 lexicon_.Is(Role::kDurationCue, text_, i - 1));
    // Not a part of a longer name: "the year-ago period", "the year 2000" ("in the fall
    // and winter" is two).
    std::size_t next = match->end;
    const NumberWord* number = text_.SameLine(next) ? lexicon_.NumberWordAt(text_, next) : nullptr;
    if (!cued || (text_.SameLine(next) &&
                  ((text_.Glued(next) && (text_.IsChar(next, '-') || text_.IsWord(next))) ||
                   text_.IsDigits(next) ||
                   (number != nullptr && number->word_class != WordClass::kAnd)))) {
      return std::nullopt;
    }
  }
  // "for the year ended Sept. 30": the accounting period, one year long.
  if (word.granularity == "year" && word.offset == 0 && word.suffix.empty() &&
      text_.SameLine(match->end) && lexicon_.Is(Role::kPeriodEnd, text_, match->end)) {
    return Emit(i, match->end, TimexType::kDuration, "P1Y", std::nullopt);
  }
  if (match->end == i + 1 && (NameWord(i) || InTimeName(i))) return std::nullopt;
  if (match->end == i + 1 && FigurativeWord(i)) return std::nullopt;
  if (!word.literal.empty()) {
    // Part of a compound adjective: "the past-week tally", "the now-defunct firm".
    if (text_.IsChar(match->end, '-') && text_.Glued(match->end) &&
        text_.Glued(match->end + 1) && text_.IsWord(match->end + 1)) {
      return std::nullopt;
    }
    // "Now, he says, ...", "Currently, the rules ...": opening a sentence and set off by a
    // comma, the word turns the argument rather than dating it (the corpora leave all of
    // them untagged).
    if (word.literal == "PRESENT_REF" && match->end == i + 1 && text_[i].upper &&
        text_.IsChar(match->end, ',') && SentenceStartsAt(i)) {
      return std::nullopt;
    }
    return Emit(i, match->end, word.type, word.literal + word.suffix, std::nullopt);
  }
  // "the year-ago third quarter": that quarter a year before the latest such quarter.
  if (word.granularity == "period" && word.offset == -1 && anchor_ &&
      text_.SameLine(match->end) && !text_.Glued(match->end)) {
    if (std::optional<PhraseTable::Match> next = lexicon_.TimeWordAt(text_, match->end)) {
      const TimeWord& named = lexicon_.time_word(next->id);
      if (named.granularity.size() == 2 && named.granularity[0] == 'q' && named.offset == 0) {
        int quarter = named.granularity[1] - '0';
        int year = anchor_->year() - 1;
        if (quarter > (anchor_->month() - 1) / 3 + 1) --year;
        return Emit(TheBefore(i), next->end, TimexType::kDate,
                    fmt::format("{:04}-Q{}", year, quarter), std::nullopt);
      }
    }
  }
  // "the year-earlier nine months": a stretch of that length a year before, a DURATION.
  if (word.granularity == "period" && word.offset == -1 && text_.SameLine(match->end) &&
      !text_.Glued(match->end)) {
    if (std::optional<Amount> amount = AmountAt(match->end, false)) {
      if (std::optional<TimeUnitMatch> unit = TimeUnitAt(amount->end); unit && unit->plural) {
        return Emit(TheBefore(i), unit->end, TimexType::kDuration,
                    DurationValue(amount->value, unit->unit), std::nullopt);
      }
    }
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
  // "officials will meet again the next week": ahead of the anchor, whatever the text named.
  if (word.granularity == "ref_week" && anchor_ &&
      InFutureContext(text_, i, lexicon_, /*include_conditional=*/false)) {
    return Emit(i, end, type, FormatIsoWeek(anchor_->AddDays(7 * word.offset)), std::nullopt);
  }
  if (word.granularity.compare(0, 4, "ref_") == 0) {
    value = ReferredValue(i, word, &day);
    return Emit(i, end, type, value + suffix, day);
  }
  // "the winter of 1994", "the summer of nineteen ninety-six": the season of that year;
  // "the first half of 1990" (1990-H1). A half is read only with its year ("the first half"
  // alone is as often a half of a game).
  const bool season_or_half =
      word.granularity == "year" && word.offset == 0 && suffix.size() == 3 && suffix[0] == '-';
  if (season_or_half && text_.SameLine(end) && lexicon_.Is(Role::kOf, text_, end)) {
    std::size_t year_end = 0;
    if (int year = YearAfterTheYear(end + 1, &year_end); year != 0) {
      return Emit(i, year_end, type, FormatYear(year) + suffix, std::nullopt);
    }
  }
  if (season_or_half && suffix[1] == 'H') return std::nullopt;
  // "after the fall of the regime": a cued season before "of" needs its year.
  if (season_or_half && word.cued && text_.SameLine(end) && lexicon_.Is(Role::kOf, text_, end)) {
    return std::nullopt;
  }
  // "this year's third quarter", "last year's quarter".
  if (anchor_ && word.granularity == "year" && suffix.empty()) {
    std::size_t quarter_end = 0;
    if (std::optional<std::string> quarter =
            QuarterOfYearAfter(end, anchor_->year() + word.offset, &quarter_end)) {
      NoteQuarter(*quarter);
      return Emit(i, quarter_end, type, *quarter, std::nullopt);
    }
  }
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
    } else if (word.offset == 0 && suffix.size() == 3 && suffix[0] == 'T' &&
               text_.SameLine(end) && !text_.Glued(end)) {
      // "mid-afternoon yesterday", "late evening Friday": a part of the day takes the day
      // named after it.
      if (int weekday = lexicon_.WeekdayAt(text_, end); weekday != 0) {
        day = NearestWeekday(i, weekday);
        ++end;
      } else if (std::optional<PhraseTable::Match> next = lexicon_.TimeWordAt(text_, end)) {
        const TimeWord& named = lexicon_.time_word(next->id);
        if (named.granularity == "day" && named.suffix.empty() && named.literal.empty()) {
          day = anchor_->AddDays(named.offset);
          end = next->end;
        }
      }
    }
    value = day->ToIso();
  } else if (word.granularity == "week" || word.granularity == "weekend") {
    int offset = word.offset;
    // Written on a weekend, "the weekend" is the one under way ("before the weekend" on a
    // Saturday). ("last week" on a Sunday stays the ISO week before, as TempEval-3 training
    // writes it 3 times in 4.)
    if (offset == -1 && word.granularity == "weekend" && anchor_->weekday() >= 6 &&
        lexicon_.IsThe(text_, i)) {
      offset = 0;
    }
    value = FormatIsoWeek(anchor_->AddDays(7 * offset));
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
    // The year may close the sentence ("of 1990."), not run on ("of 1990-91").
    const std::size_t after = end + 2;
    if (text_.SameLine(end) && lexicon_.Is(Role::kOf, text_, end) && text_.SameLine(end + 1) &&
        text_.DigitCount(end + 1) == 4 &&
        (!text_.Glued(after) ||
         (!text_.IsWord(after) && !text_.IsDigits(after) && !text_.IsChar(after, '-')))) {
      const std::optional<CoreNumber>& core = CoreAt(end + 1);
      if (core && core->end == end + 2 && core->value >= 1800 && core->value <= 2099) {
        year = static_cast<int>(core->value);
        end += 2;
      }
    }
    value = fmt::format("{:04}-Q{}", year, quarter);
    NoteQuarter(value);
  } else if (std::optional<std::string> quarter;
             word.granularity == "period" && (quarter = ReportedQuarter(-word.offset))) {
    value = *quarter;
  } else if (word.granularity == "period" && word.offset == 0) {
    // No quarter named yet: the last one completed, which reports speak of.
    int index = anchor_->year() * 4 + (anchor_->month() - 1) / 3 - 1;
    value = fmt::format("{:04}-Q{}", index / 4, index % 4 + 1);
  } else {
    int year = anchor_->year() + word.offset;
    // "In the fall, he was arrested" written in January: a season of the anchor's year not
    // yet begun, in a sentence that tells the past, is the year before's ("this summer" is
    // never).
    if (word.offset == 0 && suffix.size() == 3 && suffix[0] == '-' &&
        !lexicon_.Is(Role::kWeekdayThis, text_, i)) {
      const int starts = suffix == "-SP" ? 3 : suffix == "-SU" ? 6 : suffix == "-FA" ? 9 : 13;
      if (starts <= 12 && anchor_->month() < starts && PastSentence(i)) --year;
    }
    value = FormatYear(year);
  }
  return Emit(i, end, type, value + suffix, day);
}

bool TimeTagger::FigurativeWord(std::size_t i) const {
  if (!lexicon_.Is(Role::kFigurativeTime, text_, i)) return false;
  constexpr std::size_t kLookBack = 6;
  for (std::size_t k = i; k > 0 && k + kLookBack > i && text_.SameLine(k); --k) {
    const std::size_t p = k - 1;
    if (text_.IsChar(p, ',') || text_.IsChar(p, '.') || text_.IsChar(p, ';') ||
        text_.IsChar(p, ':') || text_.IsChar(p, '?') || text_.IsChar(p, '!')) {
      return false;
    }
    if (lexicon_.Is(Role::kFigurativeCue, text_, p)) return true;
  }
  return false;
}

bool TimeTagger::NameWord(std::size_t i) const {
  const bool capital_before = i >= 1 && text_.SameLine(i) && text_.IsWord(i - 1) &&
                              text_[i - 1].upper;
  const bool capital_after = text_.SameLine(i + 1) && !text_.Glued(i + 1) &&
                             text_.IsWord(i + 1) && text_[i + 1].upper;
  if (text_[i].upper) return !SentenceStartsAt(i) && (capital_before || capital_after);
  // A rate adjective as a noun, between a name and the paper's name: "the Communist Party
  // daily Granma", "the French weekly Le Point".
  const TimeWord& word = lexicon_.time_word(lexicon_.TimeWordAt(text_, i)->id);
  if (word.type != TimexType::kSet) return false;
  if (capital_before && capital_after && !SentenceStartsAt(i - 1)) return true;
  // "the Inquirer, a respected daily, ...": a rate word that an article opens (with at
  // most one word between) and no noun follows is a newspaper ("knowledge grows daily,"
  // and "a daily briefing" stay).
  const bool ends_phrase =
      !text_.SameLine(i + 1) || !(text_.IsWord(i + 1) || text_.IsDigits(i + 1));
  auto article = [&](std::size_t k) {
    if (lexicon_.IsThe(text_, k)) return true;
    const NumberWord* w = lexicon_.NumberWordAt(text_, k);
    return w != nullptr && w->word_class == WordClass::kArticle;
  };
  // With a word between, only in apposition (", a respected daily,"): "cleans the gym
  // hourly," is an adverb.
  return ends_phrase && i >= 1 && text_.SameLine(i) &&
         (article(i - 1) || (i >= 3 && text_.SameLine(i - 2) && text_.IsWord(i - 1) &&
                             !text_[i - 1].upper && article(i - 2) && text_.IsChar(i - 3, ',')));
}

std::vector<TimeMention> TagTimesIn(const TokenizedText& text, std::optional<Date> anchor) {
  return TimeTagger(text, anchor, GetLexicon()).Run();
}

}  // namespace internal
}  // namespace tally
