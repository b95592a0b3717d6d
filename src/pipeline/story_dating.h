// Dates the undated documents of a story by the figures they share with its dated documents.
//
// A scraped article often carries no date and names only weekdays ("reported on Wednesday").
// Its story can still place it: a cumulative total only grows, so a whole figure above one that
// another document dates must be newer than that date. The document is read again as if
// published on the earliest day that keeps every such figure newer, and its claims take the
// as-of dates that reading gives ("on Wednesday" is the first Wednesday after the older figure).
// Without this, "about 12,000 detained" in an undated article is a rival of "7,939 on January
// 10" instead of its update.
#ifndef TALLY_PIPELINE_STORY_DATING_H_
#define TALLY_PIPELINE_STORY_DATING_H_

#include <cstddef>
#include <vector>

#include "tally/reconcile.h"
#include "tally/store.h"

namespace tally::internal {

// `members`: the story's documents (indices into `documents`); `claims`: the story's claims,
// each with its document id and ordinal among that document's stored claims. For each member
// with no publication date: its rising claims are its whole cumulative figures (no subgroup)
// whose low end exceeds the high end of a dated whole cumulative figure of the same measure and
// place in another document; the bound is the day after the newest such date. The document is
// read again with each publication day from the bound to six days after it, and the first day
// on which every rising claim that takes an as-of date takes one on or after the bound is the
// document's inferred date. Its claims in `claims` then take that reading's as-of dates
// (matched by measure and number span) and that day as their publication date. Documents with
// no rising claim, or no such day in the week, are left as they are.
void DateUndatedByStory(const std::vector<StoredDocument>& documents,
                        const std::vector<std::size_t>& members,
                        std::vector<SourcedClaim>& claims);

}  // namespace tally::internal

#endif  // TALLY_PIPELINE_STORY_DATING_H_
