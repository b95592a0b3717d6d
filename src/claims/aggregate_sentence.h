// Sentences that tally several events: "in shootings across the city since Friday", "in
// separate incidents". A figure in such a sentence is a tally over those events, not the toll
// of one incident.
#ifndef TALLY_CLAIMS_AGGREGATE_SENTENCE_H_
#define TALLY_CLAIMS_AGGREGATE_SENTENCE_H_

#include <vector>

#include "claims/claim_lexicon.h"
#include "claims/tokens.h"

namespace tally::internal::claims {

// True when the tokens hold a phrase of lexicon.aggregates (data/claims/aggregates.tsv) that
// does not stand in a comparison: "one of the worst mass shootings in the city's history"
// ranks the event among others and tallies nothing (a phrase of
// data/claims/aggregate_comparisons.tsv ends within three words before the aggregate phrase).
bool TalliesSeveralEvents(const std::vector<Token>& tokens, const ClaimLexicon& lexicon);

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_AGGREGATE_SENTENCE_H_
