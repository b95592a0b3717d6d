#include "tally/reconcile.h"

#include <cmath>

#include <gtest/gtest.h>

#include "reconcile/claim_builder_test_util.h"

namespace tally {
namespace {

using testing::ClaimBuilder;
using testing::Jan;

// One series in one line: "relation figure@as-of" per entry, as in "first 164@9 | update 225@15".
std::string Describe(const Reconciliation& r, const Series& series) {
  std::string out;
  for (const SeriesEntry& entry : series.entries) {
    const Claim& claim = r.claims[entry.claim].claim;
    if (!out.empty()) out += " | ";
    out += RelationName(entry.relation);
    out += " ";
    if (claim.approx == Approx::kAtLeast) out += ">=";
    if (claim.approx == Approx::kMoreThan) out += ">";
    if (claim.approx == Approx::kAbout) out += "~";
    if (claim.approx == Approx::kNearly) out += "<~";
    out += std::to_string(static_cast<long long>(claim.value));
    out += "@" + (claim.as_of ? std::to_string(claim.as_of->day()) : std::string("-"));
  }
  return out;
}

const Claim& BestClaim(const Reconciliation& r, const Series& series) {
  return r.claims[series.entries[series.best].claim].claim;
}

// The killed figures of the seed story, with the publication dates their articles support.
std::vector<SourcedClaim> SeedKilled() {
  return {
      ClaimBuilder("killed", 225).AsOf(Jan(22)).Published(Jan(22)).Document("d000"),
      ClaimBuilder("killed", 164).AsOf(Jan(9)).Published(Jan(10)).Source("health ministry")
          .Document("d001"),
      ClaimBuilder("killed", 225).AsOf(Jan(15)).Published(Jan(15))
          .Source("prosecutor's office").Document("d002"),
      ClaimBuilder("killed", 164, Approx::kAtLeast).AsOf(Jan(9)).Published(Jan(9))
          .Document("d003"),
      ClaimBuilder("killed", 160, Approx::kAtLeast).AsOf(Jan(12)).Document("d004"),
  };
}

TEST(ReconcileTest, NoClaimsNoSeries) {
  EXPECT_TRUE(Reconcile({}, {}).series.empty());
}

TEST(ReconcileTest, SeedKilledSeries) {
  Reconciliation r = Reconcile(SeedKilled(), {});
  ASSERT_EQ(r.series.size(), 1u);
  const Series& killed = r.series[0];
  EXPECT_EQ(killed.measure, "killed");
  EXPECT_EQ(killed.place, "Kazakhstan");
  EXPECT_FALSE(killed.subgroup.has_value());
  EXPECT_FALSE(killed.part_of.has_value());
  // The two Jan 9 figures are ordered by publication date: the bound came out a day earlier.
  EXPECT_EQ(Describe(r, killed),
            "first >=164@9 | consistent 164@9 | consistent >=160@12 | update 225@15 | "
            "same 225@22");
  EXPECT_EQ(BestClaim(r, killed).value, 225);
  EXPECT_EQ(killed.reason, "newest as-of date 2022-01-22; exact; unattributed; 2 sources");
  EXPECT_EQ(killed.range_lo, 160);
  EXPECT_EQ(killed.range_hi, 225);
  EXPECT_FALSE(killed.disputed);
}

// Two undated articles beside dated ones: one restates the latest figure, one gives a bound
// below it. Neither disputes the series.
TEST(ReconcileTest, UndatedFiguresBesideDatedOnes) {
  std::vector<SourcedClaim> claims = {
      ClaimBuilder("killed", 164).AsOf(Jan(9)).Document("a"),
      ClaimBuilder("killed", 225).AsOf(Jan(22)).Document("b"),
      ClaimBuilder("killed", 160, Approx::kAtLeast).Document("c"),
      ClaimBuilder("killed", 225).Document("d"),
  };
  Reconciliation r = Reconcile(claims, {});
  ASSERT_EQ(r.series.size(), 1u);
  EXPECT_EQ(Describe(r, r.series[0]),
            "first 164@9 | update 225@22 | consistent >=160@- | consistent 225@-");
  EXPECT_FALSE(r.series[0].disputed);
}

TEST(ReconcileTest, ConservativePolicyTakesTheLowestCredibleFigure) {
  ReconcileOptions options;
  options.policy = EstimatePolicy::kConservative;
  Reconciliation r = Reconcile(SeedKilled(), options);
  const Series& killed = r.series[0];
  EXPECT_EQ(BestClaim(r, killed).value, 164);
  EXPECT_EQ(BestClaim(r, killed).approx, Approx::kExact);
  EXPECT_EQ(r.claims[killed.entries[killed.best].claim].document_id, "d001");
}

TEST(ReconcileTest, SeedDetainedSeriesIsUpdates) {
  std::vector<SourcedClaim> claims = {
      ClaimBuilder("detained", 12000, Approx::kAbout).AsOf(Jan(12)).Source("authorities"),
      ClaimBuilder("detained", 7939).AsOf(Jan(10)).Source("interior ministry"),
      ClaimBuilder("detained", 5969, Approx::kAtLeast).AsOf(Jan(9)).Source("interior ministry"),
  };
  Reconciliation r = Reconcile(std::move(claims), {});
  ASSERT_EQ(r.series.size(), 1u);
  const Series& detained = r.series[0];
  EXPECT_EQ(Describe(r, detained), "first >=5969@9 | update 7939@10 | update ~12000@12");
  EXPECT_EQ(BestClaim(r, detained).value, 12000);
  EXPECT_EQ(detained.range_lo, 5969);
  EXPECT_EQ(detained.range_hi, 12000);
  EXPECT_FALSE(detained.disputed);
}

TEST(ReconcileTest, SeedTroopsDisagree) {
  std::vector<SourcedClaim> claims = {
      ClaimBuilder("deployed", 2000, Approx::kMoreThan).Published(Jan(22)).Document("d000"),
      ClaimBuilder("deployed", 2500, Approx::kAbout).Published(Jan(10)).Source("CSTO")
          .Document("d001"),
      ClaimBuilder("deployed", 3000, Approx::kMoreThan).Published(Jan(9)).Source("CSTO")
          .Document("d003"),
      ClaimBuilder("deployed", 2000, Approx::kMoreThan).Source("CSTO").Document("d004"),
  };
  Reconciliation r = Reconcile(std::move(claims), {});
  ASSERT_EQ(r.series.size(), 1u);
  const Series& troops = r.series[0];
  EXPECT_EQ(Describe(r, troops),
            "first >3000@- | contradiction ~2500@- | contradiction >2000@- | same >2000@-");
  EXPECT_TRUE(troops.disputed);
  EXPECT_EQ(troops.range_lo, 2000);
  EXPECT_EQ(troops.range_hi, 3000);
  EXPECT_EQ(BestClaim(r, troops).value, 2500);
}

TEST(ReconcileTest, FallingCountIsARevision) {
  std::vector<SourcedClaim> claims = {
      ClaimBuilder("killed", 225).AsOf(Jan(15)),
      ClaimBuilder("killed", 200).AsOf(Jan(22)).Source("health ministry"),
  };
  Reconciliation r = Reconcile(std::move(claims), {});
  EXPECT_EQ(Describe(r, r.series[0]), "first 225@15 | revision 200@22");
  EXPECT_FALSE(r.series[0].disputed);
  EXPECT_EQ(BestClaim(r, r.series[0]).value, 200);
}

TEST(ReconcileTest, SubgroupsAndCitiesArePartsOfTheNationalSeries) {
  std::vector<SourcedClaim> claims = SeedKilled();
  claims.push_back(ClaimBuilder("killed", 3).Subgroup("children").AsOf(Jan(9)));
  claims.push_back(ClaimBuilder("killed", 19).Subgroup("Security Forces").AsOf(Jan(15)));
  claims.push_back(ClaimBuilder("killed", 103).Place("Almaty").AsOf(Jan(9)));
  claims.push_back(ClaimBuilder("killed", 12, Approx::kMoreThan).Subgroup("security forces")
                       .AsOf(Jan(12)));
  claims.push_back(ClaimBuilder("detained", 1678).Place("Almaty").Increment("P1D").AsOf(Jan(12)));
  claims.push_back(ClaimBuilder("detained", 7939).AsOf(Jan(10)));
  Reconciliation r = Reconcile(std::move(claims), {});
  ASSERT_EQ(r.series.size(), 6u);
  const std::vector<Series>& s = r.series;

  EXPECT_EQ(s[0].measure, "killed");
  EXPECT_FALSE(s[0].part_of.has_value());
  EXPECT_EQ(s[0].entries.size(), 5u);

  EXPECT_EQ(s[1].place, "Almaty");
  EXPECT_EQ(s[1].part_of, 0u);
  EXPECT_EQ(Describe(r, s[1]), "part 103@9");

  EXPECT_EQ(s[2].subgroup, "children");
  EXPECT_EQ(s[2].part_of, 0u);

  // Subgroups compare case-insensitively; the series keeps its first claim's spelling.
  EXPECT_EQ(s[3].subgroup, "security forces");
  EXPECT_EQ(s[3].part_of, 0u);
  EXPECT_EQ(Describe(r, s[3]), "part >12@12 | update 19@15");

  EXPECT_EQ(s[4].measure, "detained");
  EXPECT_FALSE(s[4].part_of.has_value());
  // The only detained whole is cumulative; the city's increments are part of it.
  EXPECT_EQ(s[5].place, "Almaty");
  EXPECT_EQ(s[5].period, PeriodKind::kIncrement);
  EXPECT_EQ(s[5].part_of, 4u);
}

TEST(ReconcileTest, ClaimsAreKeptInInputOrder) {
  std::vector<SourcedClaim> claims = SeedKilled();
  Reconciliation r = Reconcile(claims, {});
  ASSERT_EQ(r.claims.size(), claims.size());
  for (std::size_t i = 0; i < claims.size(); ++i) {
    EXPECT_EQ(r.claims[i].document_id, claims[i].document_id);
  }
}

TEST(ReconcileTest, SeriesAreKeyedByPeriodKind) {
  std::vector<SourcedClaim> claims = {
      ClaimBuilder("detained", 12000, Approx::kAbout).AsOf(Jan(12)),
      ClaimBuilder("detained", 1700, Approx::kNearly).Increment("P1D").AsOf(Jan(12)),
  };
  Reconciliation r = Reconcile(std::move(claims), {});
  ASSERT_EQ(r.series.size(), 2u);
  EXPECT_EQ(r.series[0].period, PeriodKind::kCumulative);
  EXPECT_EQ(r.series[1].period, PeriodKind::kIncrement);
  EXPECT_FALSE(r.series[1].part_of.has_value());
}

TEST(ReconcileTest, NotANumberSortsLastInsteadOfBreakingTheOrder) {
  std::vector<SourcedClaim> claims;
  for (int i = 0; i < 40; ++i) {
    claims.push_back(ClaimBuilder("killed", i % 3 == 0 ? NAN : 10.0 * (40 - i)));
  }
  Reconciliation r = Reconcile(std::move(claims), {});
  ASSERT_EQ(r.series.size(), 1u);
  const std::vector<SeriesEntry>& entries = r.series[0].entries;
  ASSERT_EQ(entries.size(), 40u);
  for (std::size_t i = 1; i < entries.size(); ++i) {
    double previous = r.claims[entries[i - 1].claim].claim.value;
    double current = r.claims[entries[i].claim].claim.value;
    if (std::isnan(previous)) {
      EXPECT_TRUE(std::isnan(current)) << i;
    } else if (!std::isnan(current)) {
      EXPECT_LT(previous, current) << i;
    }
  }
}

}  // namespace
}  // namespace tally
