#include "claims/actor_suicides.h"

#include <string>

#include "common/data_files.h"

namespace tally::internal::claims {
namespace {

struct SuicidePhrase {
  std::string measure;
  Phrase phrase;
};

const std::vector<SuicidePhrase>& SuicidePhrases() {
  static const std::vector<SuicidePhrase>* const kPhrases = [] {
    auto* phrases = new std::vector<SuicidePhrase>;
    for (const DataRow& row : DataRows("claims/actor_suicides.tsv")) {
      if (row.fields.size() != 2) continue;
      phrases->push_back({row.fields[0], MakePhrase(row.fields[1])});
    }
    return phrases;
  }();
  return *kPhrases;
}

}  // namespace

void AddActorSuicides(const std::vector<Token>& tokens, const ClaimLexicon& /*lexicon*/,
                      std::vector<Binding>& bindings) {
  if (bindings.empty()) return;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    // Every phrase ends in a reflexive or "life"; the cheap test first.
    const std::string& w = tokens[i].norm;
    if (w != "himself" && w != "herself" && w != "life") continue;
    for (const SuicidePhrase& suicide : SuicidePhrases()) {
      const std::size_t size = suicide.phrase.size();
      if (i + 1 < size || !MatchesAt(tokens, i + 1 - size, suicide.phrase)) continue;
      const std::uint32_t begin = tokens[i + 1 - size].begin;
      Binding* last = nullptr;
      for (Binding& b : bindings) {
        if (b.measure->name != suicide.measure || b.value_span.begin >= begin) continue;
        if (b.form == BindingForm::kNegative || b.form == BindingForm::kAttached) continue;
        if (last == nullptr || b.value_span.begin > last->value_span.begin) last = &b;
      }
      if (last != nullptr && !last->subgroup) last->added += 1;
      break;
    }
  }
}

}  // namespace tally::internal::claims
