// A set of phrases (one or more tokens each) matched against a token stream, ASCII
// case-insensitively. The lexicons of the analyse stage are phrase tables over data files.
#ifndef TALLY_ANALYSE_PHRASE_TABLE_H_
#define TALLY_ANALYSE_PHRASE_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
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
  // Cost: proportional to the number of phrases sharing token i's first word (small).
  std::optional<Match> Longest(const TokenizedText& text, std::size_t i) const;

  // The phrase matches at token i (any of them, when several do).
  bool Matches(const TokenizedText& text, std::size_t i) const {
    return Longest(text, i).has_value();
  }

 private:
  struct Entry {
    std::vector<std::string> words;  // lower case
    std::vector<std::uint64_t> keys;
    std::vector<bool> spaced;        // spaced[k]: white space before words[k]
    int id = 0;
  };
  std::unordered_map<std::uint64_t, std::vector<Entry>> by_first_key_;
};

}  // namespace tally::internal

#endif  // TALLY_ANALYSE_PHRASE_TABLE_H_
