#include "pipeline/restated_headline.h"

namespace tally::internal {
namespace {

// The subgroup of people besides those counted in the same sentence (claims stage).
constexpr const char* kOthers = "others";

}  // namespace

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
      // "Others" counts people besides those the headline itself names ("a fourth victim,
      // after a shooting that killed three others, has died"); no restatement can widen it.
      if (claim.subgroup != kOthers) claim.subgroup = later.subgroup;
      if (!claim.as_of) claim.as_of = later.as_of;
      if (!claim.place) claim.place = later.place;
      if (!claim.source) claim.source = later.source;
      break;
    }
  }
}

}  // namespace tally::internal
