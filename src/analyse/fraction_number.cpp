// Fractions (ReadFraction of core_number.h): "two thirds", "two-thirds", "one half",
// "a quarter of", "3/4", "½". Read by the number reader only: the time tagger has its own reading
// of quarters.
#include "analyse/core_number.h"

namespace tally::internal {
namespace {

// Digit fractions are read only over these small denominators: "9/11" and "24/7" are names,
// and "1/10" is as often a date.
bool IsDigitDenominator(int d) { return d == 2 || d == 3 || d == 4; }

int SingleDigit(const TokenizedText& text, std::size_t i) {
  return text.DigitCount(i) == 1 ? text.Text(i)[0] - '0' : -1;
}

}  // namespace

std::optional<CoreNumber> ReadFraction(const TokenizedText& text, std::size_t i,
                                       const Lexicon& lexicon) {
  CoreNumber core;
  core.begin = i;
  core.form = CoreNumber::Form::kWords;
  core.fraction = true;
  if (std::optional<double> glyph = lexicon.FractionGlyphAt(text, i)) {  // "½"
    core.value = *glyph;
    core.end = i + 1;
    return core;
  }
  if (text.IsDigits(i)) {  // "3/4", not "3/4/2022" nor "13/4"
    int numerator = SingleDigit(text, i);
    int denominator = SingleDigit(text, i + 2);
    bool chained_before = i >= 1 && text.Glued(i) && !text.IsWord(i - 1);
    bool chained_after = text.Glued(i + 3) && !text.IsWord(i + 3) && text.Glued(i + 4) &&
                         text.IsDigits(i + 4);
    if (numerator < 1 || !text.IsChar(i + 1, '/') || !text.Glued(i + 1) || !text.Glued(i + 2) ||
        !IsDigitDenominator(denominator) || numerator >= denominator || chained_before ||
        chained_after) {
      return std::nullopt;
    }
    core.form = CoreNumber::Form::kDigits;
    core.digits = 1;
    core.value = static_cast<double>(numerator) / denominator;
    core.end = i + 3;
    return core;
  }
  const NumberWord* numerator = lexicon.NumberWordAt(text, i);
  if (numerator == nullptr || numerator->ordinal) return std::nullopt;
  std::size_t k = i + 1;
  if (numerator->word_class == WordClass::kArticle) {  // "a third of", "a quarter of"
    const Fraction* fraction = lexicon.FractionAt(text, k);
    if (fraction == nullptr || fraction->plural || !text.SameLine(k) || text.Glued(k) ||
        !text.SameLine(k + 1) || !lexicon.Is(Role::kOf, text, k + 1)) {
      return std::nullopt;
    }
    core.value = 1 / fraction->denominator;
    core.end = k + 1;
    return core;
  }
  bool small = numerator->word_class == WordClass::kUnit ||
               numerator->word_class == WordClass::kTeen ||
               numerator->word_class == WordClass::kTens;
  if (!small || numerator->value < 1) return std::nullopt;
  if (text.IsChar(k, '-') && text.Glued(k) && text.Glued(k + 1)) ++k;  // "two-thirds"
  if (!text.SameLine(k)) return std::nullopt;
  const Fraction* fraction = lexicon.FractionAt(text, k);
  if (fraction == nullptr || fraction->plural != (numerator->value > 1) ||
      numerator->value >= fraction->denominator) {
    return std::nullopt;
  }
  core.value = numerator->value / fraction->denominator;
  core.end = k + 1;
  return core;
}

}  // namespace tally::internal
