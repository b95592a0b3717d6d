#include "tally/clean.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace tally {
namespace {

// Every copied byte of the cleaned text must be the raw byte its alignment names.
void ExpectAlignmentHolds(std::string_view raw, const CleanedText& cleaned) {
  for (const AlignedRun& run : cleaned.alignment) {
    ASSERT_LE(run.clean_begin + run.length, cleaned.text.size());
    ASSERT_LE(run.raw_begin + run.length, raw.size());
    EXPECT_EQ(cleaned.text.substr(run.clean_begin, run.length),
              raw.substr(run.raw_begin, run.length));
    for (std::size_t k = 0; k < run.length; ++k) {
      ASSERT_EQ(cleaned.ToRawOffset(run.clean_begin + k), run.raw_begin + k);
    }
  }
}

TEST(CleanTest, KeepsPlainArticleText) {
  std::string raw = "Headline here\n\nFirst paragraph says 12 people were hurt.\nSecond line.\n";
  CleanedText cleaned = CleanText(raw);
  EXPECT_EQ(cleaned.text,
            "Headline here\n\nFirst paragraph says 12 people were hurt.\nSecond line.");
  EXPECT_EQ(cleaned.lines_dropped, 0u);
  ExpectAlignmentHolds(raw, cleaned);
}

TEST(CleanTest, DropsPlayerAndCaptchaAndCommentForm) {
  std::string raw =
      "Police said 40 people were held overnight in the capital.\n"
      "Loading...\n"
      "0:00 0:01:12 0:00\n"
      "The ministry added that the curfew stays in force until Friday in every district.\n"
      "The opposition called the figures too low and asked for an inquiry this week.\n"
      "\n"
      "Leave a Reply\n"
      "Your email address will not be published.\n"
      "7 + 2 =\n";
  CleanedText cleaned = CleanText(raw);
  EXPECT_EQ(cleaned.text,
            "Police said 40 people were held overnight in the capital.\n"
            "The ministry added that the curfew stays in force until Friday in every district.\n"
            "The opposition called the figures too low and asked for an inquiry this week.");
  EXPECT_EQ(cleaned.lines_dropped, 5u);
  ExpectAlignmentHolds(raw, cleaned);
}

TEST(CleanTest, DropsCaptionPrintedTwiceAndPhotoCredit) {
  std::string raw =
      "A worker clears glass outside the city hall on Monday.\n"
      "\n"
      "A worker clears glass outside the city hall on Monday.\n"
      "(Jane Roe / Example Agency via AP)\n"
      "Officials said the square would reopen.\n";
  CleanedText cleaned = CleanText(raw);
  EXPECT_EQ(cleaned.text,
            "A worker clears glass outside the city hall on Monday.\n\n"
            "Officials said the square would reopen.");
  ExpectAlignmentHolds(raw, cleaned);
}

TEST(CleanTest, DropsTeaserBoxBeforeSeeMore) {
  std::string raw =
      "Officials counted 300 damaged shops across the city after the riots.\n"
      "\n"
      "Ministers meet to discuss reconstruction\n"
      "\n"
      "The cabinet will review a relief fund for owners of damaged\xE2\x80\xA6\n"
      "\n"
      "see more\n"
      "\n"
      "Repairs began on Tuesday, the mayor said.\n";
  CleanedText cleaned = CleanText(raw);
  EXPECT_EQ(cleaned.text,
            "Officials counted 300 damaged shops across the city after the riots.\n\n"
            "Repairs began on Tuesday, the mayor said.");
  ExpectAlignmentHolds(raw, cleaned);
}

TEST(CleanTest, TailMarkerEarlyInThePageIsOnlyDropped) {
  std::string raw =
      "Related Articles\n"
      "The toll rose to 31 on Sunday, according to the regional health office.\n"
      "Rescue teams were still searching two collapsed buildings in the old town.\n";
  CleanedText cleaned = CleanText(raw);
  EXPECT_EQ(cleaned.text,
            "The toll rose to 31 on Sunday, according to the regional health office.\n"
            "Rescue teams were still searching two collapsed buildings in the old town.");
}

TEST(CleanTest, OptionsTurnRulesOff) {
  std::string raw = "Same line.\nSame line.\nLoading...\n";
  CleanOptions options;
  options.drop_repeated_lines = false;
  options.drop_residue = false;
  EXPECT_EQ(CleanText(raw, options).text, "Same line.\nSame line.\nLoading...");
}

TEST(CleanTest, HandlesEmptyAndCarriageReturns) {
  EXPECT_EQ(CleanText("").text, "");
  EXPECT_EQ(CleanText("\n\n\n").text, "");
  std::string raw = "One.\r\nTwo.\r\n";
  CleanedText cleaned = CleanText(raw);
  EXPECT_EQ(cleaned.text, "One.\nTwo.");
  ExpectAlignmentHolds(raw, cleaned);
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::size_t Count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t pos = haystack.find(needle); pos != std::string::npos;
       pos = haystack.find(needle, pos + 1)) {
    ++n;
  }
  return n;
}

// The residue of the seed scrapes (see ../shared/seeds/README.md) is gone, the article stays.
TEST(CleanSeedsTest, RemovesSeedResidue) {
  std::filesystem::path seeds = std::filesystem::path(TALLY_SOURCE_DIR) / "../shared/seeds";
  if (!std::filesystem::exists(seeds)) GTEST_SKIP() << "no ../shared/seeds";
  std::string all;
  for (const auto& entry : std::filesystem::directory_iterator(seeds)) {
    if (entry.path().extension() != ".txt") continue;
    std::string raw = ReadFile(entry.path());
    CleanedText cleaned = CleanText(raw);
    ExpectAlignmentHolds(raw, cleaned);
    EXPECT_GT(cleaned.text.size(), raw.size() / 2) << entry.path();
    all += cleaned.text;
    all += "\n";
  }
  for (const char* residue : {"Leave a Reply", "Required fields", "13 + 4 =", "0:00 0:03:20",
                              "please wait", "see more", "Akismet", "Reading time",
                              "source site-26", "via AP)", "Related Articles"}) {
    EXPECT_EQ(all.find(residue), std::string::npos) << residue;
  }
  // Captions printed twice survive once.
  EXPECT_EQ(Count(all, "Vendors clean up their store"), 1u);
  EXPECT_EQ(Count(all, "Security forces stand guard near a burned truck"), 1u);
  // Article sentences carrying figures survive.
  for (const char* kept : {"7,939", "5,969", "1,678", "225 people dead", "464 suspects"}) {
    EXPECT_NE(all.find(kept), std::string::npos) << kept;
  }
}

}  // namespace
}  // namespace tally
