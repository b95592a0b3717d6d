#include "claims/tokens.h"

#include <gtest/gtest.h>

namespace tally::internal::claims {
namespace {

std::vector<std::string> Norms(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text, 0, static_cast<std::uint32_t>(text.size()))) {
    out.push_back(t.norm);
  }
  return out;
}

TEST(TokensTest, SplitsWordsAndPunctuation) {
  EXPECT_EQ(Norms("Police detained 7,939 people."),
            (std::vector<std::string>{"police", "detained", "7", ",", "939", "people", "."}));
}

TEST(TokensTest, KeepsInnerHyphensApostrophesAndDecimals) {
  EXPECT_EQ(Norms("law-enforcement don't 1.5"),
            (std::vector<std::string>{"law-enforcement", "don't", "1.5"}));
}

TEST(TokensTest, DropsPossessivesWithTypographicApostrophes) {
  std::string text = "Kazakhstan\xE2\x80\x99s ministry";
  std::vector<Token> tokens = Tokenize(text, 0, static_cast<std::uint32_t>(text.size()));
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].norm, "kazakhstan");
  EXPECT_TRUE(tokens[0].possessive);
  EXPECT_EQ(tokens[0].end, 14u);  // the apostrophe and s included
}

TEST(TokensTest, TypographicQuotesSeparateWords) {
  EXPECT_EQ(Norms("\xE2\x80\x9Cterrorists\xE2\x80\x9D"),
            (std::vector<std::string>{"\xE2\x80\x9C", "terrorists", "\xE2\x80\x9D"}));
}

TEST(TokensTest, MatchesPhrases) {
  std::string text = "the total number of detainees";
  std::vector<Token> tokens = Tokenize(text, 0, static_cast<std::uint32_t>(text.size()));
  EXPECT_TRUE(MatchesAt(tokens, 2, MakePhrase("number of detainees")));
  EXPECT_FALSE(MatchesAt(tokens, 3, MakePhrase("number of detainees")));
  EXPECT_FALSE(MatchesAt(tokens, 4, MakePhrase("detainees were")));
}

}  // namespace
}  // namespace tally::internal::claims
