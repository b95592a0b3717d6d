// Victims listed with commas where running text would write "and". Headlines and ledes list
// the dead of one clause as "kills woman, her son, himself", "kills 3 bandmates, self",
// "Mother, 2 children found dead" or "two children, ages 3 and 5, and their mother"; the
// measure holds for the sum of the list.
#ifndef TALLY_CLAIMS_VICTIM_LISTS_H_
#define TALLY_CLAIMS_VICTIM_LISTS_H_

#include <vector>

#include "claims/claim_lexicon.h"
#include "claims/measure_binder.h"
#include "claims/tokens.h"
#include "tally/analyse.h"

namespace tally::internal::claims {

// An object list closed by the actor: a one-word "before" verb of a measure (or "fatally" and
// a verb), then conjuncts separated by commas or "and" (a number, "a"/"an" or a possessive,
// modifiers and a person head; or a bare person noun, as headlines write them), the last of
// them a reflexive ("himself", "self"). The reflexive makes the commas a list, not a clause
// break. Adds one binding whose value is the sum (the actor counts one) and removes the
// bindings of the same measure inside the list. Pure apart from bindings.
void CountListsClosedByActor(const std::vector<Token>& tokens,
                             const std::vector<const NumberMention*>& numbers,
                             const ClaimLexicon& lexicon, std::vector<Binding>& bindings);

// Comma lists around a counted subject that the "and"-only joins of JoinConjoinedSubjects
// leave out:
//   a bare person noun opening the sentence (or following a headline's colon) before a comma
//   and the counted subject: "Mother, 2 children found dead" (3);
//   an age apposition set off by commas between the subject and an "and" conjunct: "two
//   children, ages 3 and 5, and their mother were found dead" (3).
// The binding's value grows by the joined people and its subgroup is dropped. Pure apart from
// bindings.
void JoinCommaListedSubjects(const std::vector<Token>& tokens,
                             const std::vector<const NumberMention*>& numbers,
                             const ClaimLexicon& lexicon, std::vector<Binding>& bindings);

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_VICTIM_LISTS_H_
