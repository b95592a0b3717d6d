#include "claims/victim_rules.h"

#include "claims/actor_suicides.h"
#include "claims/additional_victims.h"
#include "claims/anaphoric_figures.h"
#include "claims/ordinal_subjects.h"
#include "claims/singular_subgroups.h"
#include "claims/victim_lists.h"

namespace tally::internal::claims {

void ApplyVictimRules(const std::vector<Token>& tokens,
                      const std::vector<const NumberMention*>& numbers,
                      const ClaimLexicon& lexicon, std::vector<Binding>& bindings) {
  JoinCommaListedSubjects(tokens, numbers, lexicon, bindings);
  CountListsClosedByActor(tokens, numbers, lexicon, bindings);
  MarkAdditionalVictims(tokens, bindings);
  MarkAnaphoricFigures(tokens, numbers, lexicon, bindings);
  AddActorSuicides(tokens, lexicon, bindings);
  AddLateOrdinalSubjects(tokens, lexicon, bindings);
  SubgroupSingulars(tokens, lexicon, bindings);
}

}  // namespace tally::internal::claims
