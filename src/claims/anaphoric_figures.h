// Figures that point back to people counted before: "the three died at separate hospitals",
// "the two were pronounced dead". A definite article before a bare number names a group the
// text has already introduced; the figure restates or splits it and is no new whole.
#ifndef TALLY_CLAIMS_ANAPHORIC_FIGURES_H_
#define TALLY_CLAIMS_ANAPHORIC_FIGURES_H_

#include <vector>

#include "claims/claim_lexicon.h"
#include "claims/measure_binder.h"
#include "claims/tokens.h"
#include "tally/analyse.h"

namespace tally::internal::claims {

// Each binding of a number (form kAfter, nothing added) without a subgroup whose number
// follows "the" and is followed by a verb (an auxiliary of lexicon.auxiliaries, or the first
// word of the binding's phrase in "-ed": "the three died"; not "the three men died" nor "the
// 164 deaths") gets the subgroup "part of them". Pure apart from bindings.
void MarkAnaphoricFigures(const std::vector<Token>& tokens,
                          const std::vector<const NumberMention*>& numbers,
                          const ClaimLexicon& lexicon, std::vector<Binding>& bindings);

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_ANAPHORIC_FIGURES_H_
