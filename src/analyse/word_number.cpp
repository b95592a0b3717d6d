// Numbers written in words and vague amounts (ReadWordNumber of core_number.h).
#include <cmath>
#include <limits>

#include "analyse/core_number.h"
#include "common/text.h"

namespace tally::internal {
namespace {

bool IsSmall(const NumberWord* word) {
  return word != nullptr && (word->word_class == WordClass::kUnit ||
                             word->word_class == WordClass::kTeen ||
                             word->word_class == WordClass::kTens);
}

bool IsMultiplier(const NumberWord* word) {
  return word != nullptr && !word->ordinal &&
         (word->word_class == WordClass::kHundred || word->word_class == WordClass::kScale ||
          word->word_class == WordClass::kDozen);
}

// The fraction of two tokens at k after the "and" of a mixed number: "a half", "a quarter"
// (number words of class half), "a third", "one fourth", "two thirds"; nullopt if none.
std::optional<double> FractionAfterAnd(const TokenizedText& text, std::size_t k,
                                       const Lexicon& lexicon) {
  const NumberWord* numerator = lexicon.NumberWordAt(text, k);
  if (numerator == nullptr || numerator->ordinal) return std::nullopt;
  const NumberWord* part = lexicon.NumberWordAt(text, k + 1);
  if (numerator->word_class == WordClass::kArticle && part != nullptr &&
      part->word_class == WordClass::kHalf) {
    return part->value;
  }
  const Fraction* fraction = lexicon.FractionAt(text, k + 1);
  if (fraction == nullptr) return std::nullopt;
  double n = numerator->word_class == WordClass::kArticle ? 1 : numerator->value;
  if (numerator->word_class != WordClass::kArticle && numerator->word_class != WordClass::kUnit) {
    return std::nullopt;
  }
  if (n < 1 || n >= fraction->denominator || fraction->plural != (n > 1)) return std::nullopt;
  return n / fraction->denominator;
}

std::optional<CoreNumber> ReadVague(const TokenizedText& text, std::size_t i,
                                    const Lexicon& lexicon) {
  std::optional<PhraseTable::Match> match = lexicon.VagueAt(text, i);
  if (!match) return std::nullopt;
  const VagueAmount& amount = lexicon.vague(match->id);
  if (!amount.next.empty()) {
    std::size_t k = match->end;
    if (!text.IsWord(k) || !text.SameLine(k) || !EqualsIgnoreCase(text.Text(k), amount.next)) {
      return std::nullopt;
    }
  }
  CoreNumber core;
  core.begin = i;
  core.end = match->end;
  if (amount.lo == amount.hi) {  // "a couple of": about one figure, read as words
    core.form = CoreNumber::Form::kWords;
    core.value = amount.lo;
    core.approximate = true;
    return core;
  }
  core.form = CoreNumber::Form::kVague;
  core.vague_lo = amount.lo;
  core.vague_hi = amount.hi;
  return core;
}

// The grammar of English cardinals: groups below a thousand ("twenty-five", "one hundred and
// three") closed by descending scales ("two million three hundred thousand"), with an article
// standing for one before a multiplier ("a hundred", "a dozen") and "half a <scale>".
std::optional<CoreNumber> ReadNumberWords(const TokenizedText& text, std::size_t i,
                                          const Lexicon& lexicon) {
  const NumberWord* first = lexicon.NumberWordAt(text, i);
  CoreNumber core;
  core.begin = i;
  core.form = CoreNumber::Form::kWords;

  // "half million", "a quarter-million", "a half-million", "a half-dozen": a part of a scale
  // word or of a dozen. The value is rounded to a whole number: it counts things ("a third
  // million" -> 333333).
  auto part_of_scale = [&](std::size_t part, double share) -> std::optional<CoreNumber> {
    std::size_t k = part + 1;
    if (text.IsChar(k, '-') && text.Glued(k) && text.Glued(k + 1)) ++k;
    const NumberWord* scale = lexicon.NumberWordAt(text, k);
    if (scale == nullptr ||
        (scale->word_class != WordClass::kScale && scale->word_class != WordClass::kDozen) ||
        scale->ordinal || !text.SameLine(k)) {
      return std::nullopt;
    }
    core.value = std::round(share * scale->value);
    core.end = k + 1;
    return core;
  };
  if (first == nullptr) {
    // "quarter million": a bare singular fraction word before a scale. The fraction words
    // that are also ordinals ("third", "fifth") are number words and never get here, so
    // "the third million" stays an ordinal.
    const Fraction* fraction = lexicon.FractionAt(text, i);
    if (fraction == nullptr || fraction->plural) return std::nullopt;
    return part_of_scale(i, 1 / fraction->denominator);
  }
  if (first->word_class == WordClass::kHalf) {
    if (std::optional<CoreNumber> part = part_of_scale(i, first->value)) return part;
    // "half a million", and "half of a million" (the "of" that "a quarter of a million"
    // takes).
    std::size_t a = i + 1;
    if (text.SameLine(a) && lexicon.Is(Role::kOf, text, a)) ++a;
    const NumberWord* article = lexicon.NumberWordAt(text, a);
    const NumberWord* multiplier = lexicon.NumberWordAt(text, a + 1);
    if (article == nullptr || article->word_class != WordClass::kArticle ||
        !IsMultiplier(multiplier) || !text.SameLine(a) || !text.SameLine(a + 1)) {
      return std::nullopt;
    }
    core.value = first->value * multiplier->value;
    core.end = a + 2;
    return core;
  }

  enum class Last { kNone, kSmall, kTens, kHundred, kScale, kDozen };
  Last last = Last::kNone;
  double total = 0;
  double group = 0;
  double last_scale = std::numeric_limits<double>::infinity();
  int scales = 0;  // scale words read
  std::size_t k = i;
  std::size_t end = i;
  if (first->word_class == WordClass::kArticle) {
    // "a" is among the commonest words: one number-word lookup decides most cases.
    const NumberWord* part = lexicon.NumberWordAt(text, i + 1);
    if (!text.SameLine(i + 1)) return std::nullopt;
    if (part != nullptr && part->word_class == WordClass::kHalf) {
      return part_of_scale(i + 1, part->value);
    }
    if (part == nullptr) {
      const Fraction* fraction = lexicon.FractionAt(text, i + 1);
      if (fraction == nullptr || fraction->plural) return std::nullopt;
      return part_of_scale(i + 1, 1 / fraction->denominator);
    }
    if (!IsMultiplier(part)) return std::nullopt;
    group = 1;
    last = Last::kSmall;
    k = i + 1;
  } else if (first->word_class == WordClass::kHundred) {
    // "hundred thousand", "hundred million": a bare hundred stands for one hundred before a
    // scale word; alone ("hundred") it is no number.
    const NumberWord* scale = lexicon.NumberWordAt(text, i + 1);
    if (scale == nullptr || scale->word_class != WordClass::kScale || scale->ordinal ||
        !text.SameLine(i + 1)) {
      return std::nullopt;
    }
    group = 1;
    last = Last::kSmall;
  }
  while (k < text.size()) {
    if (k > i && !text.SameLine(k)) break;
    // "twenty-five"
    if (text.IsChar(k, '-') && text.Glued(k) && last == Last::kTens) {
      const NumberWord* unit = lexicon.NumberWordAt(text, k + 1);
      if (unit == nullptr || !text.Glued(k + 1) || unit->word_class != WordClass::kUnit ||
          unit->value == 0) {
        break;
      }
      ++k;
      continue;
    }
    const NumberWord* word = lexicon.NumberWordAt(text, k);
    if (word == nullptr) break;
    // "two and a half million", "three and a quarter", "five and two thirds": a fraction
    // added to the group.
    if (word->word_class == WordClass::kAnd && (last == Last::kSmall || last == Last::kTens) &&
        group >= 1 && group < 100 && group == static_cast<double>(static_cast<int>(group)) &&
        text.SameLine(k + 1) && text.SameLine(k + 2)) {
      if (std::optional<double> part = FractionAfterAnd(text, k + 1, lexicon)) {
        group += *part;
        last = Last::kSmall;
        k += 3;
        end = k;
        continue;
      }
    }
    // "one hundred and three", "two thousand and five"
    if (word->word_class == WordClass::kAnd) {
      if ((last != Last::kHundred && last != Last::kScale) ||
          !IsSmall(lexicon.NumberWordAt(text, k + 1)) || !text.SameLine(k + 1)) {
        break;
      }
      ++k;
      continue;
    }
    bool fits = false;
    switch (word->word_class) {
      case WordClass::kUnit:
        if (word->value == 0) {
          fits = last == Last::kNone;  // "zero" stands alone
        } else {
          fits = last == Last::kNone || last == Last::kHundred || last == Last::kScale ||
                 last == Last::kTens;
        }
        if (fits) {
          group += word->value;
          last = Last::kSmall;
        }
        break;
      case WordClass::kTeen:
      case WordClass::kTens:
        fits = last == Last::kNone || last == Last::kHundred || last == Last::kScale;
        if (fits) {
          group += word->value;
          last = word->word_class == WordClass::kTens ? Last::kTens : Last::kSmall;
        }
        break;
      case WordClass::kHundred:
        fits = (last == Last::kSmall || last == Last::kTens) && group > 0 && group < 100;
        if (fits) {
          group *= word->value;
          last = Last::kHundred;
        }
        break;
      case WordClass::kScale:
        fits = (last == Last::kSmall || last == Last::kTens || last == Last::kHundred) &&
               group > 0 && word->value < last_scale;
        // "three lakh crore", "two thousand million": a larger scale right after the first
        // scale multiplies the whole.
        if (!fits && last == Last::kScale && group == 0 && scales == 1 &&
            word->value > last_scale) {
          total *= word->value;
          last_scale = word->value;
          fits = true;
          break;
        }
        if (fits) {
          ++scales;
          total += group * word->value;
          group = 0;
          last_scale = word->value;
          last = Last::kScale;
        }
        break;
      case WordClass::kDozen:
        fits = (last == Last::kSmall || last == Last::kTens) && group > 0 && group < 100;
        if (fits) {
          group *= word->value;
          last = Last::kDozen;
        }
        break;
      case WordClass::kArticle:
      case WordClass::kHalf:
      case WordClass::kAnd:
        break;
    }
    if (!fits) break;
    ++k;
    end = k;
    if (word->ordinal) {
      core.ordinal = true;
      break;
    }
    if (last == Last::kDozen) break;
  }
  if (end == i) return std::nullopt;
  core.value = total + group;
  core.end = end;
  core.lone_one = end == i + 1 && first->word_class == WordClass::kUnit && first->value == 1 &&
                  !first->ordinal;
  return core;
}

}  // namespace

std::optional<CoreNumber> ReadWordNumber(const TokenizedText& text, std::size_t i,
                                         const Lexicon& lexicon) {
  // Number words and vague amounts all start with a word of MayStartNumber's filter; the
  // time tagger asks about every token, so the miss must be cheap.
  if (!text.IsWord(i) || !lexicon.MayStartNumber(text, i)) return std::nullopt;
  if (std::optional<CoreNumber> vague = ReadVague(text, i, lexicon)) return vague;
  return ReadNumberWords(text, i, lexicon);
}

std::optional<CoreNumber> ReadCoreNumber(const TokenizedText& text, std::size_t i,
                                         const Lexicon& lexicon) {
  if (text.IsDigits(i)) return ReadDigitNumber(text, i, lexicon);
  return ReadWordNumber(text, i, lexicon);
}

}  // namespace tally::internal
