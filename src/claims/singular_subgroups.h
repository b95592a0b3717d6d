// The subgroup of one victim named without a number: "an officer was killed" counts one of the
// security forces, as "two officers were killed" counts two of them.
#ifndef TALLY_CLAIMS_SINGULAR_SUBGROUPS_H_
#define TALLY_CLAIMS_SINGULAR_SUBGROUPS_H_

#include <vector>

#include "claims/claim_lexicon.h"
#include "claims/measure_binder.h"
#include "claims/tokens.h"

namespace tally::internal::claims {

// Each singular binding (form kSingular) without a subgroup whose person noun (the last word
// of its value span), in its plural with "s", is a one-word subgroup phrase of the lexicon
// ("officer" -> "officers" -> security forces) takes that subgroup. Pure apart from bindings.
void SubgroupSingulars(const std::vector<Token>& tokens, const ClaimLexicon& lexicon,
                       std::vector<Binding>& bindings);

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_SINGULAR_SUBGROUPS_H_
