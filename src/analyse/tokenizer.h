// The token stream that the number reader, the time tagger and the date inference scan.
// Tokens are words (letters), runs of ASCII digits, and single punctuation characters;
// white space is not a token but is recorded on the token after it, because "12 000" and
// "12,000", "19m" and "19 m" read differently.
#ifndef TALLY_ANALYSE_TOKENIZER_H_
#define TALLY_ANALYSE_TOKENIZER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace tally::internal {

enum class TokenKind : std::uint8_t {
  kWord,    // letters: ASCII letters and Unicode alphabetic characters, with combining marks
  kDigits,  // ASCII digits only
  kPunct,   // one other character; an invalid UTF-8 byte is a punct token of its own
};

struct Token {
  std::uint32_t begin = 0;  // byte offsets into the text
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::kPunct;
  bool space_before = false;    // white space separates it from the previous token
  bool newline_before = false;  // ... and that white space holds a line break
  bool upper = false;           // the first character is an upper-case letter
  // Hash of the token's bytes folded to ASCII lower case: lexicon lookups compare it first.
  std::uint32_t key = 0;
};

// Hash used for Token::key, over s folded to ASCII lower case.
std::uint32_t TokenKey(std::string_view s);

// The tokens of a text. Holds a view of the text: the text must outlive it. Copying is
// disabled because a copy is never needed and would double the memory of a large document.
class TokenizedText {
 public:
  // Tokenizes text in one pass; linear in its size, never fails. Text beyond 4 GiB - 1 bytes
  // is ignored (offsets are 32-bit, as in tally::Span).
  explicit TokenizedText(std::string_view text);
  TokenizedText(const TokenizedText&) = delete;
  TokenizedText& operator=(const TokenizedText&) = delete;

  std::string_view text() const { return text_; }
  std::size_t size() const { return tokens_.size(); }
  const Token& operator[](std::size_t i) const { return tokens_[i]; }
  // The bytes of token i.
  std::string_view Text(std::size_t i) const {
    return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }

  // Queries that are false, not errors, for an index past the end.
  bool IsWord(std::size_t i) const { return i < size() && tokens_[i].kind == TokenKind::kWord; }
  bool IsDigits(std::size_t i) const {
    return i < size() && tokens_[i].kind == TokenKind::kDigits;
  }
  // Token i is the single character c.
  bool IsChar(std::size_t i, char c) const {
    return i < size() && tokens_[i].end - tokens_[i].begin == 1 && text_[tokens_[i].begin] == c;
  }
  // Token i follows token i-1 with no white space between them.
  bool Glued(std::size_t i) const { return i < size() && i > 0 && !tokens_[i].space_before; }
  // Token i follows token i-1 on the same line, with or without white space.
  bool SameLine(std::size_t i) const { return i < size() && !tokens_[i].newline_before; }
  // Number of digits of token i (0 unless it is a digits token).
  std::size_t DigitCount(std::size_t i) const {
    return IsDigits(i) ? tokens_[i].end - tokens_[i].begin : 0;
  }
  // Bytes of white space before token i (0 for the first token).
  std::size_t GapBefore(std::size_t i) const {
    return i == 0 ? 0 : tokens_[i].begin - tokens_[i - 1].end;
  }

 private:
  std::string_view text_;
  std::vector<Token> tokens_;
};

}  // namespace tally::internal

#endif  // TALLY_ANALYSE_TOKENIZER_H_
