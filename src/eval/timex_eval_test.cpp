#include "tally/timex_eval.h"

#include <gtest/gtest.h>

namespace tally {
namespace {

TimexAnnotation T(std::uint32_t begin, std::uint32_t end, const char* type, const char* value) {
  TimexAnnotation t;
  t.span = {begin, end};
  t.type = type;
  t.value = value;
  return t;
}

// One line per case: the counts expected of a gold/system pair.
struct Case {
  const char* name;
  std::vector<TimexAnnotation> gold;
  std::vector<TimexAnnotation> system;
  TimexCounts expected;  // gold, system, relaxed, strict, type, value
};

TEST(TimexEvalTest, CountsMatchesAsTempEval3) {
  const Case cases[] = {
      {"exact", {T(0, 6, "DATE", "1998-01-05")}, {T(0, 6, "DATE", "1998-01-05")},
       {1, 1, 1, 1, 1, 1}},
      {"relaxed only", {T(0, 12, "DATE", "1998-01-05")}, {T(4, 12, "DATE", "1998-01-05")},
       {1, 1, 1, 0, 1, 1}},
      {"wrong value", {T(0, 6, "DATE", "1998-01-05")}, {T(0, 6, "DATE", "1998-01-12")},
       {1, 1, 1, 1, 1, 0}},
      {"wrong type", {T(0, 6, "DURATION", "P1W")}, {T(0, 6, "DATE", "P1W")}, {1, 1, 1, 1, 0, 1}},
      {"touching is not sharing", {T(0, 6, "DATE", "X")}, {T(6, 9, "DATE", "X")},
       {1, 1, 0, 0, 0, 0}},
      {"missed and spurious", {T(0, 6, "DATE", "X"), T(20, 25, "SET", "P1D")},
       {T(10, 15, "DATE", "X")}, {2, 1, 0, 0, 0, 0}},
      {"one system over two gold pairs once", {T(0, 4, "DATE", "A"), T(5, 9, "DATE", "B")},
       {T(0, 9, "DATE", "B")}, {2, 1, 1, 0, 1, 0}},
      {"two system in one gold pair once", {T(0, 9, "DATE", "A")},
       {T(0, 4, "DATE", "A"), T(5, 9, "DATE", "A")}, {1, 2, 1, 0, 1, 1}},
      {"empty", {}, {}, {0, 0, 0, 0, 0, 0}},
  };
  for (const Case& c : cases) {
    TimexCounts got = CountTimexMatches(c.gold, c.system);
    EXPECT_EQ(got.gold, c.expected.gold) << c.name;
    EXPECT_EQ(got.system, c.expected.system) << c.name;
    EXPECT_EQ(got.relaxed, c.expected.relaxed) << c.name;
    EXPECT_EQ(got.strict, c.expected.strict) << c.name;
    EXPECT_EQ(got.type_correct, c.expected.type_correct) << c.name;
    EXPECT_EQ(got.value_correct, c.expected.value_correct) << c.name;
  }
}

TEST(TimexEvalTest, ScoresFromSummedCounts) {
  TimexCounts total;
  total += TimexCounts{4, 5, 4, 3, 4, 2};
  total += TimexCounts{6, 5, 5, 5, 4, 4};
  TimexScores s = ScoreTimexCounts(total);
  EXPECT_DOUBLE_EQ(s.strict_precision, 0.8);
  EXPECT_DOUBLE_EQ(s.strict_recall, 0.8);
  EXPECT_DOUBLE_EQ(s.relaxed_precision, 0.9);
  EXPECT_DOUBLE_EQ(s.relaxed_f1, 0.9);
  EXPECT_DOUBLE_EQ(s.type_accuracy, 8.0 / 9);
  EXPECT_DOUBLE_EQ(s.value_accuracy, 6.0 / 9);
  EXPECT_DOUBLE_EQ(s.value_f1, 12.0 / 20);
  TimexScores zero = ScoreTimexCounts(TimexCounts{});
  EXPECT_EQ(zero.relaxed_f1, 0);
  EXPECT_EQ(zero.value_accuracy, 0);
}

constexpr char kGold[] =
    "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" "
    "functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT><TEXT>Sales fell "
    "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1997\">last year</TIMEX3>.</TEXT></TimeML>";

TEST(TimexEvalTest, ScoresTimeMLPairsAndRejectsDifferentTexts) {
  constexpr char kSystem[] =
      "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" "
      "functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT><TEXT>Sales fell last "
      "<TIMEX3 tid=\"t1\" type=\"DURATION\" value=\"P1Y\">year</TIMEX3>.</TEXT></TimeML>";
  Result<TimexCounts> counts = CountTimexMatches(kGold, kSystem, "a.tml");
  ASSERT_TRUE(counts.ok()) << counts.status().message();
  EXPECT_EQ(counts->relaxed, 1);  // the creation time is not scored
  EXPECT_EQ(counts->strict, 0);
  EXPECT_EQ(counts->value_correct, 0);

  constexpr char kEdited[] =
      "<TimeML><TEXT>Sales rose <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1997\">last year"
      "</TIMEX3>.</TEXT></TimeML>";
  Result<TimexCounts> bad = CountTimexMatches(kGold, kEdited, "a.tml");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "a.tml: system text differs from gold text at byte 6 of <TEXT>");
}

}  // namespace
}  // namespace tally
