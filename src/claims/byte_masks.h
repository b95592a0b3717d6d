// Bit masks over 64 bytes of text at a time, for scans that would otherwise branch on every
// byte: bit j describes text[base + j]; bytes past the end of the text set no bit.
#ifndef TALLY_CLAIMS_BYTE_MASKS_H_
#define TALLY_CLAIMS_BYTE_MASKS_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tally::internal::claims {

// RE2's \w ([0-9A-Za-z_]): the bytes on one side of a \b.
inline constexpr std::array<std::uint8_t, 256> kRe2WordByte = [] {
  std::array<std::uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[static_cast<std::size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                         (c >= '0' && c <= '9') || c == '_';
  }
  return table;
}();

// Bytes 0xC4, 0xC5 and 0xE2: the first bytes of the non-ASCII letters that RE2's (?i) folds
// onto ASCII ones (see WholeWordFilter).
inline constexpr std::array<std::uint8_t, 256> kFoldLeadByte = [] {
  std::array<std::uint8_t, 256> table{};
  table[0xC4] = table[0xC5] = table[0xE2] = 1;
  return table;
}();

struct WordMasks {
  std::uint64_t word = 0;  // kRe2WordByte
  std::uint64_t fold = 0;  // kFoldLeadByte
};

inline WordMasks ReadWordMasks(std::string_view text, std::size_t base) {
  WordMasks masks;
  if (base >= text.size()) return masks;
#if defined(__SSE2__)
  if (text.size() - base >= 64) {
    for (int q = 0; q < 4; ++q) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + base + 16 * q));
      __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
      // Signed compares: bytes from 0x80 up are negative, so never letters or digits.
      __m128i alpha = _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
                                    _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
      __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                    _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
      __m128i word = _mm_or_si128(_mm_or_si128(alpha, digit),
                                  _mm_cmpeq_epi8(v, _mm_set1_epi8('_')));
      __m128i fold = _mm_or_si128(
          _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xC4))),
                       _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xC5)))),
          _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xE2))));
      masks.word |= static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm_movemask_epi8(word)))
                    << (16 * q);
      masks.fold |= static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm_movemask_epi8(fold)))
                    << (16 * q);
    }
    return masks;
  }
#endif
  std::size_t count = std::min<std::size_t>(64, text.size() - base);
  for (std::size_t j = 0; j < count; ++j) {
    unsigned char c = static_cast<unsigned char>(text[base + j]);
    masks.word |= std::uint64_t{kRe2WordByte[c]} << j;
    masks.fold |= std::uint64_t{kFoldLeadByte[c]} << j;
  }
  return masks;
}

// Bytes that are ASCII capital letters.
inline std::uint64_t ReadCapitalMask(std::string_view text, std::size_t base) {
  std::uint64_t mask = 0;
  if (base >= text.size()) return mask;
#if defined(__SSE2__)
  if (text.size() - base >= 64) {
    for (int q = 0; q < 4; ++q) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + base + 16 * q));
      __m128i capital = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                      _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
      mask |= static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm_movemask_epi8(capital)))
              << (16 * q);
    }
    return mask;
  }
#endif
  std::size_t count = std::min<std::size_t>(64, text.size() - base);
  for (std::size_t j = 0; j < count; ++j) {
    char c = text[base + j];
    mask |= std::uint64_t{c >= 'A' && c <= 'Z'} << j;
  }
  return mask;
}

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_BYTE_MASKS_H_
