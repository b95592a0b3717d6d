// Which series are parts of which whole, and the order series are reported in.
#ifndef TALLY_RECONCILE_SERIES_LAYOUT_H_
#define TALLY_RECONCILE_SERIES_LAYOUT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tally/reconcile.h"

namespace tally::internal {

// The place the story is about: the place most claims name (compared case-insensitively; ties go
// to the alphabetically first), spelled as its first claim spells it. Claims carry canonical
// places, and the country of a story is named by more claims than any city in it. nullopt when
// no claim names a place.
std::optional<std::string> MainPlace(const std::vector<SourcedClaim>& claims);

// Position of a measure in reports: the default vocabulary of docs/DESIGN.md ("Measure") in its
// order (killed, injured, missing, displaced, detained, deployed, protesters, cases), then any
// other measure, which callers order alphabetically.
int MeasureRank(std::string_view measure);

// Sets part_of and returns the series in report order. A series is a whole when it has no
// subgroup and its place is the main place or unknown; every other series is a part of the
// whole with the same measure, preferring one with the same period kind, then one at the main
// place over one with no place. A part with no such whole keeps part_of unset and is reported
// among the wholes. Order: wholes and such parts by measure rank, measure, then cumulative
// before increment, the main place first, no place next, other places alphabetically; each
// followed by its parts (place-only parts first, then by subgroup, place, period kind).
std::vector<Series> ArrangeSeries(std::vector<Series> series,
                                  const std::optional<std::string>& main_place);

}  // namespace tally::internal

#endif  // TALLY_RECONCILE_SERIES_LAYOUT_H_
