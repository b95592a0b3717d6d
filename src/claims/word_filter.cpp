#include "claims/word_filter.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <cstdlib>

#include <re2/re2.h>

#include "claims/byte_masks.h"

namespace tally::internal::claims {
namespace {

inline char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Non-ASCII letters that (?i) folds onto ASCII ones: KELVIN SIGN (U+212A, "k"), LATIN SMALL
// LETTER LONG S (U+017F, "s"), and, to be safe, the Turkish dotted and dotless I (U+0130,
// U+0131). A text holding one is left to the regular expression.
inline bool FoldsOntoAscii(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) {
    return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u;
  };
  unsigned char c = byte(i);
  if (c == 0xE2) return byte(i + 1) == 0x84 && byte(i + 2) == 0xAA;
  if (c == 0xC5) return byte(i + 1) == 0xBF;
  if (c == 0xC4) return byte(i + 1) == 0xB0 || byte(i + 1) == 0xB1;
  return false;
}

}  // namespace

WholeWordFilter::WholeWordFilter(const std::vector<std::set<std::string>>& groups,
                                 const char* what_for) {
  for (std::size_t g = 0; g < groups.size() && g < 32; ++g) {
    std::string pattern = "(?i)\\b(?:";
    for (const std::string& word : groups[g]) {
      if (pattern.back() != ':') pattern += '|';
      pattern += RE2::QuoteMeta(word);
      bool letters = !word.empty() && word.size() <= kMaxLength;
      for (char c : word) letters &= c >= 'a' && c <= 'z';
      fast_ &= letters;
      if (letters) {
        words_[word] |= std::uint32_t{1} << g;
        std::size_t bit = Bucket(word, 0, word.size());
        buckets_[bit / 64] |= std::uint64_t{1} << (bit % 64);
      }
    }
    pattern += ")\\b";
    RE2::Options options;
    options.set_never_capture(true);
    patterns_.push_back(std::make_unique<RE2>(pattern, options));
    if (!patterns_.back()->ok()) {
      std::fprintf(stderr, "tally: data files %s: phrase words form no pattern\n", what_for);
      std::abort();
    }
  }
}

WholeWordFilter::~WholeWordFilter() = default;

std::size_t WholeWordFilter::Bucket(std::string_view text, std::size_t start, std::size_t length) {
  // Up to the first eight bytes, lower-cased for letters (other bytes may change, which only
  // adds collisions), mixed with the length.
  std::uint64_t key = 0;
  if (text.size() - start >= 8) {
    std::memcpy(&key, text.data() + start, 8);  // one load; no byte-wise copy
  } else {
    std::memcpy(&key, text.data() + start, text.size() - start);
  }
  std::size_t taken = std::min<std::size_t>(length, 8);
  key = (key | 0x2020202020202020ull) & (~0ull >> (64 - 8 * taken));
  // The length goes into the top byte, which a word of eight bytes or more fills with a
  // letter; collisions only cost an exact lookup.
  std::uint64_t mixed = (key ^ (static_cast<std::uint64_t>(length) << 59)) * 0x9E3779B97F4A7C15ull;
  return static_cast<std::size_t>(mixed >> (64 - 16));
}

template <typename OnWord>
bool WholeWordFilter::ScanWords(std::string_view text, OnWord on_word) const {
  // Between two \b the match is a whole run of word bytes. The runs are found 64 bytes at a
  // time from bit masks (few unpredictable branches); each is looked up first in the bucket
  // bits, then exactly.
  const std::size_t n = text.size();
  WordMasks block = ReadWordMasks(text, 0);
  std::uint64_t word_before = 0;  // 1 when the byte before this block is a word byte
  for (std::size_t base = 0; base < n; base += 64) {
    WordMasks next = ReadWordMasks(text, base + 64);
    for (std::uint64_t fold = block.fold; fold != 0; fold &= fold - 1) {
      if (FoldsOntoAscii(text, base + static_cast<std::size_t>(__builtin_ctzll(fold)))) {
        return false;
      }
    }
    std::uint64_t starts = block.word & ~((block.word << 1) | word_before);
    for (; starts != 0; starts &= starts - 1) {
      unsigned s = static_cast<unsigned>(__builtin_ctzll(starts));
      std::uint64_t run = block.word >> s;
      if (s > 0) run |= next.word << (64 - s);
      std::size_t length = ~run == 0 ? 64 : static_cast<std::size_t>(__builtin_ctzll(~run));
      if (length > kMaxLength) continue;
      std::size_t start = base + s;
      std::size_t bit = Bucket(text, start, length);
      if (((buckets_[bit / 64] >> (bit % 64)) & 1u) == 0) continue;
      char lowered[kMaxLength];
      for (std::size_t k = 0; k < length; ++k) lowered[k] = Lower(text[start + k]);
      auto it = words_.find(std::string_view(lowered, length));
      if (it != words_.end() && !on_word(start, it->second)) return true;
    }
    word_before = block.word >> 63;
    block = next;
  }
  return true;
}

std::uint32_t WholeWordFilter::PatternGroups(std::string_view text, std::uint32_t wanted) const {
  std::uint32_t found = 0;
  for (std::size_t g = 0; g < patterns_.size(); ++g) {
    if (((wanted >> g) & 1u) != 0 &&
        RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *patterns_[g])) {
      found |= std::uint32_t{1} << g;
    }
  }
  return found;
}

std::uint32_t WholeWordFilter::Groups(std::string_view text, std::uint32_t wanted) const {
  if (!fast_) return PatternGroups(text, wanted);
  std::uint32_t found = 0;
  bool scanned = ScanWords(text, [&](std::size_t, std::uint32_t groups) {
    found |= groups & wanted;
    return found != wanted;
  });
  return scanned ? found : PatternGroups(text, wanted);
}

std::optional<std::vector<WholeWordFilter::Hit>> WholeWordFilter::Hits(
    std::string_view text) const {
  if (!fast_) return std::nullopt;
  std::vector<Hit> hits;
  bool scanned = ScanWords(text, [&](std::size_t offset, std::uint32_t groups) {
    hits.push_back({offset, groups});
    return true;
  });
  if (!scanned) return std::nullopt;
  return hits;
}

}  // namespace tally::internal::claims
