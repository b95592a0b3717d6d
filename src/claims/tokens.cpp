#include "claims/tokens.h"

#include "common/text.h"

namespace tally::internal::claims {
namespace {

// Typographic punctuation that separates words although its bytes are not ASCII: curly
// quotes (U+2018, U+201C, U+201D), dashes (U+2013, U+2014), ellipsis (U+2026), bullet (U+2022).
// U+2019 is an apostrophe inside a word ("Kazakhstan’s") and a closing quote elsewhere.
std::size_t TypographicPunctuationLength(std::string_view text, std::size_t i) {
  if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
      static_cast<unsigned char>(text[i + 1]) == 0x80) {
    unsigned char c = static_cast<unsigned char>(text[i + 2]);
    if (c == 0x98 || c == 0x9C || c == 0x9D || c == 0x93 || c == 0x94 || c == 0xA6 ||
        c == 0xA2) {
      return 3;
    }
  }
  return 0;
}

bool IsRightSingleQuote(std::string_view text, std::size_t i) {
  return i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
         static_cast<unsigned char>(text[i + 1]) == 0x80 &&
         static_cast<unsigned char>(text[i + 2]) == 0x99;
}

// Inline ASCII tests: this scan runs over every sentence that may hold a claim.
inline bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

inline bool IsWordByte(std::string_view text, std::size_t i) {
  char c = text[i];
  if (IsAlnum(c)) return true;
  if (static_cast<unsigned char>(c) < 0x80) return false;
  return static_cast<unsigned char>(c) >= 0x80 && TypographicPunctuationLength(text, i) == 0 &&
         !IsRightSingleQuote(text, i);
}

// Reads the word that starts at text[i] (IsWordByte(text, i) holds) into norm, lower-cased,
// with a possessive "'s" removed; returns the index after it. Sets *possessive.
std::size_t ReadWord(std::string_view text, std::size_t i, std::size_t end, std::string& norm,
                     bool* possessive) {
  norm.clear();
  while (i < end) {
    if (IsWordByte(text, i)) {
      char c = text[i];
      norm.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      ++i;
    } else if ((text[i] == '\'' || text[i] == '-' || text[i] == '.') && i + 1 < end &&
               IsWordByte(text, i + 1) && !(text[i] == '.' && !IsAsciiDigit(text[i + 1]))) {
      // Inner apostrophe, hyphen, or decimal point: "don't", "law-enforcement", "1.5".
      norm.push_back(text[i]);
      ++i;
    } else if (IsRightSingleQuote(text, i) && i + 3 < end && IsWordByte(text, i + 3)) {
      norm.push_back('\'');
      i += 3;
    } else {
      break;
    }
  }
  *possessive = norm.size() > 2 && norm.compare(norm.size() - 2, 2, "'s") == 0;
  if (*possessive) norm.resize(norm.size() - 2);
  return i;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  std::vector<Token> tokens;
  tokens.reserve((end - begin) / 5 + 1);  // about one token per five bytes of news prose
  std::size_t i = begin;
  while (i < end) {
    if (text[i] == ' ' || IsAsciiSpace(text[i])) {
      ++i;
      continue;
    }
    if (IsWordByte(text, i)) {
      Token token;
      token.begin = static_cast<std::uint32_t>(i);
      token.is_word = true;
      token.capitalized = text[i] >= 'A' && text[i] <= 'Z';
      i = ReadWord(text, i, end, token.norm, &token.possessive);
      token.end = static_cast<std::uint32_t>(i);
      tokens.push_back(std::move(token));
      continue;
    }
    std::size_t length = TypographicPunctuationLength(text, i);
    if (length == 0 && IsRightSingleQuote(text, i)) length = 3;
    if (length == 0) length = 1;
    if (i + length > end) length = end - i;
    Token token;
    token.begin = static_cast<std::uint32_t>(i);
    token.end = static_cast<std::uint32_t>(i + length);
    token.norm = std::string(text.substr(i, length));
    tokens.push_back(std::move(token));
    i += length;
  }
  return tokens;
}

Phrase MakePhrase(std::string_view words) {
  Phrase phrase;
  std::size_t start = 0;
  while (start < words.size()) {
    std::size_t space = words.find(' ', start);
    if (space == std::string_view::npos) space = words.size();
    if (space > start) phrase.emplace_back(AsciiLower(words.substr(start, space - start)));
    start = space + 1;
  }
  return phrase;
}

bool MatchesAt(const std::vector<Token>& tokens, std::size_t at, const Phrase& phrase) {
  if (phrase.empty() || at + phrase.size() > tokens.size()) return false;
  for (std::size_t k = 0; k < phrase.size(); ++k) {
    const std::string& norm = tokens[at + k].norm;
    const std::string& word = phrase[k];
    // Inline: the words are short and most differ in length or first byte; memcmp calls cost
    // more than the comparison.
    if (norm.size() != word.size()) return false;
    for (std::size_t c = 0; c < word.size(); ++c) {
      if (norm[c] != word[c]) return false;
    }
  }
  return true;
}

std::size_t TokenAt(const std::vector<Token>& tokens, std::uint32_t offset) {
  std::size_t at = 0;
  while (at < tokens.size() && tokens[at].end <= offset) ++at;
  return at;
}

bool IsClauseEnd(const Token& t) {
  std::string_view w = t.norm;  // inline comparisons, no library call
  return w == "." || w == ";" || w == ":" || w == "?" || w == "!";
}

}  // namespace tally::internal::claims
