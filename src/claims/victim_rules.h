// The rules of news English about victims that run on a sentence's bindings once the binder
// has read its figures: lists written with commas, the actor among the dead, one more victim,
// figures that point back, late ordinal subjects, the subgroup of one victim. Each rule lives
// in its own file; this names their order.
#ifndef TALLY_CLAIMS_VICTIM_RULES_H_
#define TALLY_CLAIMS_VICTIM_RULES_H_

#include <vector>

#include "claims/claim_lexicon.h"
#include "claims/measure_binder.h"
#include "claims/tokens.h"
#include "tally/analyse.h"

namespace tally::internal::claims {

// In order: JoinCommaListedSubjects, CountListsClosedByActor, MarkAdditionalVictims,
// MarkAnaphoricFigures, AddActorSuicides, AddLateOrdinalSubjects, SubgroupSingulars. Lists are
// joined before the actor is added to them and before a figure is marked a part; the
// subgroup of one victim comes last so that a rule that marks a part ("others") wins. Pure
// apart from bindings.
void ApplyVictimRules(const std::vector<Token>& tokens,
                      const std::vector<const NumberMention*>& numbers,
                      const ClaimLexicon& lexicon, std::vector<Binding>& bindings);

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_VICTIM_RULES_H_
