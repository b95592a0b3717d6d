// Ordinals after another measure's figure. "A third person has died" is a count of three dead
// (measures marked "ordinal count"), but in "two men were wounded and a third man died" the
// ordinal ranks the person among all the victims the sentence names: one dead, not three.
#ifndef TALLY_CLAIMS_ORDINAL_RANK_H_
#define TALLY_CLAIMS_ORDINAL_RANK_H_

#include <vector>

#include "claims/measure_binder.h"

namespace tally::internal::claims {

// Each ordinal count (a binding with no number, form kAfter and an implied value above one,
// as the binder makes for "a third person has died") that follows, in its sentence, a figure
// of another measure becomes a singular subject of one. Ordinals after a figure of their own
// measure ("two were killed and a third has died") keep their count. Pure apart from bindings.
void RankOrdinalsAfterOtherMeasures(std::vector<Binding>& bindings);

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_ORDINAL_RANK_H_
