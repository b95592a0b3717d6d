// The best estimate of a series under a named policy, with the reason it won, and the range of
// figures its claims give.
#ifndef TALLY_RECONCILE_ESTIMATE_H_
#define TALLY_RECONCILE_ESTIMATE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "tally/reconcile.h"

namespace tally::internal {

struct BestEstimate {
  std::size_t entry = 0;  // index into the entries passed in
  std::string reason;     // why it won, in words, e.g. "newest as-of date 2022-01-15; exact; ..."
};

// Picks the best entry of a series. entries must not be empty; their claim indices point into
// claims.
//   Vague amounts ("hundreds") take part only when the series has no other figure; figures
//   reported as denied (Modality::kDenied) only when the series has nothing but them.
//   kLatest: among the entries with the newest as-of date (all entries when none is dated),
//     the most precise qualifier (exact, then about / nearly, then bounds, then vague), then the
//     figure more documents state, then the figure more entries state (an article repeats its
//     whole), then an attributed claim over an unattributed one, then the higher confidence,
//     then the earlier entry.
//   kConservative: the lowest credible figure (ACLED's rule): the lowest low end among point
//     figures (exact, about, nearly), or among all entries when there is none; ties broken as
//     for kLatest.
//   kConsensus: the figure the most documents state; among equals the newest as-of date, then
//     ties broken as for kLatest.
BestEstimate ChooseBest(const std::vector<SeriesEntry>& entries,
                        const std::vector<SourcedClaim>& claims, EstimatePolicy policy);

struct FigureRange {
  double lo = 0;
  double hi = 0;
};

// The lowest and highest figure the entries give. Bounds and point figures count with the
// figure written ("more than 2,000" gives 2,000, not infinity; "about 12,000" gives 12,000, not
// its slack); ranges with their interval; vague amounts with their interval, and only in a
// series that has no other figure. entries must not be empty.
FigureRange SeriesRange(const std::vector<SeriesEntry>& entries,
                        const std::vector<SourcedClaim>& claims);

// How many entries state the same figure as entry (see SameFigure), entry included; a lower
// bound of the same number beside an exact figure ("at least 10" and "10") states it too, as
// an article that opens with the bound and then gives the count repeats one figure.
std::size_t CountMentions(const std::vector<SeriesEntry>& entries,
                          const std::vector<SourcedClaim>& claims, std::size_t entry);

// How many distinct documents state the same figure as entry (see SameFigure), entry included.
std::size_t CountSupportingDocuments(const std::vector<SeriesEntry>& entries,
                                     const std::vector<SourcedClaim>& claims, std::size_t entry);

}  // namespace tally::internal

#endif  // TALLY_RECONCILE_ESTIMATE_H_
