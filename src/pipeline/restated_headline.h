// A headline figure that the body restates: the headline takes what the body says of it.
#ifndef TALLY_PIPELINE_RESTATED_HEADLINE_H_
#define TALLY_PIPELINE_RESTATED_HEADLINE_H_

#include <vector>

#include "tally/analyse.h"
#include "tally/claims.h"

namespace tally::internal {

// For each claim of the document's first sentence (its headline in scraped text) whose measure
// and figure a later claim of the same document states again with the same qualifier: the
// headline claim takes that claim's period and subgroup (unless its own subgroup is "others":
// people besides those its sentence names), and its as-of date, place and source where it has
// none. A headline compresses what the body says in full: "Police detain nearly
// 1,700" above "... detained nearly 1,700 more people in the past 24 hours, the ministry said"
// is the same increment, and "nearly 8,000 police detained" above "nearly 8,000 people were
// held by police" counts no police officers. The first such later claim is used. Claims are in
// text order, as ExtractClaims gives them.
void InheritFromRestatement(const std::vector<Sentence>& sentences, std::vector<Claim>& claims);

}  // namespace tally::internal

#endif  // TALLY_PIPELINE_RESTATED_HEADLINE_H_
