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
#include "common/text.h"

namespace tally {

std::vector<NumberMention> ReadNumbers(std::string_view text) {
  internal::TokenizedText tokens(text);
  return internal::ReadNumbersIn(tokens);
}

namespace internal {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Interval ends are products of a figure and a factor of qualifiers.tsv (1.1 * 200 =
// 220.00000000000003); rounding to a millionth removes that noise and keeps every figure
// news writes.
double CleanBound(double x) {
  if (!std::isfinite(x) || std::fabs(x) >= 1e15) return x;
  return std::round(x * 1e6) / 1e6;
}

bool IsYearValue(const CoreNumber& core) {
  return core.form == CoreNumber::Form::kDigits && core.digits == 4 && !core.grouped &&
         !core.decimal && core.scale == 1 && !core.ordinal && !core.identifier &&
         !core.is_time() && !core.numeric_date && core.value >= 1800 && core.value <= 2099;
}

// A plain number that can be one end of a range or take a qualifier.
bool IsQuantity(const CoreNumber& core) {
  return core.form != CoreNumber::Form::kVague && !core.ordinal && !core.identifier &&
         !core.fraction &&
         !core.is_time() && !core.numeric_date && !core.decade;
}

// A unit read after the number: its tokens [begin, end) and the text as written.
struct Suffix {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
};

// The number part of a mention before its kind is decided.
struct Reading {
  std::size_t start = 0;         // first token: qualifier, currency or number
  std::optional<Approx> approx;  // the qualifier, if any
  std::optional<Suffix> currency;  // a currency written before the amount
  CoreNumber core;
  std::optional<CoreNumber> second;  // the other end of a range, or of a score
  bool score = false;                // "2-1": a result, not a range
  std::optional<std::size_t> sign;   // the token of a minus sign before the number
  std::size_t value_end() const { return second ? second->end : core.end; }
};

class NumberReader {
 public:
  NumberReader(const TokenizedText& text, const Lexicon& lexicon)
      : text_(text), lexicon_(lexicon) {}

  std::vector<NumberMention> Run() {
    std::size_t i = 0;
    while (i < text_.size()) {
      if (!text_.IsDigits(i) && !lexicon_.MayStartNumber(text_, i)) {  // most tokens
        ++i;
        continue;
      }
      if (text_.IsDigits(i)) {
        if (std::size_t url_end = UrlEnd(i); url_end > i) {  // page furniture, not figures
          floor_ = url_end;
          i = url_end;
          continue;
        }
      }
      std::optional<Reading> reading = ReadValue(i);
      std::size_t end = reading ? Emit(*reading) : i;
      if (end > i) floor_ = end;
      i = std::max(end, i + 1);
    }
    return std::move(mentions_);
  }

 private:
  std::optional<Reading> ReadValue(std::size_t i);
  void ReadRange(Reading& reading) const;
  std::optional<CoreNumber> RangeEnd(std::size_t k) const;
  std::size_t Emit(Reading& reading);
  std::optional<Suffix> CurrencyAfter(std::size_t e) const;
  std::optional<Suffix> UnitAfter(std::size_t e, bool* percent) const;
  std::optional<Suffix> UnitBefore(const Reading& reading) const;
  bool InDate(const CoreNumber& core) const;
  bool NextToOperator(std::size_t begin, std::size_t end) const;
  bool IsPronoun(const CoreNumber& core) const;
  std::string CountUnit(std::size_t e, bool compound = true) const;
  std::string CompoundCountUnit(std::size_t e) const;
  std::string CompoundNoun(std::size_t e) const;
  bool NamedNumber(const Reading& reading) const;
  bool NameShaped(std::size_t k) const;
  bool AdjectiveWithWord(std::size_t e) const {  // "one-off", "two-way": number_adjective
    return text_.IsChar(e, '-') && text_.Glued(e) && text_.Glued(e + 1) &&
           lexicon_.Is(Role::kNumberAdjective, text_, e + 1) && !GluedWordAt(e + 2);
  }
  bool PluralShaped(std::size_t k) const;
  bool CapitalisedPlural(std::size_t k) const;
  bool DayAfterDate(const Reading& reading) const;
  bool OverAPeriod(std::size_t i, std::size_t end) const;
  // Token k continues the word before it: a word or a hyphen glued to it (not punctuation).
  bool GluedWordAt(std::size_t k) const {
    return text_.Glued(k) && (text_.IsWord(k) || text_.IsDigits(k) || text_.IsChar(k, '-'));
  }
  bool CountedWithoutYearCue(const Reading& reading) const;
  bool IsSignChar(std::size_t k) const;
  bool Designated(const Reading& reading) const;
  bool ListMarker(const Reading& reading) const;
  std::size_t SignEnd(std::size_t k) const;
  std::size_t UrlEnd(std::size_t i) const;
  Suffix MakeSuffix(std::size_t begin, std::size_t end) const {
    return {begin, end, std::string(text_.text().substr(
                            text_[begin].begin, text_[end - 1].end - text_[begin].begin))};
  }
  Span SpanOf(std::size_t begin, std::size_t end) const {
    return {text_[begin].begin, text_[end - 1].end};
  }

  const TokenizedText& text_;
  const Lexicon& lexicon_;
  std::size_t floor_ = 0;  // tokens before it belong to earlier mentions
  std::vector<NumberMention> mentions_;
};

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
  reading.core = *core;
  if (IsQuantity(reading.core)) ReadRange(reading);
  if (reading.approx == Approx::kRange && !reading.second) {
    reading.approx.reset();  // "between" without its "and"
  }
  if (!reading.second && !reading.core.is_time()) {
    ApplyClockMarker(text_, reading.core.end, lexicon_, reading.core);  // "10 a.m."
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

// The token after the web address that holds the digits at token i, or i when they are not in
// one. An address is a run of glued tokens whose text holds "://" or starts with "www.";
// the look-back stops at white space, so it costs the length of the run.
std::size_t NumberReader::UrlEnd(std::size_t i) const {
  if (!text_.Glued(i)) return i;
  std::size_t first = i;
  while (first > floor_ && text_.Glued(first)) --first;
  std::string_view run =
      text_.text().substr(text_[first].begin, text_[i].begin - text_[first].begin);
  bool url = run.find("://") != std::string_view::npos ||
             (run.size() >= 4 && (run.substr(0, 4) == "www." || run.substr(0, 4) == "WWW."));
  if (!url) return i;
  std::size_t end = i + 1;
  while (end < text_.size() && text_.Glued(end)) ++end;
  return end;
}

// A bare number right after a word that names things by number ("Article 5", "No. 10",
// "Formula 1"), or a capitalised number word after a capitalised one ("Phase One", "Stage
// Two", "Formula One", "Air Force One").
bool NumberReader::Designated(const Reading& reading) const {
  const CoreNumber& core = reading.core;
  // Names are not written with thousands separators: "they number 42,000" is a count.
  if (core.form == CoreNumber::Form::kVague || reading.approx || reading.sign ||
      reading.second || core.scale != 1 || core.grouped || reading.start != core.begin ||
      core.begin == 0 || !text_.SameLine(core.begin)) {
    return false;
  }
  std::size_t b = core.begin;
  if (core.form == CoreNumber::Form::kWords &&
      (!text_[b].upper || !text_[b - 1].upper || core.end != b + 1)) {
    return false;
  }
  for (std::size_t back = 1; back <= 2 && back <= b; ++back) {
    std::optional<PhraseTable::Match> word = lexicon_.RoleAt(Role::kDesignator, text_, b - back);
    if (word && word->end == b) return true;
    if (!text_.SameLine(b - back)) break;
  }
  return false;
}

// "1. ", "2) " at the start of a line: the number of an item in a list.
bool NumberReader::ListMarker(const Reading& reading) const {
  const CoreNumber& core = reading.core;
  std::size_t e = core.end;
  return core.form == CoreNumber::Form::kDigits && reading.start == core.begin &&
         core.end == core.begin + 1 && core.digits <= 2 && !reading.second &&
         (core.begin == 0 || !text_.SameLine(core.begin)) &&
         (text_.IsChar(e, '.') || text_.IsChar(e, ')')) && text_.Glued(e) &&
         text_.SameLine(e + 1) && !text_.Glued(e + 1);
}

// "one of the", "no one", "one might think", and "the old one.", "a big one, maybe", "the
// only one he has" (a determiner or an article and one word before a "one" that ends the
// phrase or that a function word follows, count_stop): the pronoun, not the number.
bool NumberReader::IsPronoun(const CoreNumber& core) const {
  std::size_t b = core.begin;
  if (b >= 1 && text_.SameLine(b)) {
    std::optional<PhraseTable::Match> before =
        lexicon_.RoleAt(Role::kOnePronounBefore, text_, b - 1);
    if (before && before->end == b) return true;
  }
  std::size_t e = core.end;
  bool phrase_ends = e >= text_.size() || !text_.SameLine(e) ||
                     (!text_.IsWord(e) && !text_.IsDigits(e)) ||
                     (!text_.Glued(e) && lexicon_.Is(Role::kCountStop, text_, e));
  if (phrase_ends && b >= 2 && text_.SameLine(b) && text_.SameLine(b - 1) &&
      text_.IsWord(b - 1) && !text_[b - 1].upper && !lexicon_.NumberWordAt(text_, b - 1)) {
    std::optional<PhraseTable::Match> determiner =
        lexicon_.RoleAt(Role::kOnePronounBefore, text_, b - 2);
    if (determiner && determiner->end == b - 1) return true;
    const NumberWord* article = lexicon_.NumberWordAt(text_, b - 2);
    if (article != nullptr && article->word_class == WordClass::kArticle) return true;
  }
  return text_.SameLine(core.end) && lexicon_.Is(Role::kOnePronounAfter, text_, core.end);
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

std::optional<Suffix> NumberReader::CurrencyAfter(std::size_t e) const {
  if (!text_.SameLine(e)) return std::nullopt;
  std::optional<PhraseTable::Match> currency = lexicon_.CurrencyAt(text_, e);
  if (!currency || lexicon_.currency(currency->id) == CurrencyPosition::kBefore) {
    return std::nullopt;
  }
  return MakeSuffix(e, currency->end);
}

// A unit glued ("10km"), spaced ("10 km") or hyphenated ("180-day") after token e - 1.
std::optional<Suffix> NumberReader::UnitAfter(std::size_t e, bool* percent) const {
  if (!text_.SameLine(e)) return std::nullopt;
  std::size_t k = e;
  bool hyphen = text_.IsChar(e, '-') && text_.Glued(e) && text_.Glued(e + 1);
  if (hyphen) k = e + 1;
  std::optional<PhraseTable::Match> unit = lexicon_.UnitAt(text_, k);
  if (!unit) return std::nullopt;
  const Unit& info = lexicon_.unit(unit->id);
  if (info.attach == UnitAttach::kGlued && (hyphen || !text_.Glued(k))) return std::nullopt;
  if (hyphen && info.percent()) return std::nullopt;
  *percent = info.percent();
  return MakeSuffix(k, unit->end);
}

// A unit written right before the number ("magnitude 7.8", number_context.tsv unit_before), or
// an age before a range or a qualified number ("aged between 40 and 75", "aged 65 and over",
// age_before).
std::optional<Suffix> NumberReader::UnitBefore(const Reading& reading) const {
  std::size_t b = reading.start;
  if (reading.currency || b == 0 || b - 1 < floor_ || !text_.SameLine(b)) {
    return std::nullopt;
  }
  // "a magnitude-5.1 tremor": the unit hyphenated to a bare number.
  if (!reading.approx && b >= 2 && b - 2 >= floor_ && text_.IsChar(b - 1, '-') &&
      text_.Glued(b - 1) && text_.Glued(b)) {
    std::optional<PhraseTable::Match> word = lexicon_.RoleAt(Role::kUnitBefore, text_, b - 2);
    if (word && word->end == b - 1) return MakeSuffix(b - 2, b - 1);
  }
  std::optional<PhraseTable::Match> word =
      reading.approx ? std::nullopt : lexicon_.RoleAt(Role::kUnitBefore, text_, b - 1);
  if (!word && (reading.approx || reading.second ||
                (text_.SameLine(reading.value_end()) &&
                 lexicon_.QualifierAfterAt(text_, reading.value_end())))) {  // "aged 65 and over"
    word = lexicon_.RoleAt(Role::kAgeBefore, text_, b - 1);
  }
  if (!word || word->end != b) return std::nullopt;
  return MakeSuffix(b - 1, b);
}

// A day number or year inside a written date: "January 9", "Jan. 9", "9 January",
// "9th of January", "January 2022", "January 10, 2022", "10 January 2022" (the year follows a
// month, so the last is the month-before case).
bool NumberReader::InDate(const CoreNumber& core) const {
  if (core.form != CoreNumber::Form::kDigits || core.grouped || core.decimal ||
      core.scale != 1 || core.identifier || core.is_time()) {
    return false;
  }
  std::size_t b = core.begin;
  bool day = core.digits <= 2 && core.value >= 1 && core.value <= 31;
  bool year = core.digits == 4 && !core.ordinal && core.value >= 1000 && core.value <= 2999;
  if (!day && !year) return false;
  auto month_ends_at = [&](std::size_t k) {  // a month name whose last token is k - 1
    if (k >= 1 && lexicon_.MonthAt(text_, k - 1)) return true;
    return k >= 2 && text_.IsChar(k - 1, '.') && text_.Glued(k - 1) &&
           lexicon_.MonthAt(text_, k - 2);
  };
  if (text_.SameLine(b) && month_ends_at(b)) return true;
  if (day) {
    std::size_t e = core.end;
    if (text_.SameLine(e) && lexicon_.MonthAt(text_, e)) return true;
    if (text_.SameLine(e) && lexicon_.Is(Role::kOf, text_, e) && text_.SameLine(e + 1) &&
        lexicon_.MonthAt(text_, e + 1)) {
      return true;
    }
    return false;
  }
  // A year after "Month D," or "Month D".
  std::size_t k = b;
  if (k >= 1 && text_.IsChar(k - 1, ',') && text_.SameLine(k)) --k;
  if (k >= 1 && text_.DigitCount(k - 1) <= 2 && text_.IsDigits(k - 1) && text_.SameLine(k) &&
      text_.SameLine(k - 1)) {
    return month_ends_at(k - 1);
  }
  if (k >= 2 && text_.IsWord(k - 1) && text_.Glued(k - 1) && text_.IsDigits(k - 2) &&
      text_.DigitCount(k - 2) <= 2) {  // "January 10th, 2022"
    return month_ends_at(k - 2);
  }
  return false;
}

// "$1.2 million over three years", "fell 3.4% over seven days": "over" (period_over) right
// after an amount is the period the amount is spread over, not "more than" the number after it.
bool NumberReader::OverAPeriod(std::size_t i, std::size_t end) const {
  if (end != i + 1 || i == 0 || mentions_.empty() || !text_.SameLine(i) ||
      mentions_.back().span.end != text_[i - 1].end) {
    return false;
  }
  NumberKind kind = mentions_.back().kind;
  return (kind == NumberKind::kCount || kind == NumberKind::kMoney ||
          kind == NumberKind::kPercent || kind == NumberKind::kMeasure) &&
         lexicon_.Is(Role::kPeriodOver, text_, i);
}

// "May 27 and 28", "April 17-20", "June 3 or 4": a day number joined to the day of a date
// read just before it, when no counted noun follows ("on May 27 and 28 people" counts).
bool NumberReader::DayAfterDate(const Reading& reading) const {
  const CoreNumber& core = reading.core;
  std::size_t b = core.begin;
  if (mentions_.empty() || mentions_.back().kind != NumberKind::kDate ||
      core.form != CoreNumber::Form::kDigits || core.digits > 2 || core.value < 1 ||
      core.value > 31 || core.decimal || core.scale != 1 || core.end != b + 1 ||
      reading.start != b || reading.approx || reading.currency || reading.second || b < 2 ||
      !text_.SameLine(b) || !text_.SameLine(b - 1)) {
    return false;
  }
  const NumberMention& date = mentions_.back();
  if (date.value < 1 || date.value > 31 || date.span.end != text_[b - 2].end) return false;
  std::optional<PhraseTable::Match> joint = lexicon_.RoleAt(Role::kRangeAnd, text_, b - 1);
  if (!joint) joint = lexicon_.RoleAt(Role::kRangeTo, text_, b - 1);
  return joint && joint->end == b && CountUnit(core.end, /*compound=*/false).empty();
}

bool NumberReader::NextToOperator(std::size_t begin, std::size_t end) const {
  if (begin >= 1 && text_.SameLine(begin) && lexicon_.Is(Role::kMathOperator, text_, begin - 1)) {
    return true;
  }
  return text_.SameLine(end) && lexicon_.Is(Role::kMathOperator, text_, end);
}

// The plural noun after a count ("164 people", "dozens of citizens"), or empty: a lower-case
// word that ends in "s" and is not a function word, or a listed plural ("children"); with
// compound, also a noun of two words or after an adjective (CompoundCountUnit).
std::string NumberReader::CountUnit(std::size_t e, bool compound) const {
  // "the 650-seat chamber": a noun hyphenated to the number counts in the singular.
  if (text_.IsChar(e, '-') && text_.Glued(e) && text_.Glued(e + 1) && text_.IsWord(e + 1) &&
      !text_[e + 1].upper && !GluedWordAt(e + 2) && text_.Text(e + 1).size() >= 3 &&
      !lexicon_.Is(Role::kNotUnit, text_, e + 1)) {
    return std::string(text_.Text(e + 1));
  }
  if (!text_.IsWord(e) || !text_.SameLine(e) || text_.Glued(e)) return {};
  if (lexicon_.Is(Role::kOf, text_, e)) ++e;
  if (!text_.IsWord(e) || !text_.SameLine(e)) return {};
  if (text_[e].upper) return compound ? CompoundCountUnit(e) : std::string();
  // "six by-elections": a hyphenated compound is one noun, plural in its last word.
  if (text_.IsChar(e + 1, '-') && text_.Glued(e + 1) && text_.Glued(e + 2) &&
      text_.IsWord(e + 2) && !GluedWordAt(e + 3)) {
    std::string_view last = text_.Text(e + 2);
    if (last.size() < 3 || last.back() != 's') return {};
    return std::string(text_.text().substr(text_[e].begin, text_[e + 2].end - text_[e].begin));
  }
  std::string_view word = text_.Text(e);
  if (lexicon_.Is(Role::kCountNoun, text_, e)) {
    // "40 police officers", "25 crew members": a plural after it is the head of a compound.
    std::size_t n = e + 1;
    if (compound && lexicon_.Is(Role::kCollectiveNoun, text_, e) && text_.IsWord(n) &&
        text_.SameLine(n) && !text_.Glued(n) &&
        !text_[n].upper && PluralShaped(n) && !GluedWordAt(n + 1) &&
        !lexicon_.Is(Role::kCountStop, text_, n) &&
        !lexicon_.Is(Role::kNotUnit, text_, n)) {
      return std::string(text_.text().substr(text_[e].begin, text_[n].end - text_[e].begin));
    }
    return std::string(word);
  }
  if (!PluralShaped(e) || lexicon_.Is(Role::kNotUnit, text_, e)) {
    return compound ? CompoundCountUnit(e) : std::string();
  }
  return std::string(word);
}

// The counted noun when a word that is not a plural stands at e between the number and the
// plural: an adjective is left out ("two new factories", "14 injured workers": number_context
// count_modifier, a participle in "-ed", or a capitalised word: "25 European countries"; two
// at most, "three new local offices"), any other word makes a compound noun with the plural
// ("27 member states", "40,000 polling stations").
// Failing that, a capitalised plural ("Americans", "MPs") right after the number or after
// count_modifiers. Empty when a function word (count_stop, not_unit) or an adverb in "-ly"
// comes first, or when no plural follows.
std::string NumberReader::CompoundCountUnit(std::size_t e) const {
  std::string unit = CompoundNoun(e);
  if (!unit.empty()) return unit;
  // "3 million Americans file", "2,981,000 more Americans", "Fourteen Democrats voted": a
  // capitalised plural, after count_modifiers, that no lower-case noun follows is counted.
  std::size_t k = e;
  for (int skipped = 0; skipped < 2 && !text_[k].upper && text_.SameLine(k + 1) &&
                        lexicon_.Is(Role::kCountModifier, text_, k);
       ++skipped) {
    ++k;
  }
  if (text_.IsWord(k) && text_.SameLine(k) && !text_.Glued(k) && text_[k].upper &&
      CapitalisedPlural(k)) {
    return std::string(text_.Text(k));
  }
  return {};
}

// CompoundCountUnit without the capitalised plurals.
std::string NumberReader::CompoundNoun(std::size_t e) const {
  std::size_t k = e;
  for (int skipped = 0; skipped <= 2; ++skipped, ++k) {
    if (!text_.IsWord(k) || !text_.SameLine(k) || text_.Glued(k) ||
        lexicon_.Is(Role::kCountStop, text_, k) || lexicon_.Is(Role::kNotUnit, text_, k)) {
      return {};
    }
    std::string_view word = text_.Text(k);
    if (k > e && !text_[k].upper && (lexicon_.Is(Role::kCountNoun, text_, k) || PluralShaped(k))) {
      return std::string(word);  // the noun after the adjectives
    }
    // "263 COVID-19 deaths", "40 G20 members": a name with a number glued to it modifies.
    if (text_[k].upper && text_.IsChar(k + 1, '-') && text_.Glued(k + 1) && text_.Glued(k + 2) &&
        text_.IsDigits(k + 2)) {
      k += 2;
      continue;
    }
    bool adjective = text_[k].upper || lexicon_.Is(Role::kCountModifier, text_, k) ||
                     (word.size() > 4 && word.substr(word.size() - 2) == "ed");
    if (adjective) continue;
    if (word.size() < 3 || (word.size() > 4 && word.substr(word.size() - 2) == "ly")) return {};
    std::size_t n = k + 1;  // a compound: this word and a plural right after it
    if (!text_.IsWord(n) || !text_.SameLine(n) || text_[n].upper || text_.Glued(n) ||
        GluedWordAt(n + 1) || lexicon_.Is(Role::kCountStop, text_, n) ||
        lexicon_.Is(Role::kNotUnit, text_, n)) {
      return {};
    }
    if (!lexicon_.Is(Role::kCountNoun, text_, n) && !PluralShaped(n)) return {};
    return std::string(text_.text().substr(text_[k].begin, text_[n].end - text_[k].begin));
  }
  return {};
}

// Whether the word at token k looks like a regular plural: three letters or more and a final
// "s", but not "-ss" or "-us" ("homeless", "business", "coronavirus"), nor a singular listed
// in number_context.tsv ("news", "politics").
bool NumberReader::PluralShaped(std::size_t k) const {
  std::string_view word = text_.Text(k);
  if (word.size() < 3 || word.back() != 's') return false;
  char before = word[word.size() - 2];
  return before != 's' && before != 'u' && !lexicon_.Is(Role::kSingularInS, text_, k);
}

// Whether the capitalised word at token k is a plural noun: "Americans", "Democrats", "MPs"
// (capitals then a final lower-case "s"), not a name run into the next word ("Guns-N").
bool NumberReader::CapitalisedPlural(std::size_t k) const {
  if (!PluralShaped(k) || GluedWordAt(k + 1)) return false;
  std::string_view word = text_.Text(k);
  std::string_view stem = word.substr(0, word.size() - 1);
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  bool title = std::all_of(stem.begin() + 1, stem.end(), lower);   // "Americans"
  bool acronym = std::all_of(stem.begin(), stem.end(), upper);     // "MPs", "CEOs"
  return title || acronym;
}

// Whether token k is written like a product or an acronym rather than a capitalised word:
// a capital after its first letter ("iPhone", "PlayStation", "BBC", "NHS"), not "Windows" nor
// "Coverage" (scraped pages run site names into headlines: "Related Coverage 4 injured").
bool NumberReader::NameShaped(std::size_t k) const {
  std::string_view word = text_.Text(k);
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  return !word.empty() && std::any_of(word.begin() + 1, word.end(), upper);
}

// A bare number that names something instead of counting, when no counted noun follows: in
// digits after a verb that takes a telephone number ("call 112", "dial 911", number_context
// phone_verb); or of at most three digits, or a capitalised number word, right after a word
// shaped like a name (NameShaped, or a single capital: "the iPhone 16", "the NHS 111 line",
// "the S&P 500", "BBC One"; "at junction 10" is a designator). Not after a month or weekday
// ("in March 12 died"), nor after the first word of a sentence ("Only 12 of the 27"), nor
// before a capitalised word (a title-case headline: "SHOOTING LEAVES ONE DEAD").
bool NumberReader::NamedNumber(const Reading& reading) const {
  const CoreNumber& core = reading.core;
  std::size_t b = core.begin;
  if (reading.approx || reading.sign || reading.second || reading.currency ||
      core.scale != 1 || core.grouped || core.decimal || reading.start != b ||
      core.end != b + 1 || b == 0 || b - 1 < floor_ || !text_.SameLine(b) || text_.Glued(b) ||
      !text_.IsWord(b - 1)) {
    return false;
  }
  if (!CountUnit(core.end).empty()) return false;
  std::size_t p = b - 1;
  if (core.form == CoreNumber::Form::kDigits && !IsYearValue(core) &&
      lexicon_.Is(Role::kPhoneVerb, text_, p)) {
    return true;
  }
  if (!NameShaped(p) && !(text_.Text(p).size() == 1 && text_[p].upper)) return false;
  if (core.form == CoreNumber::Form::kWords) {
    if (!text_[b].upper) return false;
  } else if (core.form != CoreNumber::Form::kDigits || core.digits > 3) {
    return false;
  }
  // A capitalised word after it makes a title-case line ("Shooting Leaves One Dead").
  if (text_.SameLine(b + 1) && text_.IsWord(b + 1) && text_[b + 1].upper) return false;
  if (p == 0 || !text_.SameLine(p)) return false;
  for (char c : {'.', '!', '?', ':', ';', '"', '\'', '(', '['}) {
    if (text_.IsChar(p - 1, c)) return false;
  }
  if (!text_.IsWord(p - 1) && !text_.IsDigits(p - 1) && !text_.Glued(p)) return false;
  return lexicon_.MonthAt(text_, p) == nullptr && lexicon_.WeekdayAt(text_, p) == 0;
}

// "2000 soldiers": a four-digit number before a plural noun counts it, unless it is a range
// of years or a year cue or "the" comes before ("in 2019 protests erupted", "the 2020
// elections", where the year modifies the noun), or it is a year of the last hundred and
// thirty and not a round hundred ("filed 2018 taxes", "2020 graduates": news writes counts
// that large with a separator, "2,018", or round, "2000 soldiers").
bool NumberReader::CountedWithoutYearCue(const Reading& reading) const {
  double value = reading.core.value;
  if (!reading.second && value >= 1900 && value <= 2039 && std::fmod(value, 100) != 0) {
    return false;
  }
  // "his 2016-era policies": a hyphenated noun after a year modifies, it is not counted.
  if (text_.IsChar(reading.value_end(), '-')) return false;
  if (reading.second || CountUnit(reading.value_end(), /*compound=*/false).empty()) return false;
  std::size_t b = reading.start;
  return !(b >= 1 && text_.SameLine(b) && (lexicon_.Is(Role::kYearCue, text_, b - 1) ||
                                           lexicon_.Is(Role::kArticleThe, text_, b - 1)));
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
  std::size_t end = unit && unit->begin >= value_end ? unit->end : value_end;
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

  mention.value = core.value;
  if (core.form == CoreNumber::Form::kVague) {
    mention.approx = Approx::kVague;
    mention.lo = core.vague_lo;
    mention.hi = core.vague_hi;
  } else if (reading.second && !reading.score) {
    mention.approx = Approx::kRange;
    mention.lo = core.value;
    mention.hi = reading.second->value;
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

}  // namespace

std::vector<NumberMention> ReadNumbersIn(const TokenizedText& text) {
  return NumberReader(text, GetLexicon()).Run();
}

}  // namespace internal
}  // namespace tally
