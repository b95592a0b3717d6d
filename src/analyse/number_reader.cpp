#include "analyse/number_reader.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "analyse/core_number.h"
#include "analyse/lexicon.h"
#include "analyse/number_reading.h"
#include "common/text.h"

namespace tally {

std::vector<NumberMention> ReadNumbers(std::string_view text) {
  internal::TokenizedText tokens(text);
  return internal::ReadNumbersIn(tokens);
}

namespace internal {

// Qualifier, then a currency written before the amount, then the number and a range end.
std::optional<Reading> NumberReader::ReadValue(std::size_t i) {
  Reading reading;
  // The scan meets the digits of "-3.5%" first; the sign before them is part of the number.
  if (text_.IsDigits(i) && i >= 1 && i - 1 >= floor_ && text_.Glued(i) &&
      lexicon_.MayStartSign(text_, i - 1) && IsSignChar(i - 1)) {
    --i;
  }
  reading.start = i;
  std::size_t k = i;
  if (std::optional<PhraseTable::Match> q = lexicon_.QualifierAt(text_, i)) {
    if (!text_.SameLine(q->end)) return std::nullopt;
    if (OverAPeriod(i, q->end)) return std::nullopt;  // the number is read on its own
    reading.approx = lexicon_.qualifier(q->id);
    k = q->end;
  }
  if (lexicon_.MayStartSign(text_, k)) {  // the filter first: this runs at every "a"
    if (std::size_t after_sign = SignEnd(k); after_sign > k) {
      reading.sign = k;
      k = after_sign;
    }
  }
  if (std::optional<PhraseTable::Match> c = lexicon_.CurrencyAt(text_, k);
      c && lexicon_.currency(c->id) != CurrencyPosition::kAfter && text_.SameLine(c->end)) {
    reading.currency = MakeSuffix(k, c->end);
    k = c->end;
  }
  if (std::optional<CoreNumber> fraction = ReadFraction(text_, k, lexicon_)) {
    reading.core = *fraction;  // a proportion: kind other, whatever comes before
    if (reading.sign) reading.core.value = -reading.core.value;
    return reading;
  }
  std::optional<CoreNumber> core = ReadCoreNumber(text_, k, lexicon_);
  if (!core && reading.approx && reading.approx != Approx::kRange) {
    // "more than half", "nearly half": a qualified half is a proportion.
    const NumberWord* half = lexicon_.NumberWordAt(text_, k);
    if (half == nullptr || half->word_class != WordClass::kHalf) return std::nullopt;
    reading.core.begin = k;
    reading.core.end = k + 1;
    reading.core.form = CoreNumber::Form::kWords;
    reading.core.fraction = true;
    reading.core.value = half->value;
    return reading;
  }
  if (!core) return std::nullopt;
  if (core->begin < k) {  // a code that starts before ("USD5"): no qualifier or currency
    reading.approx.reset();
    reading.currency.reset();
    reading.sign.reset();
    if (core->begin < floor_) core->begin = k;
  }
  if (core->lone_one && IsPronoun(*core)) return std::nullopt;
  // ".08", "a .22 calibre rifle": a decimal point with nothing before it.
  if (reading.start == k && core->form == CoreNumber::Form::kDigits && core->begin == k &&
      core->end == k + 1 && IsQuantity(*core) && k >= 1 && k - 1 >= floor_ &&
      text_.IsChar(k - 1, '.') && text_.Glued(k) &&
      (k == 1 || !text_.Glued(k - 1) || !text_.SameLine(k - 1))) {
    core->value /= std::pow(10.0, static_cast<double>(text_.DigitCount(k)));
    core->decimal = true;
    core->digits = 0;
    core->begin = k - 1;
    reading.start = k - 1;
  }
  // "2 1/2 miles": a whole number and a digit fraction.
  if (core->form == CoreNumber::Form::kDigits && IsQuantity(*core) && !core->decimal &&
      !core->grouped && core->scale == 1 && text_.SameLine(core->end) &&
      !text_.Glued(core->end) && text_.IsDigits(core->end)) {
    std::optional<CoreNumber> part = ReadFraction(text_, core->end, lexicon_);
    if (part && part->form == CoreNumber::Form::kDigits) {
      core->value += part->value;
      core->decimal = true;
      core->end = part->end;
    }
  }
  if (reading.sign && !IsQuantity(*core)) reading.sign.reset();  // "-2022-01-10" is no sum
  if (reading.sign) core->value = -core->value;
  if (core->plus && !reading.approx) reading.approx = Approx::kAtLeast;  // "10+ years"
  if (core->approximate && !reading.approx) reading.approx = Approx::kAbout;  // "a couple of"
  reading.core = *core;
  if (IsQuantity(reading.core)) ReadRange(reading);
  if (reading.approx == Approx::kRange && !reading.second) {
    reading.approx.reset();  // "between" without its "and"
  }
  if (!reading.second && !reading.core.is_time()) {
    ApplyClockMarker(text_, reading.core.end, lexicon_, reading.core);  // "10 a.m."
  }
  // "0600 GMT", "1700 local time": four digits before a time zone are a 24-hour clock time.
  CoreNumber& c = reading.core;
  if (!reading.second && !reading.approx && !reading.currency && !c.is_time() &&
      c.form == CoreNumber::Form::kDigits && c.digits == 4 && !c.grouped && !c.decimal &&
      c.scale == 1 && c.end == c.begin + 1 && text_.SameLine(c.end) &&
      lexicon_.Is(Role::kTimeZone, text_, c.end)) {
    int hhmm = static_cast<int>(c.value);
    if (hhmm / 100 < 24 && hhmm % 100 < 60) {
      c.hour = hhmm / 100;
      c.minute = hhmm % 100;
      c.value = c.hour * 3600.0 + c.minute * 60.0;
    }
  }
  return reading;
}

// A minus character that belongs to the digits after it: glued to them and to nothing before
// ("-3.5%", "(-5)" is not read: brackets are rare around figures in prose). A hyphen glued
// to a word or number before it is a connector ("Khabat-24", "150-200").
bool NumberReader::IsSignChar(std::size_t k) const {
  if (text_.IsWord(k) || !text_.IsDigits(k + 1) || !text_.Glued(k + 1)) return false;
  if (k >= 1 && text_.Glued(k) && text_.SameLine(k)) return false;
  std::optional<PhraseTable::Match> sign = lexicon_.SignAt(text_, k);
  return sign && sign->end == k + 1;
}

// The token after a sign at k ("minus", "negative", a minus character), or k when none.
std::size_t NumberReader::SignEnd(std::size_t k) const {
  if (!lexicon_.MayStartSign(text_, k)) return k;
  if (IsSignChar(k)) return k + 1;
  if (!text_.IsWord(k)) return k;
  std::optional<PhraseTable::Match> sign = lexicon_.SignAt(text_, k);
  if (!sign || !text_.SameLine(sign->end)) return k;
  return sign->end;
}

// The end of a range after its connector: the number at token k, with an optional currency
// before it ("$5-$10").
std::optional<CoreNumber> NumberReader::RangeEnd(std::size_t k) const {
  if (!text_.SameLine(k)) return std::nullopt;
  if (std::optional<PhraseTable::Match> currency = lexicon_.CurrencyAt(text_, k);
      currency && lexicon_.currency(currency->id) != CurrencyPosition::kAfter) {
    k = currency->end;
  }
  std::size_t after_sign = SignEnd(k);
  std::optional<CoreNumber> end = ReadCoreNumber(text_, after_sign, lexicon_);
  if (!end || end->begin != after_sign || !IsQuantity(*end) || end->lone_one) {
    return std::nullopt;
  }
  if (after_sign > k) end->value = -end->value;  // "between -5 and 5", "-10 to -5"
  return end;
}

// Ranges: "between 150 and 200", "150-200", "150 to 200", "1-2 million", "2021-22"; a
// hyphenated pair that does not rise ("2-1") is a score.
void NumberReader::ReadRange(Reading& reading) const {
  CoreNumber& first = reading.core;
  std::size_t e = first.end;
  if (!text_.SameLine(e)) return;
  // "between 40% and 45%", "5% to 7%": a unit written after both ends. The range is read
  // only when the second end has the same unit; the mention takes the second's.
  std::optional<Suffix> first_unit;
  bool percent = false;
  if (std::optional<Suffix> unit = UnitAfter(e, &percent);
      unit && unit->begin == e && text_.SameLine(unit->end) &&
      (lexicon_.RoleAt(Role::kRangeAnd, text_, unit->end) ||
       lexicon_.RoleAt(Role::kRangeTo, text_, unit->end))) {
    first_unit = unit;
    e = unit->end;
  }
  std::optional<CoreNumber> second;
  std::optional<PhraseTable::Match> connector;
  if (reading.approx == Approx::kRange &&
      (connector = lexicon_.RoleAt(Role::kRangeAnd, text_, e))) {
    second = RangeEnd(connector->end);
  } else if ((connector = lexicon_.RoleAt(Role::kRangeTo, text_, e))) {
    // "between 150-200", "between 10 to 15": the connector stands for the "and".
    bool hyphen = text_.IsChar(e, '-');
    if (hyphen && (!text_.Glued(e) || !text_.Glued(e + 1))) return;
    std::size_t i = reading.start;
    // "rose from 3% to 5%" is a change, two figures; "ranging from 25 to 60" a range.
    if (!hyphen && i >= 1 && lexicon_.Is(Role::kRangeBlocker, text_, i - 1) &&
        !(i >= 2 && text_.SameLine(i - 1) && lexicon_.Is(Role::kRangeOpener, text_, i - 2))) {
      return;
    }
    second = RangeEnd(connector->end);
    if (second && hyphen && !first_unit && second->value <= first.value && second->scale == 1 &&
        !(IsYearValue(first) && second->digits == 2)) {
      // "won 52-40 percent": a pair of shares, each a percent; the second is read on its own.
      bool shares = false;
      if (std::optional<Suffix> unit = UnitAfter(second->end, &shares); unit && shares) {
        reading.shared_unit = unit;
        return;
      }
      reading.second = second;
      reading.score = true;
      return;
    }
  }
  if (!second) return;
  if (first_unit) {
    std::optional<Suffix> second_unit = UnitAfter(second->end, &percent);
    if (!second_unit || !EqualsIgnoreCase(second_unit->text, first_unit->text)) return;
  }
  if (second->scale != 1 && first.scale == 1 && first.value * second->scale <= second->value) {
    first.value *= second->scale;  // "1-2 million": the scale applies to both ends
  }
  bool year_and_two = IsYearValue(first) && second->digits == 2 &&
                      second->form == CoreNumber::Form::kDigits;
  if (year_and_two) second->value += first.value - std::fmod(first.value, 100);  // "2021-22"
  if (second->value > first.value) {
    reading.second = second;
  } else if (year_and_two && text_.IsChar(e, '-') && text_.Text(second->begin)[0] == '0') {
    first.numeric_date = true;  // "1995-01": a year and its month
    first.end = second->end;
  }
}

// Decides the kind (see number_reader.h for the order), then the span, unit and interval.
// Returns the token after the mention.
std::size_t NumberReader::Emit(Reading& reading) {
  const CoreNumber& core = reading.core;
  std::size_t value_end = reading.value_end();
  NumberKind kind = NumberKind::kCount;
  std::optional<Suffix> unit;
  bool percent = false;
  std::optional<Suffix> currency_after =
      reading.currency ? std::nullopt : CurrencyAfter(value_end);
  if (core.identifier) {
    kind = NumberKind::kIdentifier;
  } else if (core.is_time()) {
    kind = NumberKind::kTime;
  } else if (core.numeric_date || InDate(core) || DayAfterDate(reading)) {
    kind = NumberKind::kDate;
  } else if (core.ordinal) {
    kind = NumberKind::kOrdinal;
  } else if (core.fraction) {
    kind = NumberKind::kOther;
  } else if (reading.score) {
    kind = NumberKind::kOther;
  } else if (reading.currency || currency_after) {
    kind = NumberKind::kMoney;
    unit = reading.currency ? reading.currency : currency_after;
  } else if (reading.shared_unit) {
    kind = NumberKind::kPercent;
    unit = reading.shared_unit;
  } else if ((unit = UnitAfter(value_end, &percent))) {
    kind = percent ? NumberKind::kPercent : NumberKind::kMeasure;
  } else if ((unit = UnitBefore(reading))) {
    kind = NumberKind::kMeasure;
  } else if (Designated(reading) || ListMarker(reading) || NamedNumber(reading)) {
    kind = NumberKind::kIdentifier;
  } else if (NextToOperator(core.begin, value_end) || AdjectiveWithWord(value_end)) {
    kind = NumberKind::kOther;
  } else if (core.decade ||
             (IsYearValue(core) && (!reading.approx || reading.second) &&
              (!reading.second || IsYearValue(*reading.second) || reading.second->digits == 2) &&
              !CountedWithoutYearCue(reading))) {
    kind = NumberKind::kYear;
  }
  // Qualifiers and ranges belong to quantities (and year ranges); elsewhere they are dropped.
  bool quantity = kind == NumberKind::kCount || kind == NumberKind::kMoney ||
                  kind == NumberKind::kPercent || kind == NumberKind::kMeasure ||
                  (kind == NumberKind::kYear && reading.second);
  // A proportion keeps its qualifier ("about two-thirds", "almost a third") but no range.
  bool qualified_fraction = core.fraction && reading.approx && !reading.second;
  if ((!quantity && !qualified_fraction) || core.form == CoreNumber::Form::kVague) {
    reading.approx.reset();
  }
  if (!quantity && !reading.score) reading.second.reset();
  value_end = reading.value_end();
  std::size_t end =
      unit && unit->begin >= value_end && !reading.shared_unit ? unit->end : value_end;
  // "200 or more", "5% or less": a qualifier after the number or its unit.
  if (quantity && !reading.second && core.form != CoreNumber::Form::kVague &&
      text_.SameLine(end)) {
    std::optional<PhraseTable::Match> q = lexicon_.QualifierAfterAt(text_, end);
    // Not when the phrase opens the next figure: "12 and more than 30", "5 or less than 6".
    std::optional<PhraseTable::Match> next = q ? lexicon_.QualifierAt(text_, q->end - 1)
                                               : std::nullopt;
    bool opens_next = q && ((next && next->end > q->end) ||
                            (text_.SameLine(q->end) && (text_.IsDigits(q->end) ||
                                                        lexicon_.NumberWordAt(text_, q->end))));
    if (q && !opens_next) {
      reading.approx = lexicon_.qualifier(q->id);
      end = q->end;
    }
  }

  NumberMention mention;
  mention.kind = kind;
  std::size_t begin = core.begin;
  if (reading.approx) {
    begin = reading.start;
  } else if (reading.currency && kind == NumberKind::kMoney) {
    begin = reading.currency->begin;
  }
  std::size_t value_begin = core.begin;
  if (reading.sign && *reading.sign < core.begin) {
    value_begin = *reading.sign;
    begin = std::min(begin, value_begin);
  }
  mention.span = SpanOf(begin, end);
  mention.value_span = SpanOf(value_begin, value_end);
  if (unit) mention.unit = unit->text;
  // "one man dies": after a count of one the noun is singular, and a plural after it is a verb.
  if (kind == NumberKind::kCount) mention.unit = CountUnit(end, /*compound=*/core.value != 1);
  if (kind == NumberKind::kCount && core.value == 1 && mention.unit.empty() && !reading.second) {
    mention.unit = SingularCountUnit(end);  // "one person died"
  }

  // "3.28 million" is 3280000.0000000005 in binary; a scaled figure is cleaned like a bound.
  mention.value = core.scale != 1 ? CleanBound(core.value) : core.value;
  if (core.form == CoreNumber::Form::kVague) {
    mention.approx = Approx::kVague;
    mention.lo = core.vague_lo;
    mention.hi = core.vague_hi;
  } else if (reading.second && !reading.score) {
    mention.approx = Approx::kRange;
    mention.lo = mention.value;
    mention.hi = reading.second->scale != 1 ? CleanBound(reading.second->value)
                                            : reading.second->value;
  } else {
    mention.approx = reading.approx.value_or(Approx::kExact);
    IntervalRule rule = lexicon_.interval(mention.approx);
    mention.lo = std::isinf(rule.lo) ? kInf : CleanBound(rule.lo * core.value);
    mention.hi = std::isinf(rule.hi) ? kInf : CleanBound(rule.hi * core.value);
    if (core.value < 0) {  // factors scale towards zero: "about -10" is [-11, -9]
      if (mention.approx == Approx::kAtMost) mention.lo = -kInf;
      if (mention.lo > mention.hi) std::swap(mention.lo, mention.hi);
    }
  }
  mentions_.push_back(std::move(mention));
  return end;
}

std::vector<NumberMention> ReadNumbersIn(const TokenizedText& text) {
  return NumberReader(text, GetLexicon()).Run();
}

}  // namespace internal
}  // namespace tally
