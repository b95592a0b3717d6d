// The acting body of a claim: who sent the troops a figure counts (data/pipeline/agents.tsv).
#ifndef TALLY_PIPELINE_CLAIM_AGENTS_H_
#define TALLY_PIPELINE_CLAIM_AGENTS_H_

#include <string_view>
#include <vector>

#include "tally/claims.h"
#include "tally/entities.h"
#include "tally/reconcile.h"

namespace tally::internal {

// For each claim of a measure listed in agents.tsv that has no subgroup: the organisation
// named last before its number in its evidence sentence (not the claim's own source), else,
// when the words before the number hold a reference word ("the group"), the last organisation
// named before the sentence. Sets the subgroup to "<short name> <suffix>" and, when the claim
// has no source, the source to the organisation's canonical name. `entities` are those of
// `text`, in text order; claim spans are offsets into `text`. Thread-safe.
void BindAgents(std::string_view text, const std::vector<EntityMention>& entities,
                std::vector<Claim>& claims);

// Within one story: where every claim of an agent measure that names its body names the same
// one, the claims that name none are taken to count that body's figure too (one event, one
// force sent), and get its subgroup.
void ShareSoleAgent(std::vector<SourcedClaim>& claims);

}  // namespace tally::internal

#endif  // TALLY_PIPELINE_CLAIM_AGENTS_H_
