// The number reader's state and steps (internal to src/analyse): NumberReader scans the tokens
// of a text once, reads each number's value (number_reader.cpp), its unit or counted noun
// (number_units.cpp) and what the words around it say it is (number_context.cpp), then emits
// one NumberMention per number. See number_reader.h for the kinds and their order.
#ifndef TALLY_ANALYSE_NUMBER_READING_H_
#define TALLY_ANALYSE_NUMBER_READING_H_

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analyse/core_number.h"
#include "analyse/lexicon.h"
#include "analyse/tokenizer.h"
#include "tally/analyse.h"

namespace tally::internal {

inline constexpr double kInf = std::numeric_limits<double>::infinity();

// Interval ends are products of a figure and a factor of qualifiers.tsv (1.1 * 200 =
// 220.00000000000003); rounding to a millionth removes that noise and keeps every figure
// news writes.
inline double CleanBound(double x) {
  if (!std::isfinite(x) || std::fabs(x) >= 1e15) return x;
  return std::round(x * 1e6) / 1e6;
}

inline bool IsYearValue(const CoreNumber& core) {
  return core.form == CoreNumber::Form::kDigits && core.digits == 4 && !core.grouped &&
         !core.decimal && core.scale == 1 && !core.ordinal && !core.identifier &&
         !core.is_time() && !core.numeric_date && core.value >= 1800 && core.value <= 2099;
}

// A plain number that can be one end of a range or take a qualifier.
inline bool IsQuantity(const CoreNumber& core) {
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
  std::optional<Suffix> shared_unit; // "52-40 percent": the first of two shares takes the unit
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
  std::string SingularCountUnit(std::size_t e) const;
  std::string CompoundNoun(std::size_t e) const;
  bool NamedNumber(const Reading& reading) const;
  bool NameShaped(std::size_t k) const;
  bool AdjectiveWithWord(std::size_t e) const {  // "one-off", "two-way": number_adjective
    return text_.IsChar(e, '-') && text_.Glued(e) && text_.Glued(e + 1) &&
           lexicon_.Is(Role::kNumberAdjective, text_, e + 1) && !GluedWordAt(e + 2);
  }
  bool PluralShaped(std::size_t k) const;
  bool NounWordAt(std::size_t k) const;
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

}  // namespace tally::internal

#endif  // TALLY_ANALYSE_NUMBER_READING_H_
