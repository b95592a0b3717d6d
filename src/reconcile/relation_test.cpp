#include "reconcile/relation.h"

#include <gtest/gtest.h>

#include "reconcile/claim_builder_test_util.h"

namespace tally::internal {
namespace {

using testing::ClaimBuilder;
using testing::Jan;

struct RelationCase {
  const char* name;
  Claim previous;
  Claim current;
  Relation expected;
};

ClaimBuilder Killed(double value, Approx approx = Approx::kExact) {
  return ClaimBuilder("killed", value, approx);
}
ClaimBuilder Detained(double value, Approx approx = Approx::kExact) {
  return ClaimBuilder("detained", value, approx);
}
ClaimBuilder Troops(double value, Approx approx) { return ClaimBuilder("deployed", value, approx); }

TEST(RelateClaimsTest, Table) {
  const RelationCase cases[] = {
      // One as-of date.
      {"equal figures", Killed(164).AsOf(Jan(9)), Killed(164).AsOf(Jan(9)), Relation::kSame},
      {"figure and its bound", Killed(164).AsOf(Jan(9)),
       Killed(164, Approx::kAtLeast).AsOf(Jan(9)), Relation::kConsistent},
      {"bound and an estimate in it", Detained(5969, Approx::kAtLeast).AsOf(Jan(9)),
       Detained(6000, Approx::kNearly).AsOf(Jan(9)), Relation::kConsistent},
      {"figure inside an estimate", Detained(7939).AsOf(Jan(10)),
       Detained(8000, Approx::kNearly).AsOf(Jan(10)), Relation::kSame},
      {"disjoint figures", Killed(100).AsOf(Jan(9)), Killed(120).AsOf(Jan(9)),
       Relation::kContradiction},
      // Later as-of dates, cumulative.
      {"lower bound later, satisfied", Killed(164).AsOf(Jan(9)),
       Killed(160, Approx::kAtLeast).AsOf(Jan(12)), Relation::kConsistent},
      {"two lower bounds, later lower", Killed(164, Approx::kAtLeast).AsOf(Jan(9)),
       Killed(160, Approx::kAtLeast).AsOf(Jan(12)), Relation::kConsistent},
      {"rise above a bound", Killed(160, Approx::kAtLeast).AsOf(Jan(12)),
       Killed(225).AsOf(Jan(15)), Relation::kUpdate},
      {"unchanged a week later", Killed(225).AsOf(Jan(15)), Killed(225).AsOf(Jan(22)),
       Relation::kSame},
      {"bound then a higher count", Detained(5969, Approx::kAtLeast).AsOf(Jan(9)),
       Detained(7939).AsOf(Jan(10)), Relation::kUpdate},
      {"count then a higher estimate", Detained(7939).AsOf(Jan(10)),
       Detained(12000, Approx::kAbout).AsOf(Jan(12)), Relation::kUpdate},
      {"count falls", Killed(225).AsOf(Jan(15)), Killed(200).AsOf(Jan(22)),
       Relation::kRevision},
      {"lower bound falls below an earlier bound", Killed(2000, Approx::kMoreThan).AsOf(Jan(5)),
       Killed(1500).AsOf(Jan(6)), Relation::kRevision},
      {"inside an earlier vague amount",
       ClaimBuilder("injured", 0, Approx::kVague).Interval(200, 999).AsOf(Jan(9)),
       ClaimBuilder("injured", 450).AsOf(Jan(12)), Relation::kConsistent},
      {"above an earlier upper bound", Killed(300, Approx::kAtMost).AsOf(Jan(9)),
       Killed(350).AsOf(Jan(12)), Relation::kUpdate},
      {"inside an earlier upper bound", Killed(300, Approx::kAtMost).AsOf(Jan(9)),
       Killed(250).AsOf(Jan(12)), Relation::kConsistent},
      {"given out of order", Detained(7939).AsOf(Jan(10)),
       Detained(5969, Approx::kAtLeast).AsOf(Jan(9)), Relation::kUpdate},
      // No as-of date orders them.
      {"undated bound and estimate", Troops(2000, Approx::kMoreThan),
       Troops(2500, Approx::kAbout), Relation::kContradiction},
      {"undated estimate and bound", Troops(2500, Approx::kAbout),
       Troops(3000, Approx::kMoreThan), Relation::kContradiction},
      {"undated different bounds", Troops(2000, Approx::kMoreThan),
       Troops(3000, Approx::kMoreThan), Relation::kContradiction},
      {"undated same bound", Troops(2000, Approx::kMoreThan), Troops(2000, Approx::kMoreThan),
       Relation::kSame},
      {"undated figure and its bound", Killed(164), Killed(164, Approx::kAtLeast),
       Relation::kConsistent},
      {"undated figure inside a vague amount",
       ClaimBuilder("injured", 0, Approx::kVague).Interval(200, 999),
       ClaimBuilder("injured", 450), Relation::kConsistent},
      {"dated then undated, disjoint", Killed(164).AsOf(Jan(9)), Killed(225),
       Relation::kContradiction},
      {"dated figure then an undated bound it satisfies", Killed(225).AsOf(Jan(22)),
       Killed(160, Approx::kAtLeast), Relation::kConsistent},
      {"dated bound then an undated figure above it",
       Detained(5969, Approx::kAtLeast).AsOf(Jan(9)), Detained(7939), Relation::kConsistent},
      {"dated figure then an undated bound above it", Killed(164).AsOf(Jan(9)),
       Killed(200, Approx::kMoreThan), Relation::kContradiction},
      // Increments: separate windows are unrelated.
      {"increments on two days", Detained(1678).Increment("P1D").AsOf(Jan(12)),
       Detained(1700).Increment("P1D").AsOf(Jan(13)), Relation::kConsistent},
      {"smaller increment later", Detained(1700).Increment("P1D").AsOf(Jan(12)),
       Detained(900).Increment("P1D").AsOf(Jan(13)), Relation::kConsistent},
      {"two figures for one window", Detained(1678).Increment("P1D").AsOf(Jan(12)),
       Detained(1500).Increment("P1D").AsOf(Jan(12)), Relation::kContradiction},
      {"undated increments", Detained(1678).Increment("P1D"),
       Detained(1500).Increment("P1D"), Relation::kConsistent},
      {"same undated increment", Detained(1678).Increment("P1D"),
       Detained(1678).Increment("P1D"), Relation::kSame},
  };
  for (const RelationCase& c : cases) {
    EXPECT_STREQ(RelationName(RelateClaims(c.previous, c.current)), RelationName(c.expected))
        << c.name;
  }
}

TEST(RelationNameTest, NamesEveryRelation) {
  EXPECT_STREQ(RelationName(Relation::kFirst), "first");
  EXPECT_STREQ(RelationName(Relation::kSame), "same");
  EXPECT_STREQ(RelationName(Relation::kConsistent), "consistent");
  EXPECT_STREQ(RelationName(Relation::kUpdate), "update");
  EXPECT_STREQ(RelationName(Relation::kRevision), "revision");
  EXPECT_STREQ(RelationName(Relation::kContradiction), "contradiction");
  EXPECT_STREQ(RelationName(Relation::kPart), "part");
}

}  // namespace
}  // namespace tally::internal
