#include "claims/ordinal_subjects.h"

#include <algorithm>

namespace tally::internal::claims {
namespace {

// "a fourth [teen] [shooting] victim": words between the ordinal and the person noun.
constexpr std::size_t kModifiers = 3;

bool OpensSentence(const std::vector<Token>& tokens, std::size_t i) {
  if (i == 0) return true;
  const std::string& before = tokens[i - 1].norm;
  return before == ":" || before == "-" || before == "—" || before == "–";
}

bool IsPerfectAuxiliary(const Token& t) {
  return t.norm == "has" || t.norm == "have" || t.norm == "had" || t.norm == "been";
}

// The measure marked "ordinal count" with an "after" phrase at token k, or nullptr.
const MeasureLexicon* OrdinalMeasureAt(const std::vector<Token>& tokens, std::size_t k,
                                       const ClaimLexicon& lexicon, std::size_t& length) {
  for (const MeasureLexicon& measure : lexicon.measures) {
    if (!measure.ordinal_counts) continue;
    for (const Phrase& phrase : measure.after) {
      if (MatchesAt(tokens, k, phrase)) {
        length = phrase.size();
        return &measure;
      }
    }
  }
  return nullptr;
}

}  // namespace

void AddLateOrdinalSubjects(const std::vector<Token>& tokens, const ClaimLexicon& lexicon,
                            std::vector<Binding>& bindings) {
  for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
    if ((tokens[i].norm != "a" && tokens[i].norm != "an") || !OpensSentence(tokens, i)) continue;
    auto ordinal = lexicon.ordinals.find(tokens[i + 1].norm);
    if (ordinal == lexicon.ordinals.end()) continue;
    std::size_t noun = i + 2;
    while (noun < tokens.size() && noun <= i + 2 + kModifiers && tokens[noun].is_word &&
           !lexicon.persons.count(tokens[noun].norm)) {
      ++noun;
    }
    if (noun >= tokens.size() || !lexicon.persons.count(tokens[noun].norm)) continue;
    const Span subject{tokens[i].begin, tokens[noun].end};
    const bool taken = std::any_of(bindings.begin(), bindings.end(), [&](const Binding& b) {
      return b.value_span.begin < subject.end && subject.begin < b.value_span.end;
    });
    if (taken) continue;
    for (std::size_t k = noun + 1; k < tokens.size(); ++k) {
      std::size_t length = 0;
      const MeasureLexicon* measure = OrdinalMeasureAt(tokens, k, lexicon, length);
      if (measure == nullptr || !IsPerfectAuxiliary(tokens[k - 1])) continue;
      Binding b;
      b.measure = measure;
      b.form = BindingForm::kAfter;
      b.implied_value = ordinal->second;
      b.value_span = subject;
      for (std::size_t w = k; w < k + length; ++w) {
        b.phrase += (w == k ? "" : " ") + tokens[w].norm;
      }
      b.confidence = 0.6;
      // A figure of the measure between the subject and its verb ("which killed three
      // others") counts the victims before this one, whom the ordinal includes: a part.
      for (Binding& inner : bindings) {
        if (inner.measure == measure && !inner.subgroup && inner.value_span.begin > subject.end &&
            inner.value_span.begin < tokens[k].begin) {
          inner.subgroup = "others";
        }
      }
      bindings.push_back(b);
      break;
    }
    return;  // one subject opens a sentence
  }
}

}  // namespace tally::internal::claims
