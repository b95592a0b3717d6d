#include "analyse/doc_date.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tally/analyse.h"

namespace tally {
namespace {

// The rules are tested at a fixed current year, so that they do not change with the clock.
constexpr int kCurrentYear = 2026;

std::string Infer(std::string_view text, std::optional<int> hint = std::nullopt) {
  internal::TokenizedText tokens(text);
  std::optional<Date> date = internal::InferDocumentDateIn(tokens, hint, kCurrentYear);
  return date ? date->ToIso() : "none";
}

struct Case {
  const char* text;
  std::optional<int> hint;
  const char* expected;
};

TEST(DocDateTest, Rules) {
  const std::vector<Case> cases = {
      // 1: full dates with a year; the latest wins.
      {"A bus in the city on Monday, January 10, 2022.", std::nullopt, "2022-01-10"},
      {"Filed January 9, 2022. Updated January 10, 2022.", std::nullopt, "2022-01-10"},
      {"Posted 10 January 2022 by staff", std::nullopt, "2022-01-10"},
      {"2022-01-10 | News", std::nullopt, "2022-01-10"},
      {"Rallies began on January 2, 2022, and on January 9 the toll rose.", 2023, "2022-01-02"},
      // A date announced for the future is not the publication date.
      {"It happened on January 5, 2022. A vote will be held on March 1, 2023.", std::nullopt,
       "2022-01-05"},
      // 2: a weekday with a month-day fixes the year.
      {"Officials said on Saturday January 22 that 450 were held.", std::nullopt, "2022-01-22"},
      {"Officials said on Saturday, January 22 that he took office in 2019.", std::nullopt,
       "2022-01-22"},
      {"On Thursday, 6 January, crowds gathered.", std::nullopt, "2022-01-06"},
      // ... but not before a year the text names: no Saturday January 22 in 2023-2026.
      {"On Saturday January 22 the plan for 2023 was shown.", std::nullopt, "none"},
      // 3: the story's year, the latest month-day, months placed near the main one.
      {"Officials said on January 9 that the curfew of January 8 stays.", 2022, "2022-01-09"},
      {"He has not been seen since December 28; on January 9 he spoke.", 2022, "2022-01-09"},
      {"He said on January 9 he would name a cabinet on January 11.", 2022, "2022-01-09"},
      {"Officials said on January 9 that the curfew of January 8 stays.", std::nullopt, "none"},
      // A month-day that starts a period is not the report's date.
      {"Protests erupted in several cities on January 2 over fuel prices.", 2022, "none"},
      {"The total reached 12,000 since the protests began on January 2.", 2022, "none"},
      {"Unrest broke out on January 5; officials said on January 9 that 40 died.", 2022,
       "2022-01-09"},
      // Nothing fixes a year.
      {"Authorities announced on Saturday that 225 had died.", std::nullopt, "none"},
      {"Protests began on January 2 and ended on Wednesday.", std::nullopt, "none"},
      {"", 2022, "none"},
      {"No dates at all.", 2022, "none"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Infer(c.text, c.hint), c.expected) << "text: " << c.text;
  }
}

TEST(DocDateTest, PublicFunctionUsesTheClock) {
  // No Saturday falls on January 22 between 2023 and 2027, so the answer is the same for
  // any current year up to 2027.
  std::optional<Date> date = InferDocumentDate("on Saturday January 22 officials said");
  ASSERT_TRUE(date.has_value());
  if (internal::CurrentYear() < 2028) {
    EXPECT_EQ(date->ToIso(), "2022-01-22");
  }
  EXPECT_FALSE(InferDocumentDate("on Saturday officials said").has_value());
  EXPECT_EQ(InferDocumentDate("on January 9", 2022)->ToIso(), "2022-01-09");
}

TEST(DocDateTest, SurvivesInvalidUtf8AndHugeLines) {
  EXPECT_EQ(Infer("\xff\xfe January 10, 2022 \xc3"), "2022-01-10");
  std::string line;
  while (line.size() < (1 << 20)) line += "Saturday January 22 in 2019 ";
  EXPECT_EQ(Infer(line), "2022-01-22");
  EXPECT_EQ(Infer(std::string(1 << 20, '2'), 2022), "none");
}

std::optional<std::string> ReadSeed(const std::filesystem::path& dir, std::string_view prefix) {
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (name.starts_with(prefix) && name.ends_with(".txt")) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream contents;
      contents << in.rdbuf();
      return contents.str();
    }
  }
  return std::nullopt;
}

// The five seed articles of ../shared/seeds, when present: the dates docs.jsonl there records.
TEST(DocDateTest, Seeds) {
  std::filesystem::path dir = TALLY_SOURCE_DIR "/../shared/seeds";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "no seeds at " << dir;
  const std::vector<Case> cases = {
      {"000_", std::nullopt, "2022-01-22"},
      {"001_", std::nullopt, "2022-01-10"},
      {"002_", std::nullopt, "none"},
      {"002_", 2022, "none"},
      {"004_", 2022, "none"},
      {"003_", 2022, "2022-01-09"},
      {"003_", std::nullopt, "none"},
      {"004_", std::nullopt, "none"},
  };
  for (const Case& c : cases) {
    std::optional<std::string> text = ReadSeed(dir, c.text);
    if (!text) GTEST_SKIP() << "seed " << c.text << " missing";
    EXPECT_EQ(Infer(*text, c.hint), c.expected) << "seed " << c.text;
  }
}

TEST(AnalyseTest, AnchorIsThePublishedDateElseTheInferredOne) {
  std::string text = "Caption: Almaty on Monday, January 10, 2022.\nOn Sunday, 164 died.";
  Analysis inferred = Analyse(text, {});
  ASSERT_TRUE(inferred.anchor.has_value());
  EXPECT_EQ(inferred.anchor->ToIso(), "2022-01-10");
  ASSERT_EQ(inferred.sentences.size(), 2u);
  ASSERT_FALSE(inferred.numbers.empty());
  EXPECT_EQ(inferred.numbers.back().value, 164);
  ASSERT_EQ(inferred.times.size(), 2u);
  EXPECT_EQ(inferred.times[1].value, "2022-01-09");

  AnalyseOptions options;
  options.published = Date::FromYmd(2022, 1, 12);
  Analysis given = Analyse(text, options);
  EXPECT_EQ(given.anchor->ToIso(), "2022-01-12");
  EXPECT_EQ(given.times[1].value, "2022-01-09");

  Analysis none = Analyse("On Sunday, 164 died.", {});
  EXPECT_FALSE(none.anchor.has_value());
  ASSERT_EQ(none.times.size(), 1u);
  EXPECT_EQ(none.times[0].value, "XXXX-WXX-7");

  options = {};
  options.year_hint = 2022;
  Analysis hinted = Analyse("Officials said on January 9 that 5,969 were held.", options);
  EXPECT_EQ(hinted.anchor->ToIso(), "2022-01-09");
}

TEST(AnalyseTest, NamesRoundTrip) {
  for (Approx approx : {Approx::kExact, Approx::kAbout, Approx::kNearly, Approx::kAtLeast,
                        Approx::kMoreThan, Approx::kAtMost, Approx::kVague, Approx::kRange}) {
    EXPECT_EQ(TryParseApprox(ApproxName(approx)), approx);
  }
  EXPECT_FALSE(TryParseApprox("roughly").has_value());
  EXPECT_STREQ(NumberKindName(NumberKind::kIdentifier), "identifier");
  EXPECT_STREQ(TimexTypeName(TimexType::kDuration), "DURATION");
}

}  // namespace
}  // namespace tally
