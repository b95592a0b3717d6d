#include "claims/word_filter.h"

#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace tally::internal::claims {
namespace {

const WholeWordFilter& Filter() {
  static const WholeWordFilter filter({{"killed", "dead"}, {"said", "according"}}, "test");
  return filter;
}

struct Case {
  std::string text;
  bool killed_or_dead;
};

TEST(WholeWordFilterTest, MatchesAsRe2WholeWordsInAnyCase) {
  const Case cases[] = {
      {"Two were killed.", true},
      {"TWO WERE KILLED", true},
      {"killed", true},
      {"the dead's names", true},            // ' is not a word byte for \b
      {"law-killed-today", true},            // nor is '-'
      {"unkilled", false},
      {"killedx", false},
      {"killed_", false},                    // '_' is: no boundary
      {"_dead", false},
      {"dead2", false},
      {"deadline killers", false},
      {"", false},
      {std::string(58, ' ') + "killed", true},         // ends at byte 64
      {std::string(60, ' ') + "killed now", true},     // crosses the 64-byte block
      {std::string(63, 'a') + " killed", true},
      {std::string(62, 'a') + "killed", false},        // one long word across the block
      {std::string(70, 'k') + " dead", true},
      {"x\xE2\x84\xAAilled", true},    // KELVIN SIGN folds onto k in RE2's (?i)
      {"\xE2\x84\xAAilled", false},    // but no \b before a non-ASCII byte at the start
      {"\xE2\x80\x9C" "dead\xE2\x80\x9D", true},  // curly quotes are not word bytes
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Filter().Contains(c.text, 0), c.killed_or_dead) << c.text;
  }
}

TEST(WholeWordFilterTest, GroupsReportsEachGroupFound) {
  EXPECT_EQ(Filter().Groups("Officials said three died.", 3u), 2u);
  EXPECT_EQ(Filter().Groups("Officials said three were killed.", 3u), 3u);
  EXPECT_EQ(Filter().Groups("Officials said three were killed.", 1u), 1u);
  EXPECT_EQ(Filter().Groups("According to police, 3 dead", 2u), 2u);
  EXPECT_EQ(Filter().Groups("Nothing here.", 3u), 0u);
}

TEST(WholeWordFilterTest, HitsListsEveryWordWithItsGroups) {
  // Offsets: said 10, killed 26, DEAD 34.
  std::optional<std::vector<WholeWordFilter::Hit>> hits =
      Filter().Hits("Officials said three were killed; DEAD ends. unkilled");
  ASSERT_TRUE(hits.has_value());
  ASSERT_EQ(hits->size(), 3u);
  EXPECT_EQ((*hits)[0].offset, 10u);
  EXPECT_EQ((*hits)[0].groups, 2u);
  EXPECT_EQ((*hits)[1].offset, 26u);
  EXPECT_EQ((*hits)[1].groups, 1u);
  EXPECT_EQ((*hits)[2].offset, 34u);
  EXPECT_EQ((*hits)[2].groups, 1u);
  // The same answers as Contains across a 64-byte block.
  hits = Filter().Hits(std::string(60, ' ') + "killed now");
  ASSERT_TRUE(hits.has_value());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].offset, 60u);
}

TEST(WholeWordFilterTest, HitsLeavesFoldingTextsToThePatterns) {
  EXPECT_FALSE(Filter().Hits("x\xE2\x84\xAAilled").has_value());
  EXPECT_TRUE(Filter().Contains("x\xE2\x84\xAAilled", 0));
}

}  // namespace
}  // namespace tally::internal::claims
