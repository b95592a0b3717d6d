#include "pipeline/restated_headline.h"

namespace tally::internal {

void InheritFromRestatement(const std::vector<Sentence>& sentences, std::vector<Claim>& claims) {
  if (sentences.empty()) return;
  const Span& headline = sentences.front().span;
  auto in_headline = [&](const Claim& claim) {
    return claim.evidence.begin == headline.begin && claim.evidence.end == headline.end;
  };
  for (Claim& claim : claims) {
    if (!in_headline(claim)) continue;
    for (const Claim& later : claims) {
      if (in_headline(later) || later.measure != claim.measure || later.value != claim.value ||
          later.approx != claim.approx) {
        continue;
      }
      claim.period = later.period;
      claim.subgroup = later.subgroup;
      if (!claim.as_of) claim.as_of = later.as_of;
      if (!claim.place) claim.place = later.place;
      if (!claim.source) claim.source = later.source;
      break;
    }
  }
}

}  // namespace tally::internal
