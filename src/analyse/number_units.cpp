// NumberReader: the unit or counted noun of a number ("164 people", "10 km", "$5", "27 member
// states") and whether a four-digit number counts a noun or is a year.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include "analyse/core_number.h"
#include "analyse/lexicon.h"
#include "analyse/number_reading.h"
#include "common/text.h"

namespace tally::internal {

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
    if (compound && lexicon_.Is(Role::kCollectiveNoun, text_, e) && NounWordAt(n) &&
        PluralShaped(n)) {
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
// or with one word and the plural after it ("27 member states", "40,000 polling stations",
// "900 health care workers").
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
    if (!NounWordAt(n)) return {};
    if (!lexicon_.Is(Role::kCountNoun, text_, n) && !PluralShaped(n)) {
      // "77,860 clean energy jobs", "health care workers": a noun of three words.
      std::size_t m = n + 1;
      if (!NounWordAt(m) || !PluralShaped(m) || lexicon_.Is(Role::kCountModifier, text_, n) ||
          text_.Text(n).size() < 3 || lexicon_.NumberWordAt(text_, k) != nullptr) {
        return {};
      }
      n = m;
    }
    return std::string(text_.text().substr(text_[k].begin, text_[n].end - text_[k].begin));
  }
  return {};
}

// The singular noun after a count of one, when CountUnit finds no plural ("one person died",
// "1 new case."), or empty: a lower-case word of three letters or more, after at most one
// count_modifier, that is no function word (count_stop, not_unit, "of"), no plural, participle
// or adverb ("-ed", "-ing", "-ly"), and that ends the noun phrase: what follows is no
// lower-case word other than a function word or a verb in "-ed" ("one health worker" is left).
std::string NumberReader::SingularCountUnit(std::size_t e) const {
  auto plain_word = [&](std::size_t k) {
    return text_.IsWord(k) && text_.SameLine(k) && !text_.Glued(k) && !text_[k].upper;
  };
  auto ends = [](std::string_view word, std::string_view tail) {
    return word.size() > tail.size() + 1 && word.substr(word.size() - tail.size()) == tail;
  };
  std::size_t k = e;
  if (plain_word(k) && lexicon_.Is(Role::kCountModifier, text_, k)) ++k;  // "one new case"
  if (!plain_word(k) || GluedWordAt(k + 1)) return {};
  std::string_view word = text_.Text(k);
  if (word.size() < 3 || ends(word, "ed") || ends(word, "ing") || ends(word, "ly") ||
      word.back() == 's' || lexicon_.Is(Role::kCountStop, text_, k) ||
      lexicon_.Is(Role::kNotUnit, text_, k) || lexicon_.Is(Role::kCountModifier, text_, k) ||
      lexicon_.Is(Role::kOf, text_, k)) {
    return {};
  }
  std::size_t n = k + 1;
  if (plain_word(n) && !lexicon_.Is(Role::kCountStop, text_, n) && !ends(text_.Text(n), "ed")) {
    return {};
  }
  return std::string(word);
}

// Whether token k is a lower-case word that can stand in a counted noun: on its line, apart
// from the tokens before and after it, and no function word (count_stop, not_unit).
bool NumberReader::NounWordAt(std::size_t k) const {
  return text_.IsWord(k) && text_.SameLine(k) && !text_.Glued(k) && !text_[k].upper &&
         !GluedWordAt(k + 1) && !lexicon_.Is(Role::kCountStop, text_, k) &&
         !lexicon_.Is(Role::kNotUnit, text_, k);
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

}  // namespace tally::internal
