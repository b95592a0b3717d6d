#include "stories/story_id.h"

#include <cstdio>

#include <gtest/gtest.h>

namespace tally::internal {
namespace {

TEST(Fnv1a64Test, MatchesPublishedTestVectors) {
  // From the FNV reference test suite.
  EXPECT_EQ(Fnv1a64(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(Fnv1a64("a"), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(Fnv1a64("foobar"), 0x85944171f73967e8ULL);
}

TEST(Fnv1a64Test, ChainsLikeOneCall) {
  EXPECT_EQ(Fnv1a64("bar", Fnv1a64("foo")), Fnv1a64("foobar"));
}

TEST(StoryIdTest, IsSixteenHexDigitsOfTheSortedIds) {
  std::string id = StoryIdFromDocumentIds({"b", "a"});
  EXPECT_EQ(id.size(), 16u);
  EXPECT_EQ(id.find_first_not_of("0123456789abcdef"), std::string::npos);
  char expected[17];
  std::snprintf(expected, sizeof expected, "%016llx",
                static_cast<unsigned long long>(Fnv1a64("a\nb\n")));
  EXPECT_EQ(id, expected);
}

TEST(StoryIdTest, DoesNotDependOnOrder) {
  EXPECT_EQ(StoryIdFromDocumentIds({"x1", "y2", "z3"}), StoryIdFromDocumentIds({"z3", "x1", "y2"}));
}

TEST(StoryIdTest, SeparatesIds) {
  EXPECT_NE(StoryIdFromDocumentIds({"ab", "c"}), StoryIdFromDocumentIds({"a", "bc"}));
}

}  // namespace
}  // namespace tally::internal
