#include "tally/quantity_eval.h"

#include <cstdio>
#include <fstream>

#include <gtest/gtest.h>

namespace tally {
namespace {

ScoredQuantity V(double value, const char* unit) {
  ScoredQuantity q;
  q.lo = q.hi = value;
  q.unit = unit;
  return q;
}

ScoredQuantity R(double lo, double hi, const char* unit) {
  ScoredQuantity q;
  q.range = true;
  q.lo = lo;
  q.hi = hi;
  q.unit = unit;
  return q;
}

// One line per case: the counts expected of a gold/system pair.
struct Case {
  const char* name;
  std::vector<ScoredQuantity> gold;
  std::vector<ScoredQuantity> system;
  QuantityCounts expected;  // gold, system, value_correct, value_unit_correct
};

TEST(QuantityEvalTest, CountsMatchesAsNewsQuant) {
  const Case cases[] = {
      {"exact", {V(12, "people")}, {V(12, "people")}, {1, 1, 1, 1}},
      {"close within rtol", {V(2300000000, "dollar")}, {V(2300001000, "dollar")}, {1, 1, 1, 1}},
      {"not close", {V(0.6667, "-")}, {V(2.0 / 3, "-")}, {1, 1, 0, 0}},
      {"wrong unit credits the value", {V(5, "kilometre")}, {V(5, "metre")}, {1, 1, 1, 0}},
      {"value scan goes past a wrong unit", {V(5, "kilometre")},
       {V(5, "metre"), V(5, "kilometre")}, {1, 2, 1, 1}},
      {"single never matches range", {V(150, "-")}, {R(150, 200, "-")}, {1, 1, 0, 0}},
      {"range needs both ends", {R(150, 200, "-")}, {R(150, 250, "-")}, {1, 1, 0, 0}},
      {"range", {R(150, 200, "-")}, {R(150, 200, "-")}, {1, 1, 1, 1}},
      {"matched system taken once", {V(3, "-"), V(3, "-")}, {V(3, "-")}, {2, 1, 1, 1}},
      {"two gold two system", {V(3, "-"), V(3, "-")}, {V(3, "-"), V(3, "-")}, {2, 2, 2, 2}},
      {"value-only match not taken", {V(3, "dollar"), V(3, "euro")}, {V(3, "euro")},
       {2, 1, 2, 1}},
      {"a value-only match leaves the system to later gold", {V(4, "-"), V(4, "day")},
       {V(4, "day")}, {2, 1, 2, 1}},
      {"spurious", {}, {V(1, "-")}, {0, 1, 0, 0}},
      {"missed", {V(7, "-")}, {}, {1, 0, 0, 0}},
      {"empty", {}, {}, {0, 0, 0, 0}},
  };
  for (const Case& c : cases) {
    QuantityCounts got = CountQuantityMatches(c.gold, c.system);
    EXPECT_EQ(got.gold, c.expected.gold) << c.name;
    EXPECT_EQ(got.system, c.expected.system) << c.name;
    EXPECT_EQ(got.value_correct, c.expected.value_correct) << c.name;
    EXPECT_EQ(got.value_unit_correct, c.expected.value_unit_correct) << c.name;
  }
}

TEST(QuantityEvalTest, ScoresFromSummedCounts) {
  QuantityCounts total;
  total += QuantityCounts{4, 5, 4, 3};
  total += QuantityCounts{6, 5, 4, 4};
  QuantityScores s = ScoreQuantityCounts(total);
  EXPECT_DOUBLE_EQ(s.value_precision, 0.8);
  EXPECT_DOUBLE_EQ(s.value_recall, 0.8);
  EXPECT_DOUBLE_EQ(s.value_f1, 0.8);
  EXPECT_DOUBLE_EQ(s.unit_precision, 0.7);
  EXPECT_DOUBLE_EQ(s.unit_recall, 0.7);
  QuantityScores zero = ScoreQuantityCounts(QuantityCounts{});
  EXPECT_EQ(zero.value_f1, 0);
}

TEST(QuantityEvalTest, NormalizesUnits) {
  const std::pair<const char*, const char*> cases[] = {
      {"$", "dollar"},          {"US$", "dollar"},        {"dollars", "dollar"},
      {"%", "percentage"},      {"per cent", "percentage"}, {"km", "kilometre"},
      {"kilometers", "kilometre"}, {"°C", "celsius"},     {"€", "euro"},
      {"£", "pound sterling"},  {"yen", "japanese yen"},  {"tonnes", "metric ton"},
      {"mph", "mile per hour"}, {"year-old", "year"},     {"", "-"},
      {"survivors", "survivor"}, {"casualties", "casualty"}, {"churches", "church"},
      {"people", "people"},     {"children", "child"},    {"Passengers", "passenger"},
  };
  for (const auto& [unit, name] : cases) EXPECT_EQ(NormalizeUnit(unit), name) << unit;
}

TEST(QuantityEvalTest, ReadsGoldAndScoresSentences) {
  std::string path = ::testing::TempDir() + "quantity_gold.json";
  {
    std::ofstream out(path);
    out << R"([{"text": "Police said about 150-200 people marched and 3 were held.",
                "quantities": [{"value": "150-200", "normalized_unit": "people", "change": "~",
                                "referred_concepts": "marchers"},
                               {"value": "3", "normalized_unit": "-", "change": "="}]},
               {"text": "Prices fell 3.2% in 2023.",
                "quantities": [{"value": "3.2", "normalized_unit": "percentage",
                                "change": "down"}]}])";
  }
  Result<std::vector<QuantitySentence>> gold = ReadQuantityGold(path);
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  ASSERT_EQ(gold->size(), 2u);
  ASSERT_EQ((*gold)[0].quantities.size(), 2u);
  EXPECT_TRUE((*gold)[0].quantities[0].range);
  EXPECT_EQ((*gold)[0].quantities[0].hi, 200);
  EXPECT_EQ((*gold)[1].quantities[0].unit, "percentage");
  QuantityEvalReport report = EvaluateQuantities(*gold);
  EXPECT_EQ(report.counts.gold, 3u);
  EXPECT_EQ(report.counts.value_correct, 3u);  // the year is no quantity
  EXPECT_EQ(report.counts.system, 3u);
  std::remove(path.c_str());

  std::ofstream(path) << R"([{"text": "x", "quantities": [{"value": "twelve"}]}])";
  EXPECT_FALSE(ReadQuantityGold(path).ok());
  std::remove(path.c_str());
}

}  // namespace
}  // namespace tally
