// The time tagger's matchers for amounts of time: lengths ("for three decades", "a 180-day
// cap", "another week"), windows ending at the anchor ("the past 24 hours"), counts back from
// it ("30 years ago"), and the ISO 8601 form of a length (DurationValue).
#include <algorithm>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "analyse/calendar.h"
#include "analyse/time_tagger.h"

namespace tally::internal {
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
  // "24 hours a day", "seven days a week": a length per a longer unit tells how often, not
  // when or how long; TempEval-3 training leaves the whole phrase untagged (the rate after
  // a count, "twelve flights a week", stays a SET).
  if (text_.SameLine(unit_end) && !text_.Glued(unit_end)) {
    if (std::optional<Amount> per = AmountAt(unit_end, true); per && per->article) {
      if (std::optional<TimeUnitMatch> rate = TimeUnitAt(per->end);
          rate && !rate->plural && rate->unit > unit->unit &&
          !(text_.SameLine(rate->end) &&
            (lexicon_.Is(Role::kAgo, text_, rate->end) ||
             lexicon_.Is(Role::kUnitSequence, text_, rate->end) ||
             lexicon_.Is(Role::kFromNow, text_, rate->end)))) {  // not "a week ago"
        return rate->end;
      }
    }
  }
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

}  // namespace tally::internal
