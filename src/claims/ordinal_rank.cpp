#include "claims/ordinal_rank.h"

namespace tally::internal::claims {

void RankOrdinalsAfterOtherMeasures(std::vector<Binding>& bindings) {
  for (Binding& ordinal : bindings) {
    if (ordinal.number || ordinal.form != BindingForm::kAfter || ordinal.implied_value <= 1) {
      continue;
    }
    bool other_before = false;
    bool same_before = false;
    for (const Binding& b : bindings) {
      if (&b == &ordinal || b.value_span.begin >= ordinal.value_span.begin) continue;
      if (b.form == BindingForm::kNegative) continue;
      (b.measure == ordinal.measure ? same_before : other_before) = true;
    }
    if (!other_before || same_before) continue;
    ordinal.implied_value = 1;
    ordinal.form = BindingForm::kSingular;
  }
}

}  // namespace tally::internal::claims
