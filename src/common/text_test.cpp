#include "common/text.h"

#include <gtest/gtest.h>

namespace tally::internal {
namespace {

TEST(TextTest, TrimsAsciiSpace) {
  EXPECT_EQ(Trim("  a b \n"), "a b");
  EXPECT_EQ(Trim(""), "");
  EXPECT_EQ(Trim(" \t "), "");
}

TEST(TextTest, ValidatesUtf8) {
  EXPECT_TRUE(IsValidUtf8("plain"));
  EXPECT_TRUE(IsValidUtf8("\xE2\x80\x9C" "quoted" "\xE2\x80\x9D"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // a surrogate
  EXPECT_FALSE(IsValidUtf8("\xE2\x80"));          // truncated
  EXPECT_EQ(SanitizeUtf8("a\xE2\x80"), "a\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(TextTest, ComparesIgnoringAsciiCase) {
  EXPECT_TRUE(EqualsIgnoreCase("Interior Ministry", "interior ministry"));
  EXPECT_TRUE(StartsWithIgnoreCase("According to", "according"));
  EXPECT_FALSE(StartsWithIgnoreCase("Acc", "according"));
}

TEST(TextTest, TakesBaseNames) {
  EXPECT_EQ(BaseName("a/b/c.txt"), "c.txt");
  EXPECT_EQ(BaseName("c.txt"), "c.txt");
}

}  // namespace
}  // namespace tally::internal
