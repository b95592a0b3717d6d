// A fast test for "does this text hold one of these words as a whole word, in any case": for
// each group of words, the same answer as the RE2 pattern (?i)\b(?:w1|w2|...)\b, without running
// a regular expression over every sentence (the claims stage asks it of every sentence).
#ifndef TALLY_CLAIMS_WORD_FILTER_H_
#define TALLY_CLAIMS_WORD_FILTER_H_

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace re2 {
class RE2;
}  // namespace re2

namespace tally::internal::claims {

class WholeWordFilter {
 public:
  // Group g holds the lower-case words groups[g] (at most 32 groups). When every word is made
  // of ASCII letters, queries scan the text's words and look them up (a text holding a
  // non-ASCII letter that RE2 folds onto an ASCII one goes to the patterns); otherwise every
  // query runs the patterns. Aborts naming what_for when the words form no pattern.
  WholeWordFilter(const std::vector<std::set<std::string>>& groups, const char* what_for);
  ~WholeWordFilter();
  WholeWordFilter(const WholeWordFilter&) = delete;
  WholeWordFilter& operator=(const WholeWordFilter&) = delete;

  // Bit g set when text holds a word of group g, for the groups in wanted (the scan stops
  // once it has found them all). A word is held when it stands between RE2 word boundaries
  // (ASCII [0-9A-Za-z_] on one side only), matched with RE2's case folding. Thread-safe.
  std::uint32_t Groups(std::string_view text, std::uint32_t wanted) const;
  bool Contains(std::string_view text, std::size_t group) const {
    return Groups(text, std::uint32_t{1} << group) != 0;
  }

  // Every word of text that is in some group, in text order, with the bits of its groups: one
  // scan for a whole text whose parts are asked about in turn (the SIMD scan then stays off
  // the byte-wise path that the end of every short part takes). Nullopt when only the
  // patterns can answer for this text (see the constructor); then ask Groups part by part.
  struct Hit {
    std::size_t offset = 0;  // of the word's first byte
    std::uint32_t groups = 0;
  };
  std::optional<std::vector<Hit>> Hits(std::string_view text) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  // Calls on_word(offset, groups) for each word found, in order, while it returns true.
  // False when a byte that RE2 folds onto ASCII turns up, and the patterns must answer.
  template <typename OnWord>
  bool ScanWords(std::string_view text, OnWord on_word) const;
  std::uint32_t PatternGroups(std::string_view text, std::uint32_t wanted) const;

  static constexpr std::size_t kMaxLength = 32;
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> words_;  // -> groups
  static constexpr std::size_t kBuckets = std::size_t{1} << 16;
  // A 16-bit bucket of the word text[start, start + length).
  static std::size_t Bucket(std::string_view text, std::size_t start, std::size_t length);
  // Bit Bucket(w, 0, w.size()) is set for every word w.
  std::array<std::uint64_t, kBuckets / 64> buckets_{};
  bool fast_ = true;  // all words are ASCII letters no longer than kMaxLength
  std::vector<std::unique_ptr<re2::RE2>> patterns_;  // per group
};

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_WORD_FILTER_H_
