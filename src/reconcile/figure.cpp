#include "reconcile/figure.h"

namespace tally::internal {

Shape ShapeOf(Approx approx) {
  switch (approx) {
    case Approx::kExact:
    case Approx::kAbout:
    case Approx::kNearly:
      return Shape::kPoint;
    case Approx::kAtLeast:
    case Approx::kMoreThan:
      return Shape::kLowerBound;
    case Approx::kAtMost:
      return Shape::kUpperBound;
    case Approx::kVague:
    case Approx::kRange:
      return Shape::kInterval;
  }
  return Shape::kInterval;
}

double WrittenFigure(const Claim& claim) {
  if (ShapeOf(claim.approx) == Shape::kInterval && claim.value == 0) return claim.lo;
  return claim.value;
}

bool IntervalsOverlap(const Claim& a, const Claim& b) { return a.lo <= b.hi && b.lo <= a.hi; }

static bool HasSlack(Approx approx) {
  return approx == Approx::kAbout || approx == Approx::kNearly;
}

static bool Inside(double figure, const Claim& claim) {
  return claim.lo <= figure && figure <= claim.hi;
}

bool SameFigure(const Claim& a, const Claim& b) {
  const double fa = WrittenFigure(a);
  const double fb = WrittenFigure(b);
  if (ShapeOf(a.approx) == Shape::kPoint && ShapeOf(b.approx) == Shape::kPoint) {
    if (fa == fb) return true;
    return (HasSlack(b.approx) && Inside(fa, b)) || (HasSlack(a.approx) && Inside(fb, a));
  }
  return a.approx == b.approx && fa == fb && a.lo == b.lo && a.hi == b.hi;
}

int PrecisionRank(Approx approx) {
  if (approx == Approx::kExact) return 0;
  switch (ShapeOf(approx)) {
    case Shape::kPoint: return 1;
    case Shape::kLowerBound:
    case Shape::kUpperBound: return 2;
    case Shape::kInterval: return 3;
  }
  return 3;
}

}  // namespace tally::internal
