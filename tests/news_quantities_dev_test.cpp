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
  // Measured: value F1 0.9978, value+unit F1 0.9978.
  EXPECT_GE(report.scores.value_f1, 0.98) << summary;
  EXPECT_GE(report.scores.unit_f1, 0.96) << summary;
}

// The check set (tests/data/quantities/news-check.json): sentences written apart from the
// rules, on sports, weather, elections, courts, health, technology, property, transport,
// farming, culture and money in several currencies, with sentences that hold no quantity
// (emergency numbers, scores, dates, clock times, model names). Scored before any rule was
// fitted to them: the first 189 sentences value F1 0.9776, value+unit F1 0.9329; the next 47
// (added after the first fixes) 0.9841 and 0.9683; the last 43 0.9737 and 0.9474.
TEST(NewsQuantitiesDevTest, CheckSetValueAndUnitF1) {
  Result<std::vector<QuantitySentence>> gold = ReadQuantityGold(
      std::string(TALLY_SOURCE_DIR) + "/tests/data/quantities/news-check.json");
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  EXPECT_GE(gold->size(), 250u);
  QuantityEvalReport report = EvaluateQuantities(*gold);
  std::string summary = FormatQuantityEval(report, /*details=*/true);
  std::printf("%s", summary.c_str());
  // Measured: value F1 0.9942, value+unit F1 0.9919.
  EXPECT_GE(report.scores.value_f1, 0.98) << summary;
  EXPECT_GE(report.scores.unit_f1, 0.97) << summary;
}

}  // namespace
}  // namespace tally
