// The bundled examples against examples/kazakhstan-2022/expected.jsonl, the figures a careful
// reader takes from them, written by hand.
#include <gtest/gtest.h>

#include "corpus_runner.h"

namespace tally {
namespace {

const std::string kExamples = std::string(TALLY_SOURCE_DIR) + "/examples/kazakhstan-2022";

TEST(ExamplesGoldenTest, FindsTheFiguresOfTheExamples) {
  Result<std::vector<GoldClaim>> gold = ReadGoldClaims(kExamples + "/expected.jsonl");
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  std::vector<ProcessedDocument> documents = testing::ProcessDirectory(kExamples);
  ASSERT_GE(documents.size(), 8u);
  ClaimEvalReport report = EvaluateClaims(*gold, testing::SystemClaimsOf(documents));
  std::string summary = FormatClaimEval(report, /*details=*/true);
  std::printf("%s", summary.c_str());
  EXPECT_GE(report.recall, 0.95) << summary;
  EXPECT_GE(report.precision, 0.90) << summary;
  EXPECT_GE(report.as_of.rate(), 0.85) << summary;
  EXPECT_GE(report.place.rate(), 0.85) << summary;
}

TEST(ExamplesGoldenTest, DatesEveryExampleAndInfersTheOneWithoutMetadata) {
  std::vector<ProcessedDocument> documents = testing::ProcessDirectory(kExamples);
  int inferred = 0;
  for (const ProcessedDocument& p : documents) {
    ASSERT_TRUE(p.document.published.date.has_value()) << p.document.path;
    EXPECT_GE(p.document.published.date->ToIso(), "2022-01-06") << p.document.path;
    EXPECT_LE(p.document.published.date->ToIso(), "2022-01-22") << p.document.path;
    if (p.document.published.inferred) {
      ++inferred;
      EXPECT_EQ(p.document.published.date->ToIso(), "2022-01-11") << p.document.path;
      EXPECT_TRUE(p.document.outlet.empty());
    }
  }
  EXPECT_EQ(inferred, 1);
}

TEST(ExamplesGoldenTest, CleansTheScrapedExample) {
  std::vector<ProcessedDocument> documents = testing::ProcessDirectory(kExamples);
  for (const ProcessedDocument& p : documents) {
    for (const char* residue : {"Leave a Reply", "will not be published", "0:00 0:0"}) {
      EXPECT_EQ(p.document.text.find(residue), std::string::npos)
          << residue << " in " << p.document.path;
    }
  }
}

}  // namespace
}  // namespace tally
