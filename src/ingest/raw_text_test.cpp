#include "ingest/raw_text.h"

#include <gtest/gtest.h>

namespace tally::internal {
namespace {

TEST(RawTextTest, NormalisesEncodingAndLineBreaks) {
  struct Case {
    std::string_view input;
    std::string_view expected;
  };
  const Case cases[] = {
      {"plain\ntext", "plain\ntext"},
      {"\xEF\xBB\xBFwith mark", "with mark"},
      {"mark \xEF\xBB\xBF inside", "mark \xEF\xBB\xBF inside"},  // only a leading one goes
      {"a\r\nb\r\n", "a\nb\n"},
      {"a\rb\r\r\nc", "a\nb\n\nc"},
      {"bad \xFF byte", "bad \xEF\xBF\xBD byte"},
      {"cut \xE2\x80", "cut \xEF\xBF\xBD\xEF\xBF\xBD"},
      {"", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(NormaliseRawText(c.input), c.expected) << c.input;
  }
}

TEST(RawTextTest, SnippetsKeepWholeCharacters) {
  EXPECT_EQ(Snippet("short"), "short");
  EXPECT_EQ(Snippet("abcdef", 4), "abcd");
  // "é" is C3 A9: a cut after C3 would leave half a character.
  EXPECT_EQ(Snippet("abc\xC3\xA9", 4), "abc");
  EXPECT_EQ(Snippet("abc\xC3\xA9z", 5), "abc\xC3\xA9");
}

}  // namespace
}  // namespace tally::internal
