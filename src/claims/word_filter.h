// A fast test for "does this text hold one of these words as a whole word, in any case": for
// each group of words, the same answer as the RE2 pattern (?i)\b(?:w1|w2|...)\b, without running
// a regular expression over every sentence (the claims stage asks it of every sentence).
#ifndef TALLY_CLAIMS_WORD_FILTER_H_
#define TALLY_CLAIMS_WORD_FILTER_H_

#include <array>
#include <cstdint>
#include <memory>
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

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
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
