#include "analyse/tokenizer.h"

#include <array>
#include <limits>

#include <unicode/uchar.h>

namespace tally::internal {
namespace {

// FNV-1a, 32 bits: lookups verify the bytes, so the hash only has to spread.
constexpr std::uint32_t kFnvOffset = 2166136261u;
constexpr std::uint32_t kFnvPrime = 16777619u;

// ASCII lower case of every byte (others unchanged), as a table: the scan hashes every byte.
constexpr std::array<std::uint8_t, 256> kLower = [] {
  std::array<std::uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[static_cast<std::size_t>(c)] =
        static_cast<std::uint8_t>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return table;
}();

std::uint32_t HashStep(std::uint32_t h, char c) {
  return (h ^ kLower[static_cast<std::uint8_t>(c)]) * kFnvPrime;
}

// One code point decoded from UTF-8: its value (U+FFFD for an invalid sequence) and its length
// in bytes (1 for an invalid byte, so that decoding always advances).
struct CodePoint {
  UChar32 value;
  std::size_t length;
};

CodePoint Decode(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(s[k]); };
  std::uint8_t b0 = byte(i);
  if (b0 < 0x80) return {b0, 1};
  std::size_t n;
  std::uint8_t lo = 0x80, hi = 0xBF;
  UChar32 value;
  // RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2;
    value = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3;
    value = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4;
    value = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return {0xFFFD, 1};
  }
  if (i + n > s.size()) return {0xFFFD, 1};
  for (std::size_t k = 1; k < n; ++k) {
    std::uint8_t b = byte(i + k);
    if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) return {0xFFFD, 1};
    value = (value << 6) | (b & 0x3F);
  }
  return {value, n};
}

enum class CharClass { kSpace, kNewline, kLetter, kMark, kDigit, kOther };

constexpr CharClass ClassifyAscii(UChar32 c) {
  if (c == '\n' || c == '\r' || c == '\f' || c == '\v') return CharClass::kNewline;
  if (c == ' ' || c == '\t') return CharClass::kSpace;
  if (c >= '0' && c <= '9') return CharClass::kDigit;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::kLetter;
  return CharClass::kOther;
}

// ClassifyAscii as a table: news text is mostly ASCII, and the scan looks at every byte.
constexpr std::array<CharClass, 128> kAsciiClass = [] {
  std::array<CharClass, 128> table{};
  for (int c = 0; c < 128; ++c) table[static_cast<std::size_t>(c)] = ClassifyAscii(c);
  return table;
}();

CharClass Classify(UChar32 c) {
  if (c < 0x80) return kAsciiClass[static_cast<std::size_t>(c)];
  // U+2028/U+2029 (line and paragraph separators) and U+0085 (NEL) end lines (UAX #14).
  if (c == 0x2028 || c == 0x2029 || c == 0x85) return CharClass::kNewline;
  if (u_isUWhiteSpace(c)) return CharClass::kSpace;  // NBSP, thin and narrow spaces too
  if (u_isUAlphabetic(c)) return CharClass::kLetter;
  // Combining marks continue a word ("é" written as e + U+0301).
  if (U_GET_GC_MASK(c) & U_GC_M_MASK) return CharClass::kMark;
  return CharClass::kOther;
}

}  // namespace

std::uint32_t TokenKey(std::string_view s) {
  std::uint32_t h = kFnvOffset;
  for (char c : s) h = HashStep(h, c);
  return h;
}

TokenizedText::TokenizedText(std::string_view text) {
  constexpr std::size_t kMaxBytes = std::numeric_limits<std::uint32_t>::max();
  if (text.size() > kMaxBytes) text = text.substr(0, kMaxBytes);
  text_ = text;
  // Most tokens of prose are 4-6 bytes with their white space.
  tokens_.reserve(text.size() / 5 + 1);

  bool space = false;
  bool newline = false;
  std::size_t i = 0;
  while (i < text.size()) {
    std::uint8_t lead = static_cast<std::uint8_t>(text[i]);
    CodePoint cp = lead < 0x80 ? CodePoint{lead, 1} : Decode(text, i);
    CharClass cls = Classify(cp.value);
    if (cls == CharClass::kSpace || cls == CharClass::kNewline) {
      space = true;
      newline = newline || cls == CharClass::kNewline;
      i += cp.length;
      continue;
    }
    Token token;
    token.begin = static_cast<std::uint32_t>(i);
    token.space_before = space;
    token.newline_before = newline;
    space = newline = false;
    std::uint32_t h = kFnvOffset;
    if (cls == CharClass::kDigit) {
      token.kind = TokenKind::kDigits;
      while (i < text.size() && text[i] >= '0' && text[i] <= '9') h = HashStep(h, text[i++]);
    } else if (cls == CharClass::kLetter || cls == CharClass::kMark) {
      token.kind = TokenKind::kWord;
      token.upper = cp.value < 0x80 ? (cp.value >= 'A' && cp.value <= 'Z') : u_isupper(cp.value);
      while (i < text.size()) {
        std::uint8_t byte = static_cast<std::uint8_t>(text[i]);
        if (byte < 0x80) {  // the common case: an ASCII letter continues, anything else ends
          if (kAsciiClass[byte] != CharClass::kLetter) break;
          h = HashStep(h, text[i++]);
          continue;
        }
        CodePoint next = Decode(text, i);
        CharClass next_cls = Classify(next.value);
        if (next_cls != CharClass::kLetter && next_cls != CharClass::kMark) break;
        for (std::size_t k = 0; k < next.length; ++k) h = HashStep(h, text[i + k]);
        i += next.length;
      }
    } else {
      token.kind = TokenKind::kPunct;
      for (std::size_t k = 0; k < cp.length; ++k) h = HashStep(h, text[i + k]);
      i += cp.length;
    }
    token.end = static_cast<std::uint32_t>(i);
    token.key = h;
    tokens_.push_back(token);
  }
}

}  // namespace tally::internal
