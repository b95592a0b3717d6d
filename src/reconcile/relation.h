// The pairwise relation rules of a series (docs/DESIGN.md, "Series"): how a claim stands to the
// claim before it.
#ifndef TALLY_RECONCILE_RELATION_H_
#define TALLY_RECONCILE_RELATION_H_

#include "tally/claims.h"
#include "tally/reconcile.h"

namespace tally::internal {

// The relation of current to previous, two claims of one series (same measure, subgroup, place
// and period kind), current not earlier than previous in series order (by as-of date, undated
// last); when both are dated and current is earlier, their roles are swapped. Returns one of
// kSame, kConsistent, kUpdate, kRevision, kContradiction; never kFirst or kPart, which depend on
// the series, not on the pair. The rules are written out in relation.cpp.
Relation RelateClaims(const Claim& previous, const Claim& current);

}  // namespace tally::internal

#endif  // TALLY_RECONCILE_RELATION_H_
