// Fractions (ReadFraction of core_number.h): "two thirds", "two-thirds", "one half",
// "a quarter of", "3/4", "½". Read by the number reader only: the time tagger has its own reading
// of quarters.
#include <cmath>
#include <string>

#include "analyse/core_number.h"
#include "common/text.h"

namespace tally::internal {
namespace {

// Digit fractions are read only over these small denominators: "9/11" and "24/7" are names,
// and "1/10" is as often a date.
bool IsDigitDenominator(int d) { return d == 2 || d == 3 || d == 4; }

int SingleDigit(const TokenizedText& text, std::size_t i) {
  return text.DigitCount(i) == 1 ? text.Text(i)[0] - '0' : -1;
}

// Token k ends a phrase: the end of the text or line, or closing punctuation ("rose by a
// half.", "a half, officials said").
bool EndsPhrase(const TokenizedText& text, std::size_t k) {
  if (k >= text.size() || !text.SameLine(k)) return true;
  for (char c : {'.', ',', ';', ':', '!', '?', ')'}) {
    if (text.IsChar(k, c)) return true;
  }
  return false;
}

// "rose by a fifth since 2020", "cut by roughly a quarter to 18,400", "fell by a third.": the
// fraction that article token a opens is the size of a change when "by" comes before it
// (qualifier words may stand between: "by almost a third") and the phrase ends at token e or a
// fraction_after word stands there (number_context.tsv). Before a noun ("by a third party")
// it is not; nor before "to" and an hour ("by a quarter to six").
bool ChangeByFraction(const TokenizedText& text, std::size_t a, std::size_t e,
                      const Lexicon& lexicon) {
  bool by = false;
  for (std::size_t back = 1; back <= 3 && back <= a && text.SameLine(a - back + 1); ++back) {
    std::size_t t = a - back;
    if (!text.IsWord(t)) break;
    if (EqualsIgnoreCase(text.Text(t), "by")) {
      by = true;
      break;
    }
  }
  if (!by) return false;
  if (EndsPhrase(text, e)) return true;
  if (!lexicon.Is(Role::kFractionAfter, text, e)) return false;
  if (text.Text(e) == "to" && text.SameLine(e + 1)) {
    double hour = -1;
    if (text.IsDigits(e + 1) && text.DigitCount(e + 1) <= 2 && !text.Glued(e + 2) &&
        !lexicon.ScaleAt(text, e + 2)) {  // "to 2 million" is an amount
      hour = std::stod(std::string(text.Text(e + 1)));
    } else if (const NumberWord* word = lexicon.NumberWordAt(text, e + 1)) {
      hour = word->ordinal ? -1 : word->value;
    }
    if (hour >= 1 && hour <= 12) return false;
  }
  return true;
}

// "two thirds of a million", "a quarter of a million": the fraction is a share of the scale
// after it, and the whole is a count, rounded to a whole number (2/3 of a million ->
// 666667). Changes core and returns true when "of a <scale>" follows it.
bool ApplyShareOfScale(const TokenizedText& text, const Lexicon& lexicon, CoreNumber& core) {
  std::size_t k = core.end;
  if (!text.SameLine(k) || !text.SameLine(k + 1) || !text.SameLine(k + 2) ||
      !lexicon.Is(Role::kOf, text, k)) {
    return false;
  }
  const NumberWord* article = lexicon.NumberWordAt(text, k + 1);
  const NumberWord* scale = lexicon.NumberWordAt(text, k + 2);
  if (article == nullptr || article->word_class != WordClass::kArticle || scale == nullptr ||
      scale->word_class != WordClass::kScale || scale->ordinal) {
    return false;
  }
  core.value = std::round(core.value * scale->value);
  core.scale = scale->value;
  core.fraction = false;
  core.end = k + 3;
  return true;
}

// The proportion at token i, without a scale after it.
std::optional<CoreNumber> ReadProportion(const TokenizedText& text, std::size_t i,
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
    if (fraction == nullptr || fraction->plural || !text.SameLine(k) || text.Glued(k)) {
      return std::nullopt;
    }
    // "cut by a half.": a half that ends the phrase is an amount too, but not after the
    // "and" of a mixed quantity ("an hour and a half", "two and a half" is read whole).
    bool of_after = text.SameLine(k + 1) && lexicon.Is(Role::kOf, text, k + 1);
    const NumberWord* before = i >= 1 && text.SameLine(i) ? lexicon.NumberWordAt(text, i - 1)
                                                           : nullptr;
    bool lone_half = fraction->denominator == 2 && EndsPhrase(text, k + 1) &&
                     (before == nullptr || before->word_class != WordClass::kAnd);
    if (!of_after && !lone_half && !ChangeByFraction(text, i, k + 1, lexicon)) {
      return std::nullopt;
    }
    core.value = 1 / fraction->denominator;
    core.end = k + 1;
    return core;
  }
  if (numerator->word_class == WordClass::kHalf) {
    // "half a percentage point", "half an hour": a half of the unit after the article, an
    // amount (not a fraction) whose unit the number reader reads after it.
    const NumberWord* article = text.SameLine(k) ? lexicon.NumberWordAt(text, k) : nullptr;
    if (article != nullptr && article->word_class == WordClass::kArticle &&
        text.SameLine(k + 1) && lexicon.UnitAt(text, k + 1)) {
      core.value = numerator->value;
      core.fraction = false;
      core.end = k + 1;
      return core;
    }
    // "Half of voters", "half of all antibiotics", "half the staff", "half its budget": a
    // bare half before "of", "the" or a possessive and a word is a proportion, unless a word
    // before it picks a part ("the second half of the year", "the other half of", "the
    // northern half of": an article, a number word or a count_modifier).
    if (!text.SameLine(k) || text.Glued(k)) return std::nullopt;
    bool determiner = (lexicon.Is(Role::kArticleThe, text, k) ||
                       lexicon.Is(Role::kPossessive, text, k)) &&
                      text.SameLine(k + 1) && text.IsWord(k + 1) && !text.Glued(k + 1);
    if (!determiner && !lexicon.Is(Role::kOf, text, k)) return std::nullopt;
    if (i >= 1 && text.SameLine(i) && text.IsWord(i - 1) &&
        (lexicon.Is(Role::kArticleThe, text, i - 1) || lexicon.NumberWordAt(text, i - 1) ||
         lexicon.Is(Role::kCountModifier, text, i - 1))) {
      return std::nullopt;
    }
    core.value = numerator->value;
    core.end = k;
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

}  // namespace

std::optional<CoreNumber> ReadFraction(const TokenizedText& text, std::size_t i,
                                       const Lexicon& lexicon) {
  std::optional<CoreNumber> core = ReadProportion(text, i, lexicon);
  if (core) ApplyShareOfScale(text, lexicon, *core);
  return core;
}

}  // namespace tally::internal
