// How reconciliation reads one claim's number: the figure as written, the shape of the interval
// the qualifier allows, and the comparisons the relation rules are built from.
#ifndef TALLY_RECONCILE_FIGURE_H_
#define TALLY_RECONCILE_FIGURE_H_

#include "tally/claims.h"

namespace tally::internal {

// The shape of the interval a qualifier allows.
enum class Shape {
  kPoint,       // exact, about, nearly: one figure, with some slack for about and nearly
  kLowerBound,  // at_least, more_than: [figure, +inf)
  kUpperBound,  // at_most: [0, figure]
  kInterval,    // vague ("hundreds"), range ("10 to 20"): [lo, hi]
};
Shape ShapeOf(Approx approx);

// The figure the text wrote: Claim::value, except for vague amounts and ranges, whose value is
// 0 when the text wrote no single number ("hundreds"): their low end then stands for them.
double WrittenFigure(const Claim& claim);

// True when the intervals [lo, hi] of a and b intersect (hi may be +infinity).
bool IntervalsOverlap(const Claim& a, const Claim& b);

// True when a and b state the same figure: two point figures that are equal, or one point
// figure inside the slack of the other's about / nearly ("7,939" and "nearly 8,000"); or the
// same bound or vague amount twice (same qualifier, same figure and interval).
bool SameFigure(const Claim& a, const Claim& b);

// Rank of a qualifier for choosing a best estimate: exact (0) before about / nearly (1) before
// bounds (2) before vague amounts and ranges (3).
int PrecisionRank(Approx approx);

}  // namespace tally::internal

#endif  // TALLY_RECONCILE_FIGURE_H_
