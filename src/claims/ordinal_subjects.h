// Ordinal subjects whose verb comes late: "A fourth victim in a shooting at a party, which
// killed three others, has died" says the dead now number four. The binder reads "a third
// person has died" when the verb follows within a few words; news English often sets a place
// and a relative clause between the subject and its perfect verb.
#ifndef TALLY_CLAIMS_ORDINAL_SUBJECTS_H_
#define TALLY_CLAIMS_ORDINAL_SUBJECTS_H_

#include <vector>

#include "claims/claim_lexicon.h"
#include "claims/measure_binder.h"
#include "claims/tokens.h"

namespace tally::internal::claims {

// For "a"/"an", an ordinal of lexicon.ordinals and, within four words, a person noun
// (lexicon.persons) that opens the sentence (first token, or after a dash or colon), with no
// binding on those words: the first "after" phrase of a measure marked "ordinal count" later in
// the sentence that follows a perfect auxiliary ("has", "have", "had", "been") is the subject's
// verb. Adds a binding (form kAfter, no number) whose implied value is the ordinal; bindings of
// that measure between the subject and the verb ("which killed three others") count the
// victims the ordinal includes and get the subgroup "others". Pure apart from bindings.
void AddLateOrdinalSubjects(const std::vector<Token>& tokens, const ClaimLexicon& lexicon,
                            std::vector<Binding>& bindings);

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_ORDINAL_SUBJECTS_H_
