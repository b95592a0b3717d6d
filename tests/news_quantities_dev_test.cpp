// The number reader on the NewsQuant-format development set (tests/data/quantities/
// news-dev.json: news-style sentences written for tally, gold written by hand), scored as the
// CQE benchmark scores (`tally eval quantities`). The thresholds sit a little under the figures
// BENCHMARKS.md records, so that a change that loses quantities fails here.
#include <cstdio>
#include <string>

#include <gtest/gtest.h>

#include "tally/quantity_eval.h"

namespace tally {
namespace {

TEST(NewsQuantitiesDevTest, ValueAndUnitF1) {
  Result<std::vector<QuantitySentence>> gold = ReadQuantityGold(
      std::string(TALLY_SOURCE_DIR) + "/tests/data/quantities/news-dev.json");
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  EXPECT_GE(gold->size(), 150u);
  QuantityEvalReport report = EvaluateQuantities(*gold);
  std::string summary = FormatQuantityEval(report, /*details=*/true);
  std::printf("%s", summary.c_str());
  // Measured: value F1 0.9956, value+unit F1 0.9780.
  EXPECT_GE(report.scores.value_f1, 0.98) << summary;
  EXPECT_GE(report.scores.unit_f1, 0.96) << summary;
}

}  // namespace
}  // namespace tally
