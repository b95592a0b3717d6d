// One more victim beside those counted already: "he also shot and killed a man who ran to help",
// "a woman was also killed". "Also" adds the person to a toll stated elsewhere; the figure of
// one is a part of that toll, not the whole.
#ifndef TALLY_CLAIMS_ADDITIONAL_VICTIMS_H_
#define TALLY_CLAIMS_ADDITIONAL_VICTIMS_H_

#include <vector>

#include "claims/measure_binder.h"
#include "claims/tokens.h"

namespace tally::internal::claims {

// Each singular binding (form kSingular) without a subgroup with "also" among the four words
// before its value span ("also shot and killed a man") or the four after it ("a man was also
// killed"), with no punctuation between, gets the subgroup "others". Pure apart from bindings.
void MarkAdditionalVictims(const std::vector<Token>& tokens, std::vector<Binding>& bindings);

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_ADDITIONAL_VICTIMS_H_
