// Word tokens of a sentence, for the phrase rules of the claims stage.
#ifndef TALLY_CLAIMS_TOKENS_H_
#define TALLY_CLAIMS_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tally::internal::claims {

struct Token {
  std::uint32_t begin = 0;  // bytes into the document text
  std::uint32_t end = 0;
  // Lower-case ASCII form with typographic apostrophes as "'" and a possessive "'s" removed;
  // punctuation tokens are the character itself.
  std::string norm;
  bool is_word = false;  // letters, digits, '-', '\'' (and any non-ASCII letter)
  bool possessive = false;  // the word ended in "'s"
  bool capitalized = false;  // the word starts with an ASCII capital ("Reeves", "Jr")
};

// Splits text[begin, end) into word and punctuation tokens (white space dropped). Offsets are
// into text. A non-ASCII byte is part of a word unless it starts a typographic quote or dash.
std::vector<Token> Tokenize(std::string_view text, std::uint32_t begin, std::uint32_t end);

// A phrase of lower-case words, matched against Token::norm.
using Phrase = std::vector<std::string>;
Phrase MakePhrase(std::string_view words);  // split on spaces

// True when tokens[at, at + phrase.size()) are the phrase's words.
bool MatchesAt(const std::vector<Token>& tokens, std::size_t at, const Phrase& phrase);

// The index of the first token that ends after byte `offset` (the token that holds it or the
// next one); tokens.size() when none does.
std::size_t TokenAt(const std::vector<Token>& tokens, std::uint32_t offset);

// True for a punctuation token that ends a clause: . ; : ? !
bool IsClauseEnd(const Token& t);

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_TOKENS_H_
