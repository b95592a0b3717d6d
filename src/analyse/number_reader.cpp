#include "analyse/number_reader.h"

#include <cmath>
#include <limits>
#include <optional>
#include <string>

#include "analyse/core_number.h"
#include "analyse/lexicon.h"

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
         !core.is_time() && !core.numeric_date && !core.decade;
}

// A unit read after the number: its tokens [begin, end) and the text as written.
struct Suffix {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
};

class NumberReader {
 public:
  NumberReader(const TokenizedText& text, const Lexicon& lexicon)
      : text_(text), lexicon_(lexicon) {}

  std::vector<NumberMention> Run() {
    std::size_t i = 0;
    while (i < text_.size()) {
      std::optional<std::size_t> next = ReadAt(i);
      if (next) {
        floor_ = *next;
        i = *next;
      } else {
        ++i;
      }
    }
    return std::move(mentions_);
  }

 private:
  std::optional<std::size_t> ReadAt(std::size_t i);
  std::optional<CoreNumber> SecondEnd(std::size_t k, std::size_t* begin);
  std::optional<Suffix> CurrencyAfter(std::size_t e) const;
  std::optional<Suffix> UnitAfter(std::size_t e, bool* percent) const;
  bool InDate(const CoreNumber& core) const;
  bool NextToOperator(std::size_t begin, std::size_t end) const;
  std::string CountUnit(std::size_t e) const;
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

// The end of a range after its connector: the second number at token k, with an optional
// currency before it ("$5-$10"); *begin is where the second number's value starts.
std::optional<CoreNumber> NumberReader::SecondEnd(std::size_t k, std::size_t* begin) {
  if (!text_.SameLine(k)) return std::nullopt;
  if (std::optional<PhraseTable::Match> currency = lexicon_.CurrencyAt(text_, k);
      currency && lexicon_.currency(currency->id) != CurrencyPosition::kAfter) {
    k = currency->end;
  }
  std::optional<CoreNumber> second = ReadCoreNumber(text_, k, lexicon_);
  if (!second || second->begin != k || !IsQuantity(*second) || second->lone_one) {
    return std::nullopt;
  }
  *begin = k;
  return second;
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

bool NumberReader::NextToOperator(std::size_t begin, std::size_t end) const {
  if (begin >= 1 && text_.SameLine(begin) && lexicon_.Is(Role::kMathOperator, text_, begin - 1)) {
    return true;
  }
  return text_.SameLine(end) && lexicon_.Is(Role::kMathOperator, text_, end);
}

// The plural noun after a count ("164 people", "dozens of citizens"), or empty: a lower-case
// word that ends in "s" and is not a function word, or a listed plural ("children").
std::string NumberReader::CountUnit(std::size_t e) const {
  if (!text_.IsWord(e) || !text_.SameLine(e) || text_.Glued(e)) return {};
  if (lexicon_.Is(Role::kOf, text_, e)) ++e;
  if (!text_.IsWord(e) || !text_.SameLine(e) || text_[e].upper) return {};
  std::string_view word = text_.Text(e);
  if (lexicon_.Is(Role::kCountNoun, text_, e)) return std::string(word);
  if (word.size() < 3 || word.back() != 's' || lexicon_.Is(Role::kNotUnit, text_, e)) return {};
  return std::string(word);
}

std::optional<std::size_t> NumberReader::ReadAt(std::size_t i) {
  // Qualifier, then a currency written before the amount, then the number.
  std::optional<Approx> approx;
  std::size_t k = i;
  if (std::optional<PhraseTable::Match> q = lexicon_.QualifierAt(text_, i)) {
    if (!text_.SameLine(q->end)) return std::nullopt;
    approx = lexicon_.qualifier(q->id);
    k = q->end;
  }
  std::optional<Suffix> currency;
  if (std::optional<PhraseTable::Match> c = lexicon_.CurrencyAt(text_, k);
      c && lexicon_.currency(c->id) != CurrencyPosition::kAfter && text_.SameLine(c->end)) {
    currency = MakeSuffix(k, c->end);
    k = c->end;
  }
  std::optional<CoreNumber> core = ReadCoreNumber(text_, k, lexicon_);
  if (!core) return std::nullopt;
  if (core->begin < k) {  // a code that starts before ("USD5"): no qualifier or currency
    approx.reset();
    currency.reset();
    if (core->begin < floor_) core->begin = k;
  }
  if (core->lone_one) {
    std::size_t b = core->begin;
    bool pronoun = (b >= 1 && text_.SameLine(b) &&
                    lexicon_.Is(Role::kOnePronounBefore, text_, b - 1) &&
                    lexicon_.RoleAt(Role::kOnePronounBefore, text_, b - 1)->end == b) ||
                   (text_.SameLine(core->end) &&
                    lexicon_.Is(Role::kOnePronounAfter, text_, core->end));
    if (pronoun) return std::nullopt;
  }

  // Ranges: "between 150 and 200", "150-200", "150 to 200", "1-2 million"; "2-1" is a score.
  std::optional<CoreNumber> second;
  std::size_t second_begin = 0;
  bool score = false;
  if (IsQuantity(*core)) {
    std::size_t e = core->end;
    if (approx == Approx::kRange) {
      if (std::optional<PhraseTable::Match> connector = lexicon_.RoleAt(Role::kRangeAnd, text_, e);
          connector && text_.SameLine(e)) {
        second = SecondEnd(connector->end, &second_begin);
      }
    } else if (std::optional<PhraseTable::Match> connector =
                   lexicon_.RoleAt(Role::kRangeTo, text_, e);
               connector && text_.SameLine(e)) {
      bool hyphen = text_.IsChar(e, '-');
      bool blocked = !hyphen && i >= 1 && lexicon_.Is(Role::kRangeBlocker, text_, i - 1);
      if ((!hyphen || (text_.Glued(e) && text_.Glued(e + 1))) && !blocked) {
        second = SecondEnd(connector->end, &second_begin);
        if (second && hyphen && second->value <= core->value && second->scale == 1 &&
            !(IsYearValue(*core) && second->digits == 2)) {
          score = true;
        }
      }
    }
    if (second && !score) {
      // "1-2 million": the scale of the second end applies to the first.
      if (second->scale != 1 && core->scale == 1 && core->value * second->scale <= second->value) {
        core->value *= second->scale;
      }
      // "2021-22"
      if (IsYearValue(*core) && second->digits == 2 && second->form == CoreNumber::Form::kDigits) {
        second->value += core->value - std::fmod(core->value, 100);
      }
      if (second->value <= core->value) second.reset();
    }
  }
  if (approx == Approx::kRange && !second) approx.reset();  // "between" without its "and"

  std::size_t value_end = second ? second->end : core->end;
  if (!second && !core->is_time()) ApplyClockMarker(text_, value_end, lexicon_, *core);
  if (core->is_time()) value_end = core->end;

  // Kind.
  NumberKind kind = NumberKind::kCount;
  std::optional<Suffix> unit;
  std::string count_unit;
  bool percent = false;
  std::optional<Suffix> currency_after = currency ? std::nullopt : CurrencyAfter(value_end);
  if (core->identifier) {
    kind = NumberKind::kIdentifier;
  } else if (core->is_time()) {
    kind = NumberKind::kTime;
  } else if (core->numeric_date || InDate(*core)) {
    kind = NumberKind::kDate;
  } else if (core->ordinal) {
    kind = NumberKind::kOrdinal;
  } else if (score) {
    kind = NumberKind::kOther;
  } else if (currency || currency_after) {
    kind = NumberKind::kMoney;
    unit = currency ? currency : currency_after;
  } else if ((unit = UnitAfter(value_end, &percent))) {
    kind = percent ? NumberKind::kPercent : NumberKind::kMeasure;
  } else if (NextToOperator(core->begin, value_end)) {
    kind = NumberKind::kOther;
  } else if (core->decade || (IsYearValue(*core) && (!approx || second) &&
                              (!second || IsYearValue(*second) || second->digits == 2))) {
    kind = NumberKind::kYear;
  } else {
    count_unit = CountUnit(value_end);
  }
  bool quantity = kind == NumberKind::kCount || kind == NumberKind::kMoney ||
                  kind == NumberKind::kPercent || kind == NumberKind::kMeasure ||
                  (kind == NumberKind::kYear && second);
  if (!quantity) {
    approx.reset();
    if (kind != NumberKind::kOther) second.reset();
  }
  if (core->form == CoreNumber::Form::kVague) approx.reset();

  NumberMention mention;
  mention.kind = kind;
  std::size_t begin = approx ? i : (currency && kind == NumberKind::kMoney ? currency->begin
                                                                          : core->begin);
  if (!second) value_end = core->end;
  std::size_t end = value_end;
  if (unit && unit->begin >= value_end) end = unit->end;
  if (score) end = second->end;
  mention.span = SpanOf(begin, end);
  mention.value_span = SpanOf(core->begin, value_end);
  if (unit) mention.unit = unit->text;
  if (!count_unit.empty()) mention.unit = count_unit;

  if (core->form == CoreNumber::Form::kVague) {
    mention.approx = Approx::kVague;
    mention.value = 0;
    mention.lo = core->vague_lo;
    mention.hi = core->vague_hi;
  } else if (second && !score) {
    mention.approx = Approx::kRange;
    mention.value = core->value;
    mention.lo = core->value;
    mention.hi = second->value;
  } else {
    Approx a = approx.value_or(Approx::kExact);
    IntervalRule rule = lexicon_.interval(a);
    mention.approx = a;
    mention.value = core->value;
    mention.lo = std::isinf(rule.lo) ? kInf : CleanBound(rule.lo * core->value);
    mention.hi = std::isinf(rule.hi) ? kInf : CleanBound(rule.hi * core->value);
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
