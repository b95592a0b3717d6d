// The head of a partitive: in "one of the four was pronounced dead" the verb agrees with
// "one", and the clause counts one person, not the four of the group. The binder reads the
// measure phrase after the nearest figure ("four"); this pass gives it back to the head.
#ifndef TALLY_CLAIMS_PARTITIVE_HEAD_H_
#define TALLY_CLAIMS_PARTITIVE_HEAD_H_

#include <vector>

#include "claims/claim_lexicon.h"
#include "claims/measure_binder.h"
#include "claims/tokens.h"
#include "tally/analyse.h"

namespace tally::internal::claims {

// For each binding of a group figure M in "N of (the|those|these) M ..." whose measure phrase
// comes after an auxiliary (lexicon.auxiliaries: "was", "has"), with N bound to nothing: the
// binding moves to N (number and value span; conjuncts added to M are dropped). N may be the
// word "one", which the number stage does not read as a number before "of": the binding then
// becomes a singular subject of one. The phrase
// before the auxiliary ("two of the five people killed were children") stays with the group.
// Pure apart from bindings.
void MovePartitiveHeads(const std::vector<Token>& tokens,
                        const std::vector<const NumberMention*>& numbers,
                        const ClaimLexicon& lexicon, std::vector<Binding>& bindings);

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_PARTITIVE_HEAD_H_
