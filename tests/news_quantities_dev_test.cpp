// The number reader on the NewsQuant-format sets written for tally (tests/data/quantities/),
// scored as the CQE benchmark scores (`tally eval quantities`). The thresholds sit a little
// under the figures BENCHMARKS.md records, so that a change that loses quantities fails here.
#include <cstdio>
#include <string>

#include <gtest/gtest.h>

#include "tally/quantity_eval.h"

namespace tally {
namespace {

struct SetFloor {
  const char* file;           // under tests/data/quantities/
  std::size_t min_sentences;  // the set is read whole
  double value_f1;            // floors of the scores
  double unit_f1;
};

void ExpectScores(const SetFloor& set) {
  Result<std::vector<QuantitySentence>> gold = ReadQuantityGold(
      std::string(TALLY_SOURCE_DIR) + "/tests/data/quantities/" + set.file);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  EXPECT_GE(gold->size(), set.min_sentences);
  QuantityEvalReport report = EvaluateQuantities(*gold);
  std::string summary = FormatQuantityEval(report, /*details=*/true);
  std::printf("%s", summary.c_str());
  EXPECT_GE(report.scores.value_f1, set.value_f1) << summary;
  EXPECT_GE(report.scores.unit_f1, set.unit_f1) << summary;
}

// The development set (news-dev.json): news-style sentences, gold written by hand.
// Measured: value F1 0.9978, value+unit F1 0.9978.
TEST(NewsQuantitiesDevTest, ValueAndUnitF1) { ExpectScores({"news-dev.json", 150, 0.98, 0.96}); }

// The check set (news-check.json): sentences written apart from the rules, on sports, weather,
// elections, courts, health, technology, property, transport, farming, culture and money in
// several currencies, with sentences that hold no quantity (emergency numbers, scores, dates,
// clock times, model names). Scored before any rule was fitted to them: the first 189
// sentences value F1 0.9776, value+unit F1 0.9329; the next 47 (added after the first fixes)
// 0.9841 and 0.9683; the last 43 0.9737 and 0.9474. Measured now: 0.9953 and 0.9930.
TEST(NewsQuantitiesDevTest, CheckSetValueAndUnitF1) {
  ExpectScores({"news-check.json", 250, 0.98, 0.97});
}

}  // namespace
}  // namespace tally
