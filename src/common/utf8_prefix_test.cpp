#include "common/utf8_prefix.h"

#include <gtest/gtest.h>

namespace tally::internal {
namespace {

TEST(Utf8PrefixTest, KeepsTextThatFits) {
  EXPECT_EQ(Utf8Prefix("abc", 3), "abc");
  EXPECT_EQ(Utf8Prefix("abc", 10), "abc");
  EXPECT_EQ(Utf8Prefix("", 0), "");
}

TEST(Utf8PrefixTest, CutsAsciiAtTheBudget) {
  EXPECT_EQ(Utf8Prefix("abcdef", 4), "abcd");
  EXPECT_EQ(Utf8Prefix("abcdef", 0), "");
}

TEST(Utf8PrefixTest, NeverSplitsACharacter) {
  // "a" then U+2026 (3 bytes) then "b".
  const std::string_view text = "a\xE2\x80\xA6" "b";
  EXPECT_EQ(Utf8Prefix(text, 1), "a");
  EXPECT_EQ(Utf8Prefix(text, 2), "a");
  EXPECT_EQ(Utf8Prefix(text, 3), "a");
  EXPECT_EQ(Utf8Prefix(text, 4), "a\xE2\x80\xA6");
  // A 4-byte sequence (U+1F600) cut anywhere inside disappears whole.
  const std::string_view emoji = "\xF0\x9F\x98\x80x";
  for (std::size_t budget = 0; budget < 4; ++budget) {
    EXPECT_EQ(Utf8Prefix(emoji, budget), "") << budget;
  }
  EXPECT_EQ(Utf8Prefix(emoji, 4), "\xF0\x9F\x98\x80");
}

TEST(Utf8PrefixTest, StaysInsideInvalidText) {
  // Stray continuation bytes: the cut backs up over them but never past the start.
  EXPECT_EQ(Utf8Prefix("\x80\x80\x80", 2), "");
  EXPECT_EQ(Utf8Prefix("a\xFF" "bc", 2), "a\xFF");
}

}  // namespace
}  // namespace tally::internal
