#include "claims/anaphoric_figures.h"

namespace tally::internal::claims {

void MarkAnaphoricFigures(const std::vector<Token>& tokens,
                          const std::vector<const NumberMention*>& numbers,
                          const ClaimLexicon& lexicon, std::vector<Binding>& bindings) {
  for (Binding& binding : bindings) {
    if (!binding.number || binding.subgroup || binding.form != BindingForm::kAfter ||
        binding.added != 0) {
      continue;
    }
    const Span& span = numbers[*binding.number]->span;
    std::size_t first = TokenAt(tokens, span.begin);
    std::size_t after = first;
    while (after < tokens.size() && tokens[after].begin < span.end) ++after;
    if (first == 0 || tokens[first - 1].norm != "the" || after >= tokens.size()) continue;
    // A verb follows: an auxiliary ("the two were killed") or the measure's own past tense
    // ("the three died"); a noun ("the 164 deaths reported") makes an ordinary figure.
    const Token& next = tokens[after];
    const bool verb = lexicon.auxiliaries.count(next.norm) != 0 ||
                      (next.norm.ends_with("ed") && binding.phrase.starts_with(next.norm));
    if (verb) binding.subgroup = "part of them";
  }
}

}  // namespace tally::internal::claims
