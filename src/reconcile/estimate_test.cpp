#include "reconcile/estimate.h"

#include <cmath>

#include <gtest/gtest.h>

#include "reconcile/claim_builder_test_util.h"

namespace tally::internal {
namespace {

using testing::ClaimBuilder;
using testing::Jan;

// Entries for the claims in the order given (ChooseBest does not depend on relations).
std::vector<SeriesEntry> EntriesFor(const std::vector<SourcedClaim>& claims) {
  std::vector<SeriesEntry> entries;
  for (std::size_t i = 0; i < claims.size(); ++i) entries.push_back({i, Relation::kFirst});
  return entries;
}

BestEstimate Best(const std::vector<SourcedClaim>& claims,
                  EstimatePolicy policy = EstimatePolicy::kLatest) {
  return ChooseBest(EntriesFor(claims), claims, policy);
}

TEST(ChooseBestLatestTest, NewestAsOfDateWins) {
  std::vector<SourcedClaim> claims = {
      ClaimBuilder("killed", 164).AsOf(Jan(9)).Source("health ministry").Document("a"),
      ClaimBuilder("killed", 225).AsOf(Jan(15)).Source("prosecutor's office").Document("b"),
      ClaimBuilder("killed", 225).AsOf(Jan(22)).Document("c"),
  };
  BestEstimate best = Best(claims);
  EXPECT_EQ(best.entry, 2u);
  EXPECT_EQ(best.reason, "newest as-of date 2022-01-22; exact; unattributed; 2 sources");
}

TEST(ChooseBestLatestTest, ExactBeatsBoundsAtTheSameDate) {
  std::vector<SourcedClaim> claims = {
      ClaimBuilder("detained", 5969, Approx::kAtLeast).AsOf(Jan(9)).Source("ministry"),
      ClaimBuilder("detained", 6000, Approx::kNearly).AsOf(Jan(9)).Source("ministry"),
      ClaimBuilder("detained", 5980).AsOf(Jan(9)),
  };
  EXPECT_EQ(Best(claims).entry, 2u);
}

TEST(ChooseBestLatestTest, TheFigureADocumentRepeatsBeatsADetailItWritesOnce) {
  // One article: the toll in its headline and lede, a detail attributed once.
  std::vector<SourcedClaim> claims = {
      ClaimBuilder("killed", 3).AsOf(Jan(9)),
      ClaimBuilder("killed", 2).AsOf(Jan(9)).Source("police"),
      ClaimBuilder("killed", 3).AsOf(Jan(9)),
  };
  EXPECT_EQ(Best(claims).entry, 0u);
  EXPECT_EQ(CountMentions(EntriesFor(claims), claims, 2), 2u);
}

TEST(ChooseBestLatestTest, ALowerBoundOfTheSameNumberRestatesTheFigure) {
  // One article: "killing at least 10" in its lede, "10 were dead" later, and an earlier
  // report of 13 written once.
  std::vector<SourcedClaim> claims = {
      ClaimBuilder("killed", 10, Approx::kAtLeast).AsOf(Jan(9)),
      ClaimBuilder("killed", 10).AsOf(Jan(9)),
      ClaimBuilder("killed", 13).AsOf(Jan(9)),
  };
  EXPECT_EQ(Best(claims).entry, 1u);
  EXPECT_EQ(CountMentions(EntriesFor(claims), claims, 1), 2u);
  EXPECT_EQ(CountMentions(EntriesFor(claims), claims, 2), 1u);
}

TEST(ChooseBestLatestTest, OfFiguresWrittenOnceTheLargerIsTheWhole) {
  // One article: the wounded in all, then one of them, attributed; both for the same day.
  std::vector<SourcedClaim> claims = {
      ClaimBuilder("injured", 1).AsOf(Jan(9)).Source("police"),
      ClaimBuilder("injured", 4).AsOf(Jan(9)),
  };
  EXPECT_EQ(Best(claims).entry, 1u);
  // A newer day still comes first.
  claims[0] = ClaimBuilder("injured", 1).AsOf(Jan(10));
  EXPECT_EQ(Best(claims).entry, 0u);
}

TEST(ChooseBestLatestTest, RepeatedThenLargerThenAttributedThenConfident) {
  std::vector<SourcedClaim> repeated = {
      ClaimBuilder("killed", 110).AsOf(Jan(9)).Document("a"),
      ClaimBuilder("killed", 100).AsOf(Jan(9)).Document("b"),
      ClaimBuilder("killed", 100).AsOf(Jan(8)).Document("c"),
  };
  EXPECT_EQ(Best(repeated).entry, 1u);

  std::vector<SourcedClaim> larger = {
      ClaimBuilder("killed", 100).AsOf(Jan(9)).Source("police").Document("a"),
      ClaimBuilder("killed", 110).AsOf(Jan(9)).Document("b"),
  };
  EXPECT_EQ(Best(larger).entry, 1u);

  // Bounds with the same low end are different figures that only attribution and confidence
  // tell apart.
  std::vector<SourcedClaim> attributed = {
      ClaimBuilder("killed", 100, Approx::kAtLeast).AsOf(Jan(9)).Document("a"),
      ClaimBuilder("killed", 100, Approx::kMoreThan).AsOf(Jan(9)).Source("police").Document("b"),
  };
  BestEstimate best = Best(attributed);
  EXPECT_EQ(best.entry, 1u);
  EXPECT_EQ(best.reason,
            "newest as-of date 2022-01-09; more than; attributed to police; 1 source");

  std::vector<SourcedClaim> confident = {
      ClaimBuilder("killed", 100, Approx::kAtLeast).AsOf(Jan(9)).Confidence(0.4),
      ClaimBuilder("killed", 100, Approx::kMoreThan).AsOf(Jan(9)).Confidence(0.9),
  };
  EXPECT_EQ(Best(confident).entry, 1u);
}

TEST(ChooseBestLatestTest, UndatedOnlyWhenNothingIsDated) {
  std::vector<SourcedClaim> mixed = {
      ClaimBuilder("killed", 10).AsOf(Jan(3)),
      ClaimBuilder("killed", 50),
  };
  EXPECT_EQ(Best(mixed).entry, 0u);

  std::vector<SourcedClaim> undated = {
      ClaimBuilder("deployed", 2000, Approx::kMoreThan).Source("CSTO"),
      ClaimBuilder("deployed", 2500, Approx::kAbout).Source("CSTO"),
  };
  BestEstimate best = Best(undated);
  EXPECT_EQ(best.entry, 1u);  // about (an estimate) is more precise than a bound
  EXPECT_EQ(best.reason, "no as-of dates; about; attributed to CSTO; 1 source");
}

TEST(ChooseBestConservativeTest, LowestPointFigure) {
  std::vector<SourcedClaim> claims = {
      ClaimBuilder("killed", 164, Approx::kAtLeast).AsOf(Jan(9)),
      ClaimBuilder("killed", 164).AsOf(Jan(9)).Source("health ministry"),
      ClaimBuilder("killed", 160, Approx::kAtLeast).AsOf(Jan(12)),
      ClaimBuilder("killed", 225).AsOf(Jan(15)),
  };
  BestEstimate best = Best(claims, EstimatePolicy::kConservative);
  // "at least 160" is lower but is a bound, not a credible figure.
  EXPECT_EQ(best.entry, 1u);
  EXPECT_EQ(best.reason,
            "lowest point figure (as of 2022-01-09); exact; attributed to health ministry; "
            "1 source");
}

TEST(ChooseBestConservativeTest, LowestBoundWhenNoPointFigure) {
  std::vector<SourcedClaim> claims = {
      ClaimBuilder("deployed", 3000, Approx::kMoreThan),
      ClaimBuilder("deployed", 2000, Approx::kMoreThan),
  };
  BestEstimate best = Best(claims, EstimatePolicy::kConservative);
  EXPECT_EQ(best.entry, 1u);
  EXPECT_EQ(best.reason, "lowest figure (undated); more than; unattributed; 1 source");
}

TEST(SeriesRangeTest, BoundsCountWithTheirWrittenFigure) {
  std::vector<SourcedClaim> claims = {
      ClaimBuilder("deployed", 2000, Approx::kMoreThan),
      ClaimBuilder("deployed", 2500, Approx::kAbout),
      ClaimBuilder("deployed", 3000, Approx::kMoreThan),
  };
  FigureRange range = SeriesRange(EntriesFor(claims), claims);
  EXPECT_EQ(range.lo, 2000);
  EXPECT_EQ(range.hi, 3000);
}

TEST(SeriesRangeTest, VagueAmountsCountOnlyWithoutFigures) {
  std::vector<SourcedClaim> claims = {
      ClaimBuilder("injured", 0, Approx::kVague).Interval(200, 999),
      ClaimBuilder("injured", 450),
      ClaimBuilder("injured", 0, Approx::kVague).Interval(1000, INFINITY),
  };
  FigureRange range = SeriesRange(EntriesFor(claims), claims);
  EXPECT_EQ(range.lo, 450);
  EXPECT_EQ(range.hi, 450);

  std::vector<SourcedClaim> vague_only = {
      ClaimBuilder("injured", 0, Approx::kVague).Interval(200, 999),
      ClaimBuilder("injured", 0, Approx::kVague).Interval(1000, INFINITY),
  };
  range = SeriesRange(EntriesFor(vague_only), vague_only);
  EXPECT_EQ(range.lo, 200);
  EXPECT_EQ(range.hi, 1000);
}

TEST(ChooseBestTest, ConsensusPicksTheFigureMostDocumentsState) {
  std::vector<SourcedClaim> claims = {
      ClaimBuilder("deployed", 2000, Approx::kMoreThan).Document("a"),
      ClaimBuilder("deployed", 2500, Approx::kAbout).Document("b"),
      ClaimBuilder("deployed", 2000, Approx::kMoreThan).Document("c"),
      ClaimBuilder("deployed", 3000, Approx::kMoreThan).Document("d"),
  };
  BestEstimate best = ChooseBest(EntriesFor(claims), claims, EstimatePolicy::kConsensus);
  EXPECT_EQ(claims[best.entry].claim.value, 2000);
  EXPECT_NE(best.reason.find("most documents"), std::string::npos) << best.reason;
}

TEST(ChooseBestTest, LatestSetsAsideVagueAmountsWhenThereAreFigures) {
  std::vector<SourcedClaim> claims = {
      ClaimBuilder("injured", 4353).AsOf(*Date::FromYmd(2022, 1, 15)),
      ClaimBuilder("injured", 0, Approx::kVague)
          .Interval(2000, 9999)
          .AsOf(*Date::FromYmd(2022, 1, 22)),
  };
  BestEstimate best = ChooseBest(EntriesFor(claims), claims, EstimatePolicy::kLatest);
  EXPECT_EQ(best.entry, 0u);
}

TEST(ChooseBestTest, ADeniedFigureStandsInOnlyWhenThereIsNothingElse) {
  std::vector<SourcedClaim> claims = {
      ClaimBuilder("killed", 12).AsOf(Jan(9)).Source("army").Document("a"),
      ClaimBuilder("killed", 60).AsOf(Jan(10)).Source("army").Document("b"),
  };
  claims[1].claim.modality = Modality::kDenied;  // "the army denied reports that 60 died"
  for (EstimatePolicy policy : {EstimatePolicy::kLatest, EstimatePolicy::kConservative,
                                EstimatePolicy::kConsensus}) {
    EXPECT_EQ(Best(claims, policy).entry, 0u) << EstimatePolicyName(policy);
  }
  claims[0].claim.modality = Modality::kDenied;
  EXPECT_EQ(Best(claims).entry, 1u);
}

TEST(CountSupportingDocumentsTest, CountsDistinctDocumentsWithTheSameFigure) {
  std::vector<SourcedClaim> claims = {
      ClaimBuilder("killed", 225).Document("a"),
      ClaimBuilder("killed", 225).Document("a"),
      ClaimBuilder("killed", 225).Document("b"),
      ClaimBuilder("killed", 164).Document("c"),
  };
  std::vector<SeriesEntry> entries = EntriesFor(claims);
  EXPECT_EQ(CountSupportingDocuments(entries, claims, 0), 2u);
  EXPECT_EQ(CountSupportingDocuments(entries, claims, 3), 1u);
}

TEST(EstimatePolicyNameTest, NamesPolicies) {
  EXPECT_STREQ(EstimatePolicyName(EstimatePolicy::kLatest), "latest");
  EXPECT_STREQ(EstimatePolicyName(EstimatePolicy::kConservative), "conservative");
}

}  // namespace
}  // namespace tally::internal
