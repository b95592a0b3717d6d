#include "reconcile/relation.h"

#include <utility>

#include "reconcile/figure.h"

namespace tally {

const char* RelationName(Relation relation) {
  switch (relation) {
    case Relation::kFirst: return "first";
    case Relation::kSame: return "same";
    case Relation::kConsistent: return "consistent";
    case Relation::kUpdate: return "update";
    case Relation::kRevision: return "revision";
    case Relation::kContradiction: return "contradiction";
    case Relation::kPart: return "part";
  }
  return "first";
}

namespace internal {
namespace {

bool IsPointOrLowerBound(Approx approx) {
  Shape shape = ShapeOf(approx);
  return shape == Shape::kPoint || shape == Shape::kLowerBound;
}

// Two claims that speak for the same moment (one as-of date).
//   A bound or vague amount that the other figure satisfies is consistent ("at least 5,969"
//   and "nearly 6,000" on Jan 9); disjoint intervals are a contradiction.
Relation RelateSameTime(const Claim& previous, const Claim& current) {
  return IntervalsOverlap(previous, current) ? Relation::kConsistent : Relation::kContradiction;
}

// Two cumulative claims, current with the later as-of date.
//   1. previous was an upper bound or a vague amount, and current lies within it ("hundreds",
//      later "225"): consistent; the later figure says more, not something else.
//   2. current is a point figure or a lower bound above previous's figure: update. This comes
//      before the bound test because "at least 5,969" then "7,939" a day later is the count
//      rising, which is what a reader needs to see, even though 7,939 satisfies the bound.
//   3. intervals overlap: consistent ("164" on Jan 9, "at least 160" on Jan 12).
//   4. disjoint: update when current lies above, revision when below (a count of the dead
//      that falls is news in itself).
Relation RelateLater(const Claim& previous, const Claim& current) {
  const Shape previous_shape = ShapeOf(previous.approx);
  const bool overlap = IntervalsOverlap(previous, current);
  if ((previous_shape == Shape::kUpperBound || previous_shape == Shape::kInterval) && overlap) {
    return Relation::kConsistent;
  }
  if (IsPointOrLowerBound(current.approx) && WrittenFigure(current) > WrittenFigure(previous)) {
    return Relation::kUpdate;
  }
  if (overlap) return Relation::kConsistent;
  return current.lo > previous.hi ? Relation::kUpdate : Relation::kRevision;
}

// Two claims that no as-of date orders (both undated, or one of them).
//   Nothing can explain a difference between them by time, so the rule is stricter than for
//   one shared date: two headline figures (point figures or lower bounds) that differ are a
//   contradiction even when their intervals overlap. News writes "more than 2,000" for a count
//   a little above 2,000, so "more than 2,000", "around 2,500" and "more than 3,000" troops are
//   three outlets giving three figures, not one figure and two loose bounds; a report must show
//   that disagreement rather than explain it away. Otherwise (upper bounds, vague amounts, equal
//   figures) overlap is consistent and disjoint intervals a contradiction.
//   One exception: when one of them is dated, a lower bound that the other figure satisfies is
//   consistent ("at least 160" undated beside 225 as of Jan 22): a count of at least N is not
//   contradicted by a larger count from any time, and the dated figure anchors the series in
//   time, unlike three undated figures side by side.
Relation RelateUnordered(const Claim& previous, const Claim& current) {
  if (previous.as_of.has_value() != current.as_of.has_value() &&
      (ShapeOf(previous.approx) == Shape::kLowerBound ||
       ShapeOf(current.approx) == Shape::kLowerBound) &&
      IntervalsOverlap(previous, current)) {
    return Relation::kConsistent;
  }
  if (IsPointOrLowerBound(previous.approx) && IsPointOrLowerBound(current.approx) &&
      WrittenFigure(previous) != WrittenFigure(current)) {
    return Relation::kContradiction;
  }
  return RelateSameTime(previous, current);
}

}  // namespace

Relation RelateClaims(const Claim& previous_in, const Claim& current_in) {
  const Claim* previous = &previous_in;
  const Claim* current = &current_in;
  if (previous->as_of && current->as_of && *current->as_of < *previous->as_of) {
    std::swap(previous, current);
  }
  // The same figure at any date: same (at a later date it means the count has not moved, as
  // "225" on Jan 15 and again on Jan 22).
  if (SameFigure(*previous, *current)) return Relation::kSame;

  const bool both_dated = previous->as_of.has_value() && current->as_of.has_value();
  const bool same_date = both_dated && *previous->as_of == *current->as_of;

  if (current->period.kind == PeriodKind::kIncrement) {
    // Increments count separate windows ("1,678 in the past 24 hours"): a larger figure for a
    // later window is not an update of an earlier one, nor a contradiction. Only two figures
    // for one known window can disagree; figures for different or unknown windows (an undated
    // "past 24 hours" may be any day) are unrelated, which the relation vocabulary says as
    // consistent: no conflict.
    return same_date ? RelateSameTime(*previous, *current) : Relation::kConsistent;
  }
  if (same_date) return RelateSameTime(*previous, *current);
  if (both_dated) return RelateLater(*previous, *current);
  return RelateUnordered(*previous, *current);
}

}  // namespace internal
}  // namespace tally
