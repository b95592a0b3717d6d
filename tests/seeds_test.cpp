// The five real seed articles of ../shared/seeds against their gold figures. Skips when
// ../shared is absent. The figures it prints are the ones issue notes report.
#include <filesystem>

#include <gtest/gtest.h>

#include "corpus_runner.h"
#include "tally/fact_sheet.h"

namespace tally {
namespace {

const std::string kSeeds = std::string(TALLY_SOURCE_DIR) + "/../shared/seeds";

TEST(SeedsTest, RecallAndPrecisionOnTheSeeds) {
  if (!std::filesystem::exists(kSeeds + "/gold.jsonl")) GTEST_SKIP() << "no ../shared/seeds";
  Result<std::vector<GoldClaim>> gold = ReadGoldClaims(kSeeds + "/gold.jsonl");
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  std::vector<ProcessedDocument> documents = testing::ProcessDirectory(kSeeds);
  ASSERT_EQ(documents.size(), 5u);
  ClaimEvalReport report = EvaluateClaims(*gold, testing::SystemClaimsOf(documents));
  std::string summary = FormatClaimEval(report, /*details=*/true);
  std::printf("%s", summary.c_str());
  // The targets of the claims issue.
  EXPECT_GE(report.recall, 0.95) << summary;
  EXPECT_GE(report.precision, 0.90) << summary;
  EXPECT_GE(report.as_of.rate(), 0.85) << summary;
  EXPECT_GE(report.subgroup.rate(), 0.85) << summary;
  EXPECT_GE(report.place.rate(), 0.85) << summary;
  EXPECT_GE(report.source.rate(), 0.85) << summary;
}

TEST(SeedsTest, InfersThePublicationDatesTheTextSupports) {
  if (!std::filesystem::exists(kSeeds)) GTEST_SKIP() << "no ../shared/seeds";
  std::vector<ProcessedDocument> documents = testing::ProcessDirectory(kSeeds);
  ASSERT_EQ(documents.size(), 5u);
  // From ../shared/seeds/docs.jsonl; 003 needs the story's year (from the others).
  const char* expected[] = {"2022-01-22", "2022-01-10", nullptr, "2022-01-09", nullptr};
  for (std::size_t i = 0; i < documents.size(); ++i) {
    const auto& date = documents[i].document.published.date;
    if (expected[i] == nullptr) {
      EXPECT_FALSE(date.has_value()) << documents[i].document.path << " " << date->ToIso();
    } else {
      ASSERT_TRUE(date.has_value()) << documents[i].document.path;
      EXPECT_EQ(date->ToIso(), expected[i]) << documents[i].document.path;
      EXPECT_TRUE(documents[i].document.published.inferred);
    }
  }
}

// The whole series of `measure` in the seeds' one story, as "as_of value relation" lines for the
// entries of `document`.
std::vector<std::string> EntriesOf(const DerivedStory& story, const std::string& measure,
                                   const std::string& document) {
  std::vector<std::string> lines;
  for (const Series& series : story.reconciliation.series) {
    if (series.measure != measure || series.subgroup || series.part_of ||
        series.period != PeriodKind::kCumulative) {
      continue;
    }
    for (const SeriesEntry& entry : series.entries) {
      const SourcedClaim& c = story.reconciliation.claims[entry.claim];
      if (c.document_label.find(document) == std::string::npos) continue;
      lines.push_back((c.claim.as_of ? c.claim.as_of->ToIso() : "-") + " " +
                      std::to_string(static_cast<long>(c.claim.value)) + " " +
                      RelationName(entry.relation));
    }
  }
  return lines;
}

// What ../shared/seeds/README.md says a good reconciliation says of the undated articles: 004's
// "about 12,000" detained is the update of 7,939 (as of Wednesday January 12), and 002's 225 dead
// is the update of 164 (as of Saturday January 15).
TEST(SeedsTest, TheStoryDatesItsUndatedArticles) {
  if (!std::filesystem::exists(kSeeds)) GTEST_SKIP() << "no ../shared/seeds";
  std::vector<StoredDocument> stored;
  for (ProcessedDocument& d : testing::ProcessDirectory(kSeeds)) {
    stored.push_back(StoredDocument{std::move(d.document), std::move(d.claims)});
  }
  std::vector<DerivedStory> stories = DeriveStories(stored, ReconcileOptions{});
  ASSERT_EQ(stories.size(), 1u);
  std::vector<std::string> detained = EntriesOf(stories[0], "detained", "004_");
  ASSERT_FALSE(detained.empty());
  for (const std::string& line : detained) {
    EXPECT_TRUE(line == "2022-01-12 12000 update" || line == "2022-01-12 12000 same") << line;
  }
  EXPECT_EQ(EntriesOf(stories[0], "killed", "002_"),
            (std::vector<std::string>{"2022-01-15 225 update"}));
}

}  // namespace
}  // namespace tally
