#include "analyse/phrase_table.h"

#include "common/text.h"

namespace tally::internal {

void PhraseTable::Add(std::string_view phrase, int id) {
  TokenizedText tokens(phrase);
  if (tokens.size() == 0) return;
  Entry entry;
  entry.id = id;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    entry.words.push_back(AsciiLower(tokens.Text(k)));
    entry.keys.push_back(tokens[k].key);
    entry.spaced.push_back(tokens[k].space_before);
  }
  std::uint32_t key = entry.keys.front();
  std::uint32_t a = key % kFilterBits;
  std::uint32_t b = (key >> 16) % kFilterBits;
  filter_[a / 64] |= std::uint64_t{1} << (a % 64);
  filter_[b / 64] |= std::uint64_t{1} << (b % 64);
  std::vector<Entry>& bucket = by_first_key_[key];
  for (const Entry& existing : bucket) {
    if (existing.words == entry.words && existing.spaced == entry.spaced) return;
  }
  bucket.push_back(std::move(entry));
}

std::optional<PhraseTable::Match> PhraseTable::LongestAfterFilter(const TokenizedText& text,
                                                                  std::size_t i) const {
  auto it = by_first_key_.find(text[i].key);
  if (it == by_first_key_.end()) return std::nullopt;
  std::optional<Match> best;
  for (const Entry& entry : it->second) {
    std::size_t n = entry.words.size();
    if (i + n > text.size()) continue;
    if (best && n <= best->end - i) continue;
    bool ok = true;
    for (std::size_t k = 0; k < n && ok; ++k) {
      const Token& token = text[i + k];
      ok = token.key == entry.keys[k] && EqualsIgnoreCase(text.Text(i + k), entry.words[k]);
      if (ok && k > 0) ok = !token.newline_before && token.space_before == entry.spaced[k];
    }
    if (ok) best = Match{entry.id, i + n};
  }
  return best;
}

}  // namespace tally::internal
