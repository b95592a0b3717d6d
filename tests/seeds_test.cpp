// The five real seed articles of ../shared/seeds against their gold figures. Skips when
// ../shared is absent. The figures it prints are the ones issue notes report.
#include <filesystem>

#include <gtest/gtest.h>

#include "corpus_runner.h"

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
  EXPECT_GE(report.recall, 0.70) << summary;
  EXPECT_GE(report.precision, 0.75) << summary;
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

}  // namespace
}  // namespace tally
