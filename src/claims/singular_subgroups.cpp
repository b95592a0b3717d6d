#include "claims/singular_subgroups.h"

namespace tally::internal::claims {

void SubgroupSingulars(const std::vector<Token>& tokens, const ClaimLexicon& lexicon,
                       std::vector<Binding>& bindings) {
  for (Binding& binding : bindings) {
    if (binding.form != BindingForm::kSingular || binding.subgroup) continue;
    // The token that ends the value span: the person noun.
    const Token* noun = nullptr;
    for (const Token& t : tokens) {
      if (t.end == binding.value_span.end) noun = &t;
    }
    if (noun == nullptr || !noun->is_word) continue;
    const std::string plural = noun->norm + "s";
    for (const SubgroupPhrase& s : lexicon.subgroups) {
      if (s.phrase.size() == 1 && s.phrase.front() == plural) {
        binding.subgroup = s.canonical;
        break;
      }
    }
  }
}

}  // namespace tally::internal::claims
