// A set of phrases (one or more tokens each) matched against a token stream, ASCII
// case-insensitively. The lexicons of the analyse stage are phrase tables over data files.
#ifndef TALLY_ANALYSE_PHRASE_TABLE_H_
#define TALLY_ANALYSE_PHRASE_TABLE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/tokenizer.h"

namespace tally::internal {

class PhraseTable {
 public:
  struct Match {
    int id = 0;           // as given to Add
    std::size_t end = 0;  // index of the token after the phrase
  };

  // Adds phrase with payload id. The phrase is tokenized like text; where it has white space
  // between two tokens the text must have some, and where it has none the text must have none
  // ("a.m." does not match "a. m."). An empty phrase is ignored; a phrase added twice keeps
  // its first id.
  void Add(std::string_view phrase, int id);

  // The longest phrase that starts at token i and stays on token i's line; nullopt if none.
  // Cost: proportional to the number of phrases sharing token i's first word (small). Inline
  // because the analyse stage asks a score of tables about every token and most answers are
  // a filter miss.
  std::optional<Match> Longest(const TokenizedText& text, std::size_t i) const {
    if (i >= text.size() || !MayStartAt(text[i].key)) return std::nullopt;
    return LongestAfterFilter(text, i);
  }

  // False when no phrase of the table can start with a token of this key (a filter: true
  // does not promise a match).
  bool MayStartAt(std::uint32_t key) const {
    std::uint32_t a = key % kFilterBits;
    std::uint32_t b = (key >> 16) % kFilterBits;
    return ((filter_[a / 64] >> (a % 64)) & 1) != 0 && ((filter_[b / 64] >> (b % 64)) & 1) != 0;
  }

  // The phrase matches at token i (any of them, when several do).
  bool Matches(const TokenizedText& text, std::size_t i) const {
    return Longest(text, i).has_value();
  }

 private:
  std::optional<Match> LongestAfterFilter(const TokenizedText& text, std::size_t i) const;

  struct Entry {
    std::vector<std::string> words;  // lower case
    std::vector<std::uint32_t> keys;
    std::vector<bool> spaced;        // spaced[k]: white space before words[k]
    int id = 0;
  };
  // The entries of one first key, longest phrase first (in the order added among phrases of
  // one length), so that the first match is the longest.
  struct Bucket {
    std::uint32_t key = 0;
    std::vector<Entry> entries;
  };
  // The bucket of key, or nullptr: open addressing over buckets_ (power-of-two size, linear
  // probing, kNoBucket for an empty slot).
  const Bucket* Find(std::uint32_t key) const {
    if (slots_.empty()) return nullptr;
    std::size_t mask = slots_.size() - 1;
    for (std::size_t s = key & mask;; s = (s + 1) & mask) {
      std::uint32_t b = slots_[s];
      if (b == kNoBucket) return nullptr;
      if (buckets_[b].key == key) return &buckets_[b];
    }
  }
  Bucket& FindOrAdd(std::uint32_t key);

  // A two-probe bit filter over the first keys: most tokens start no phrase of a table, and
  // the analyse stage asks a score of tables about every token, so misses must be cheap.
  static constexpr std::size_t kFilterBits = 2048;
  static constexpr std::uint32_t kNoBucket = 0xFFFFFFFFu;
  std::array<std::uint64_t, kFilterBits / 64> filter_{};
  std::vector<Bucket> buckets_;
  std::vector<std::uint32_t> slots_;  // bucket index per slot; at most half of them used
};

}  // namespace tally::internal

#endif  // TALLY_ANALYSE_PHRASE_TABLE_H_
