#include "reconcile/series_layout.h"

#include <gtest/gtest.h>

#include "reconcile/claim_builder_test_util.h"

namespace tally::internal {
namespace {

using testing::ClaimBuilder;

Series MakeSeries(std::string measure, std::optional<std::string> place,
                  std::optional<std::string> subgroup = std::nullopt,
                  PeriodKind period = PeriodKind::kCumulative) {
  Series series;
  series.measure = std::move(measure);
  series.place = std::move(place);
  series.subgroup = std::move(subgroup);
  series.period = period;
  return series;
}

// One line per series: "measure place/subgroup period <- whole", indented when a part.
std::vector<std::string> Describe(const std::vector<Series>& series) {
  std::vector<std::string> lines;
  for (const Series& s : series) {
    std::string line = s.part_of ? "  " : "";
    line += s.measure + " " + s.place.value_or("-") + "/" + s.subgroup.value_or("-");
    if (s.period == PeriodKind::kIncrement) line += " increment";
    if (s.part_of) line += " <- " + std::to_string(*s.part_of);
    lines.push_back(line);
  }
  return lines;
}

TEST(MainPlaceTest, MostNamedPlaceCaseInsensitively) {
  std::vector<SourcedClaim> claims = {
      ClaimBuilder("killed", 1).Place("Almaty"),
      ClaimBuilder("killed", 1).Place("Kazakhstan"),
      ClaimBuilder("killed", 1).Place("kazakhstan"),
      ClaimBuilder("killed", 1).Place(std::nullopt),
      ClaimBuilder("killed", 1).Place(std::nullopt),
      ClaimBuilder("killed", 1).Place(std::nullopt),
  };
  EXPECT_EQ(MainPlace(claims), "Kazakhstan");
}

TEST(MainPlaceTest, TiesGoToTheAlphabeticallyFirst) {
  std::vector<SourcedClaim> claims = {ClaimBuilder("killed", 1).Place("Zhanaozen"),
                                      ClaimBuilder("killed", 1).Place("Almaty")};
  EXPECT_EQ(MainPlace(claims), "Almaty");
  EXPECT_EQ(MainPlace({ClaimBuilder("killed", 1).Place(std::nullopt)}), std::nullopt);
}

TEST(MeasureRankTest, DesignOrderThenOthers) {
  EXPECT_LT(MeasureRank("killed"), MeasureRank("injured"));
  EXPECT_LT(MeasureRank("injured"), MeasureRank("detained"));
  EXPECT_LT(MeasureRank("detained"), MeasureRank("deployed"));
  EXPECT_LT(MeasureRank("deployed"), MeasureRank("cases"));
  EXPECT_LT(MeasureRank("cases"), MeasureRank("evacuated_pets"));
  EXPECT_EQ(MeasureRank("arrests_x"), MeasureRank("zzz"));
}

TEST(ArrangeSeriesTest, WholesByMeasureEachFollowedByItsParts) {
  std::vector<Series> series = {
      MakeSeries("detained", "Almaty", std::nullopt, PeriodKind::kIncrement),
      MakeSeries("killed", "Kazakhstan", "children"),
      MakeSeries("deployed", "Kazakhstan", "CSTO troops"),
      MakeSeries("detained", "Kazakhstan"),
      MakeSeries("killed", "Almaty"),
      MakeSeries("killed", "Kazakhstan", "security forces"),
      MakeSeries("zeta", std::nullopt),
      MakeSeries("killed", "Kazakhstan"),
      MakeSeries("alpha", "Kazakhstan"),
      MakeSeries("detained", "Kazakhstan", std::nullopt, PeriodKind::kIncrement),
  };
  std::vector<std::string> expected = {
      "killed Kazakhstan/-",
      "  killed Almaty/- <- 0",
      "  killed Kazakhstan/children <- 0",
      "  killed Kazakhstan/security forces <- 0",
      "detained Kazakhstan/-",
      "detained Kazakhstan/- increment",
      "  detained Almaty/- increment <- 5",
      // No whole for deployed: the subgroup series stays, at its measure's place.
      "deployed Kazakhstan/CSTO troops",
      "alpha Kazakhstan/-",
      "zeta -/-",
  };
  EXPECT_EQ(Describe(ArrangeSeries(std::move(series), "Kazakhstan")), expected);
}

TEST(ArrangeSeriesTest, PartsFallBackToAWholeWithoutPlace) {
  std::vector<Series> series = {MakeSeries("killed", "Kazakhstan", "children"),
                                MakeSeries("killed", std::nullopt)};
  std::vector<std::string> expected = {"killed -/-", "  killed Kazakhstan/children <- 0"};
  EXPECT_EQ(Describe(ArrangeSeries(std::move(series), "Kazakhstan")), expected);
}

}  // namespace
}  // namespace tally::internal
