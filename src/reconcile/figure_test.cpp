#include "reconcile/figure.h"

#include <gtest/gtest.h>

#include "reconcile/claim_builder_test_util.h"

namespace tally::internal {
namespace {

using testing::ClaimBuilder;

TEST(FigureTest, ShapeOfEveryQualifier) {
  EXPECT_EQ(ShapeOf(Approx::kExact), Shape::kPoint);
  EXPECT_EQ(ShapeOf(Approx::kAbout), Shape::kPoint);
  EXPECT_EQ(ShapeOf(Approx::kNearly), Shape::kPoint);
  EXPECT_EQ(ShapeOf(Approx::kAtLeast), Shape::kLowerBound);
  EXPECT_EQ(ShapeOf(Approx::kMoreThan), Shape::kLowerBound);
  EXPECT_EQ(ShapeOf(Approx::kAtMost), Shape::kUpperBound);
  EXPECT_EQ(ShapeOf(Approx::kVague), Shape::kInterval);
  EXPECT_EQ(ShapeOf(Approx::kRange), Shape::kInterval);
}

TEST(FigureTest, VagueAmountWithoutANumberStandsForItsLowEnd) {
  Claim hundreds = ClaimBuilder("injured", 0, Approx::kVague).Interval(200, 999);
  EXPECT_EQ(WrittenFigure(hundreds), 200);
  Claim dozen = ClaimBuilder("killed", 12, Approx::kVague).Interval(13, 19);
  EXPECT_EQ(WrittenFigure(dozen), 12);
  EXPECT_EQ(WrittenFigure(ClaimBuilder("killed", 164, Approx::kAtLeast)), 164);
}

TEST(FigureTest, IntervalsOverlapWithInfiniteEnds) {
  EXPECT_TRUE(
      IntervalsOverlap(ClaimBuilder("k", 2000, Approx::kMoreThan), ClaimBuilder("k", 2500)));
  EXPECT_TRUE(IntervalsOverlap(ClaimBuilder("k", 164), ClaimBuilder("k", 164)));
  EXPECT_FALSE(IntervalsOverlap(ClaimBuilder("k", 164), ClaimBuilder("k", 225)));
  EXPECT_FALSE(IntervalsOverlap(ClaimBuilder("k", 300, Approx::kAtMost), ClaimBuilder("k", 301)));
}

struct SameCase {
  const char* name;
  Claim a;
  Claim b;
  bool same;
};

TEST(FigureTest, SameFigure) {
  const SameCase cases[] = {
      {"equal exact", ClaimBuilder("k", 225), ClaimBuilder("k", 225), true},
      {"different exact", ClaimBuilder("k", 225), ClaimBuilder("k", 224), false},
      {"exact inside nearly", ClaimBuilder("k", 7939), ClaimBuilder("k", 8000, Approx::kNearly),
       true},
      {"exact outside about", ClaimBuilder("k", 5969), ClaimBuilder("k", 12000, Approx::kAbout),
       false},
      {"equal about and nearly", ClaimBuilder("k", 12000, Approx::kAbout),
       ClaimBuilder("k", 12000, Approx::kNearly), true},
      {"exact and bound of it", ClaimBuilder("k", 164), ClaimBuilder("k", 164, Approx::kAtLeast),
       false},
      {"same bound twice", ClaimBuilder("k", 2000, Approx::kMoreThan),
       ClaimBuilder("k", 2000, Approx::kMoreThan), true},
      {"at least and more than", ClaimBuilder("k", 2000, Approx::kAtLeast),
       ClaimBuilder("k", 2000, Approx::kMoreThan), false},
      {"same vague amount", ClaimBuilder("k", 0, Approx::kVague).Interval(200, 999),
       ClaimBuilder("k", 0, Approx::kVague).Interval(200, 999), true},
  };
  for (const SameCase& c : cases) {
    EXPECT_EQ(SameFigure(c.a, c.b), c.same) << c.name;
    EXPECT_EQ(SameFigure(c.b, c.a), c.same) << c.name << " (swapped)";
  }
}

TEST(FigureTest, PrecisionRankOrdersExactThenEstimatesThenBoundsThenVague) {
  EXPECT_LT(PrecisionRank(Approx::kExact), PrecisionRank(Approx::kAbout));
  EXPECT_EQ(PrecisionRank(Approx::kAbout), PrecisionRank(Approx::kNearly));
  EXPECT_LT(PrecisionRank(Approx::kNearly), PrecisionRank(Approx::kAtLeast));
  EXPECT_EQ(PrecisionRank(Approx::kAtLeast), PrecisionRank(Approx::kAtMost));
  EXPECT_LT(PrecisionRank(Approx::kMoreThan), PrecisionRank(Approx::kVague));
}

}  // namespace
}  // namespace tally::internal
