#include "analyse/phrase_table.h"

#include "common/text.h"

namespace tally::internal {

namespace {

// token's bytes equal word (lower case) folded to ASCII lower case.
bool TokenEquals(std::string_view token, const std::string& word) {
  if (token.size() != word.size()) return false;
  for (std::size_t k = 0; k < token.size(); ++k) {
    if (AsciiLowerChar(token[k]) != word[k]) return false;
  }
  return true;
}

}  // namespace

PhraseTable::Bucket& PhraseTable::FindOrAdd(std::uint32_t key) {
  if (const Bucket* found = Find(key)) {
    return buckets_[static_cast<std::size_t>(found - buckets_.data())];
  }
  if ((buckets_.size() + 1) * 2 > slots_.size()) {  // keep the slots at most half full
    std::size_t size = slots_.empty() ? 16 : slots_.size() * 2;
    slots_.assign(size, kNoBucket);
    for (std::uint32_t b = 0; b < buckets_.size(); ++b) {
      std::size_t s = buckets_[b].key & (size - 1);
      while (slots_[s] != kNoBucket) s = (s + 1) & (size - 1);
      slots_[s] = b;
    }
  }
  std::size_t mask = slots_.size() - 1;
  std::size_t s = key & mask;
  while (slots_[s] != kNoBucket) s = (s + 1) & mask;
  slots_[s] = static_cast<std::uint32_t>(buckets_.size());
  buckets_.push_back(Bucket{key, {}});
  return buckets_.back();
}

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
  std::vector<Entry>& entries = FindOrAdd(key).entries;
  for (const Entry& existing : entries) {
    if (existing.words == entry.words && existing.spaced == entry.spaced) return;
  }
  // After the longer phrases and those of its length added before it.
  auto at = entries.begin();
  while (at != entries.end() && at->words.size() >= entry.words.size()) ++at;
  entries.insert(at, std::move(entry));
}

std::optional<PhraseTable::Match> PhraseTable::LongestAfterFilter(const TokenizedText& text,
                                                                  std::size_t i) const {
  const Bucket* bucket = Find(text[i].key);
  if (bucket == nullptr) return std::nullopt;
  for (const Entry& entry : bucket->entries) {
    std::size_t n = entry.words.size();
    if (i + n > text.size()) continue;
    bool ok = true;
    for (std::size_t k = 1; k < n && ok; ++k) {  // keys and spacing first: cheap
      const Token& token = text[i + k];
      ok = token.key == entry.keys[k] && !token.newline_before &&
           token.space_before == entry.spaced[k];
    }
    for (std::size_t k = 0; k < n && ok; ++k) ok = TokenEquals(text.Text(i + k), entry.words[k]);
    if (ok) return Match{entry.id, i + n};
  }
  return std::nullopt;
}

}  // namespace tally::internal
