#include "tally/eval.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>

#include <gtest/gtest.h>

namespace tally {
namespace {

GoldClaim Gold(const char* doc, const char* measure, double value, const char* approx,
               const char* as_of) {
  GoldClaim g;
  g.doc = doc;
  g.measure = measure;
  g.value = value;
  g.hi = value;
  g.approx = approx;
  g.location = "Kazakhstan";
  if (as_of != nullptr) g.as_of = as_of;
  return g;
}

SystemClaim System(const char* doc, const char* measure, double value, Approx approx,
                   const char* as_of) {
  SystemClaim s;
  s.doc = doc;
  s.claim.measure = measure;
  s.claim.value = value;
  s.claim.lo = value;
  s.claim.hi = approx == Approx::kAtLeast ? std::numeric_limits<double>::infinity() : value;
  s.claim.approx = approx;
  s.claim.place = "Kazakhstan";
  if (as_of != nullptr) s.claim.as_of = Date::TryParseIso(as_of);
  return s;
}

TEST(ClaimEvalTest, ScoresFiguresAndAttributes) {
  std::vector<GoldClaim> gold = {
      Gold("a.txt", "killed", 164, "exact", "2022-01-09"),
      Gold("a.txt", "detained", 5969, "at_least", "2022-01-09"),
      Gold("b.txt", "killed", 225, "exact", "saturday-of-publication-week"),
  };
  std::vector<SystemClaim> system = {
      System("a.txt", "killed", 164, Approx::kExact, "2022-01-10"),      // wrong as_of
      System("a.txt", "detained", 5969, Approx::kAtLeast, "2022-01-09"),
      System("a.txt", "injured", 40, Approx::kExact, "2022-01-09"),      // not in gold
      System("c.txt", "killed", 1, Approx::kExact, nullptr),              // not a gold doc
  };
  ClaimEvalReport r = EvaluateClaims(gold, system);
  EXPECT_EQ(r.gold, 3u);
  EXPECT_EQ(r.system, 3u);
  EXPECT_EQ(r.matched, 2u);
  EXPECT_DOUBLE_EQ(r.recall, 2.0 / 3);
  EXPECT_DOUBLE_EQ(r.precision, 2.0 / 3);
  EXPECT_EQ(r.as_of.scored, 2u);
  EXPECT_EQ(r.as_of.right, 1u);
  EXPECT_EQ(r.approx.right, 2u);
  ASSERT_EQ(r.missed.size(), 1u);
  EXPECT_NE(r.missed[0].find("b.txt killed 225"), std::string::npos);
  ASSERT_EQ(r.spurious.size(), 1u);
  EXPECT_NE(r.spurious[0].find("a.txt injured 40"), std::string::npos);
}

TEST(ClaimEvalTest, MatchesVagueAmountsByTheirBounds) {
  GoldClaim g = Gold("a.txt", "injured", 200, "vague", nullptr);
  g.hi = 999;
  g.vague = true;
  SystemClaim s = System("a.txt", "injured", 0, Approx::kVague, nullptr);
  s.claim.lo = 200;
  s.claim.hi = 999;
  ClaimEvalReport r = EvaluateClaims({g}, {s});
  EXPECT_EQ(r.matched, 1u);
  EXPECT_EQ(r.as_of.right, 1u);  // null in both
}

TEST(ClaimEvalTest, ComparesSourcesAndSubgroupsLoosely) {
  GoldClaim g = Gold("a.txt", "killed", 19, "exact", nullptr);
  g.source = "the country's health ministry";
  g.subgroup = "law enforcement officers";
  SystemClaim s = System("a.txt", "killed", 19, Approx::kExact, nullptr);
  s.claim.source = "Kazakhstan's Health Ministry";
  s.claim.subgroup = "officers";
  ClaimEvalReport r = EvaluateClaims({g}, {s});
  EXPECT_EQ(r.source.right, 1u);
  EXPECT_EQ(r.subgroup.right, 1u);
}

TEST(ClaimEvalTest, ReadsGoldFilesAndNamesBadLines) {
  std::filesystem::path path = std::filesystem::temp_directory_path() / "tally_gold_test.jsonl";
  std::ofstream(path) << "{\"doc\":\"a.txt\",\"measure\":\"injured\",\"value\":[200,999],"
                         "\"approx\":\"vague\",\"as_of\":null}\n\n"
                         "{\"doc\":\"a.txt\",\"measure\":\"killed\",\"value\":164}\n";
  Result<std::vector<GoldClaim>> gold = ReadGoldClaims(path.string());
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold->size(), 2u);
  EXPECT_TRUE((*gold)[0].vague);
  EXPECT_EQ((*gold)[0].hi, 999);
  EXPECT_FALSE((*gold)[0].as_of.has_value());
  EXPECT_EQ((*gold)[1].approx, "exact");
  EXPECT_EQ((*gold)[1].line, 3u);

  std::ofstream(path) << "{\"doc\":\"a.txt\",\"measure\":\"killed\",\"value\":1}\nnot json\n";
  Result<std::vector<GoldClaim>> bad = ReadGoldClaims(path.string());
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("tally_gold_test.jsonl:2"), std::string::npos);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace tally
