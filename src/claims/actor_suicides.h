// The actor among the dead: "shot his wife before turning the gun on himself" counts two dead,
// as official tallies count a gunman who takes his own life.
#ifndef TALLY_CLAIMS_ACTOR_SUICIDES_H_
#define TALLY_CLAIMS_ACTOR_SUICIDES_H_

#include <vector>

#include "claims/claim_lexicon.h"
#include "claims/measure_binder.h"
#include "claims/tokens.h"

namespace tally::internal::claims {

// For each phrase of data/claims/actor_suicides.tsv in the sentence, the last binding of its
// measure before the phrase (not a negative, not an attached subgroup, without a subgroup)
// counts one more (Binding::added). A sentence with no such figure before the phrase is left
// alone: the suicide alone is no count of the incident. Pure apart from bindings.
void AddActorSuicides(const std::vector<Token>& tokens, const ClaimLexicon& lexicon,
                      std::vector<Binding>& bindings);

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_ACTOR_SUICIDES_H_
