// Small byte-level text helpers shared by the stages. ASCII-only case folding: the rules they
// serve match English function words and digits, never letters outside ASCII.
#ifndef TALLY_COMMON_TEXT_H_
#define TALLY_COMMON_TEXT_H_

#include <string>
#include <string_view>

namespace tally::internal {

// c folded to ASCII lower case (other bytes unchanged). Inline: lexicon lookups fold every
// byte they compare.
inline char AsciiLowerChar(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string_view Trim(std::string_view s);
std::string AsciiLower(std::string_view s);
bool IsAsciiAlpha(char c);
bool IsAsciiDigit(char c);
bool IsAsciiSpace(char c);
bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix);
bool EqualsIgnoreCase(std::string_view a, std::string_view b);

// Returns s with every invalid UTF-8 sequence replaced by U+FFFD, so that it can be written as
// JSON or stored as SQLite TEXT. Valid input is returned unchanged.
std::string SanitizeUtf8(std::string_view s);
// True when s is valid UTF-8.
bool IsValidUtf8(std::string_view s);

// The last path component of path ("a/b/c.txt" -> "c.txt").
std::string_view BaseName(std::string_view path);

}  // namespace tally::internal

#endif  // TALLY_COMMON_TEXT_H_
