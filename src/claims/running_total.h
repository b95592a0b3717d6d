// A figure carried into a running total named after it: "police held 40 more people on
// Tuesday, raising the number in custody to 310". The first figure is an increment,
// not a rival of the total.
#ifndef TALLY_CLAIMS_RUNNING_TOTAL_H_
#define TALLY_CLAIMS_RUNNING_TOTAL_H_

#include <cstdint>
#include <vector>

#include "claims/tokens.h"

namespace tally::internal::claims {

// True when, after the figure ending at byte `figure_end` and before the sentence ends, a verb
// of data/claims/running_totals.tsv is followed within four words by a total noun and then,
// within six more, by "to". Tokens are the sentence's. Pure; thread-safe.
bool FeedsRunningTotal(const std::vector<Token>& tokens, std::uint32_t figure_end);

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_RUNNING_TOTAL_H_
