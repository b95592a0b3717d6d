#include "analyse/tokenizer.h"

#include <string>

#include <gtest/gtest.h>

namespace tally::internal {
namespace {

// "<text>/<kind>[^ when glued]" per token: w word, d digits, p punct.
std::string Describe(std::string_view text) {
  TokenizedText tokens(text);
  std::string out;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0) out += tokens[i].newline_before ? " \\n " : " ";
    out += std::string(tokens.Text(i)) + "/";
    out += tokens[i].kind == TokenKind::kWord ? "w" : tokens[i].kind == TokenKind::kDigits ? "d"
                                                                                            : "p";
    if (tokens.Glued(i)) out += "^";
  }
  return out;
}

TEST(TokenizerTest, SplitsWordsDigitsAndPunctuation) {
  EXPECT_EQ(Describe("nearly 8,000 people"), "nearly/w 8/d ,/p^ 000/d^ people/w");
  EXPECT_EQ(Describe("Khabat-24 16x9"), "Khabat/w -/p^ 24/d^ 16/d x/w^ 9/d^");
  EXPECT_EQ(Describe("$5m\nok"), "$/p 5/d^ m/w^ \\n ok/w");
}

TEST(TokenizerTest, HandlesUnicode) {
  // Letters of any script are words; no-break spaces separate; curly quotes are punctuation.
  EXPECT_EQ(Describe("Kazakhstan\u2019s 12\u00a0000 Almaty\u2014\u0410\u043b\u043c\u0430"),
            "Kazakhstan/w \u2019/p^ s/w^ 12/d 000/d Almaty/w \u2014/p^ "
            "\u0410\u043b\u043c\u0430/w^");
  TokenizedText tokens("\u0130stanbul Caf\u00e9");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_TRUE(tokens[0].upper);
}

TEST(TokenizerTest, InvalidBytesArePunctuation) {
  EXPECT_EQ(Describe("a\xff" "b \xc3"), "a/w \xff/p^ b/w^ \xc3/p");
  EXPECT_EQ(Describe("\xe2\x82"), "\xe2/p \x82/p^");
}

TEST(TokenizerTest, KeysIgnoreAsciiCase) {
  TokenizedText tokens("More more MORE");
  EXPECT_EQ(tokens[0].key, tokens[1].key);
  EXPECT_EQ(tokens[1].key, tokens[2].key);
  EXPECT_EQ(tokens[0].key, TokenKey("more"));
}

}  // namespace
}  // namespace tally::internal
