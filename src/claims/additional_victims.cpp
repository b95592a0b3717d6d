#include "claims/additional_victims.h"

namespace tally::internal::claims {
namespace {

// Words between "also" and the victim: "also [shot and killed] a man", "a man [was] also".
constexpr std::size_t kReach = 4;

bool IsAlso(const Token& t) { return t.norm == "also"; }

}  // namespace

void MarkAdditionalVictims(const std::vector<Token>& tokens, std::vector<Binding>& bindings) {
  for (Binding& binding : bindings) {
    if (binding.form != BindingForm::kSingular || binding.subgroup) continue;
    std::size_t first = TokenAt(tokens, binding.value_span.begin);
    std::size_t after = first;
    while (after < tokens.size() && tokens[after].begin < binding.value_span.end) ++after;
    bool also = false;
    for (std::size_t k = first; k > 0 && first - k < kReach && !also; --k) {
      if (!tokens[k - 1].is_word) break;
      also = IsAlso(tokens[k - 1]);
    }
    for (std::size_t k = after; k < tokens.size() && k - after < kReach && !also; ++k) {
      if (!tokens[k].is_word) break;
      also = IsAlso(tokens[k]);
    }
    if (also) binding.subgroup = "others";
  }
}

}  // namespace tally::internal::claims
