#include "claims/singular_objects.h"

#include <algorithm>

namespace tally::internal::claims {
namespace {

// "a 25-year-old mother of two": at most four words between the article and the person noun,
// as for singular subjects.
constexpr std::size_t kModifiers = 4;

// The measure whose "before" verb ends at tokens[i] ("killed", "fatally shooting"), or nullptr.
const MeasureLexicon* ActiveVerbAt(const std::vector<Token>& tokens, std::size_t i,
                                   const ClaimLexicon& lexicon) {
  for (const MeasureLexicon& measure : lexicon.measures) {
    if (measure.requires_population) continue;
    for (const Phrase& verb : measure.before) {
      if (verb.back() != tokens[i].norm || i + 1 < verb.size()) continue;
      if (MatchesAt(tokens, i + 1 - verb.size(), verb)) return &measure;
    }
  }
  return nullptr;
}

// The token after the object that starts at `first`, or first when none does.
std::size_t ObjectEnd(const std::vector<Token>& tokens, std::size_t first,
                      const ClaimLexicon& lexicon) {
  const std::size_t n = tokens.size();
  if (first >= n) return first;
  if (tokens[first].norm == "a" || tokens[first].norm == "an") {
    for (std::size_t k = first + 1; k < n && k <= first + kModifiers + 1; ++k) {
      if (!tokens[k].is_word) return first;
      if (lexicon.persons.count(tokens[k].norm)) return k + 1;
    }
    return first;
  }
  // "fatally shooting her boyfriend": a possessive and one person noun, not a list.
  if (lexicon.possessives.count(tokens[first].norm) && first + 1 < n &&
      lexicon.persons.count(tokens[first + 1].norm)) {
    std::size_t end = first + 2;
    while (end < n && tokens[end].is_word && tokens[end].capitalized) ++end;  // the name
    if (end < n && (tokens[end].norm == "and" || tokens[end].norm == ",")) return first;
    return first + 2;
  }
  if (IsAgeWord(tokens[first]) && first + 1 < n && tokens[first + 1].is_word &&
      (tokens[first + 1].capitalized || lexicon.persons.count(tokens[first + 1].norm))) {
    std::size_t end = first + 2;
    while (end < n && tokens[end].is_word && tokens[end].capitalized) ++end;  // the name
    // "killing 30-year-old Jane Roe and her son", "kills 7-year-old daughter, himself": a list
    // the conjunct reader does not join to an age, so no count is read from it.
    if (end < n && (tokens[end].norm == "and" || tokens[end].norm == ",")) return first;
    return end;
  }
  return first;
}

}  // namespace

bool IsAgeWord(const Token& t) {
  if (!t.is_word || t.norm.empty() || t.norm[0] < '0' || t.norm[0] > '9') return false;
  std::size_t hyphen = t.norm.find('-');
  return hyphen != std::string::npos && hyphen + 1 < t.norm.size() &&
         t.norm[hyphen + 1] >= 'a' && t.norm[hyphen + 1] <= 'z';
}

void AddSingularObjects(const std::vector<Token>& tokens, const ClaimLexicon& lexicon,
                        std::vector<Binding>& bindings) {
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    // The object's first word is the cheaper test, so verbs are looked up only before one.
    const Token& next = tokens[i + 1];
    if (next.norm != "a" && next.norm != "an" && !IsAgeWord(next) &&
        !lexicon.possessives.count(next.norm)) {
      continue;
    }
    const MeasureLexicon* measure = ActiveVerbAt(tokens, i, lexicon);
    if (measure == nullptr) continue;
    if (i > 0 && lexicon.negators.count(tokens[i - 1].norm)) continue;
    std::size_t end = ObjectEnd(tokens, i + 1, lexicon);
    if (end == i + 1) continue;
    Span object{tokens[i + 1].begin, tokens[end - 1].end};
    bool taken = std::any_of(bindings.begin(), bindings.end(), [&](const Binding& b) {
      return b.value_span.begin < object.end && object.begin < b.value_span.end;
    });
    if (taken) continue;
    Binding b;
    b.measure = measure;
    b.form = BindingForm::kSingular;
    b.implied_value = 1;
    b.value_span = object;
    b.phrase = tokens[i].norm;
    b.confidence = 0.6;
    bindings.push_back(b);
  }
}

}  // namespace tally::internal::claims
