#include "report/columns.h"

#include <gtest/gtest.h>

namespace tally::internal {
namespace {

TEST(DisplayWidthTest, CountsCharactersNotBytes) {
  EXPECT_EQ(DisplayWidth(""), 0u);
  EXPECT_EQ(DisplayWidth("164"), 3u);
  EXPECT_EQ(DisplayWidth("\xE2\x89\xA5" "160"), 4u);  // ≥160
  EXPECT_EQ(DisplayWidth("\xE2\x80\x94"), 1u);        // —
}

TEST(PadRightTest, PadsToColumns) {
  EXPECT_EQ(PadRight("ab", 4), "ab  ");
  EXPECT_EQ(PadRight("\xE2\x89\xA5" "1", 3), "\xE2\x89\xA5" "1 ");
  EXPECT_EQ(PadRight("abcdef", 3), "abcdef");
}

TEST(OneLineTest, CollapsesWhiteSpaceAndControls) {
  EXPECT_EQ(OneLine("  a\tb\n\nc  "), "a b c");
  EXPECT_EQ(OneLine("a\x01" "b"), "a b");
  EXPECT_EQ(OneLine("x\xFFy"), "x\xEF\xBF\xBDy");
}

TEST(EllipsizeTest, CutsOnACharacterBoundary) {
  EXPECT_EQ(Ellipsize("short", 10), "short");
  EXPECT_EQ(Ellipsize("short", 5), "short");
  EXPECT_EQ(Ellipsize("abcdefgh", 4), "abcd\xE2\x80\xA6");
  // "ab" then é (2 bytes): a cut at 3 bytes keeps "ab".
  EXPECT_EQ(Ellipsize("ab\xC3\xA9" "cd", 3), "ab\xE2\x80\xA6");
  // Trailing white space before the cut goes.
  EXPECT_EQ(Ellipsize("one two three", 4), "one\xE2\x80\xA6");
}

}  // namespace
}  // namespace tally::internal
