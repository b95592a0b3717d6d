#include "claims/gazetteer.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "claims/byte_masks.h"
#include "common/data_files.h"
#include "common/text.h"

namespace tally::internal::claims {
namespace {

constexpr std::string_view kFile = "claims/places.tsv";

[[noreturn]] void BadRow(std::size_t line, const char* what) {
  std::fprintf(stderr, "tally: data file %.*s line %zu: %s\n", static_cast<int>(kFile.size()),
               kFile.data(), line, what);
  std::abort();
}

bool IsWordChar(char c) {
  return IsAsciiAlpha(c) || IsAsciiDigit(c) || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

Gazetteer::Gazetteer() {
  for (const DataRow& row : DataRows(kFile)) {
    if (row.fields.size() != 4) BadRow(row.line, "expected CANONICAL KIND PARENT ALIASES");
    Place place;
    place.canonical = row.fields[0];
    if (row.fields[1] == "country") {
      place.kind = PlaceKind::kCountry;
    } else if (row.fields[1] == "region") {
      place.kind = PlaceKind::kRegion;
    } else if (row.fields[1] == "city") {
      place.kind = PlaceKind::kCity;
    } else {
      BadRow(row.line, "KIND is country, region or city");
    }
    if (row.fields[2] != "-") place.parent = row.fields[2];
    std::string_view aliases = row.fields[3];
    while (!aliases.empty()) {
      std::size_t bar = aliases.find('|');
      std::string_view alias = Trim(aliases.substr(0, bar));
      if (!alias.empty()) aliases_.emplace_back(std::string(alias), places_.size());
      aliases = bar == std::string_view::npos ? std::string_view() : aliases.substr(bar + 1);
    }
    places_.push_back(std::move(place));
  }
  // Longest alias first: at one position the longest alias wins.
  std::stable_sort(aliases_.begin(), aliases_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (std::size_t a = 0; a < aliases_.size(); ++a) {
    const std::string& alias = aliases_[a].first;
    std::size_t first = static_cast<unsigned char>(alias[0]);
    aliases_by_first_byte_[first].push_back(a);
    capital_starts_ &= alias[0] >= 'A' && alias[0] <= 'Z';
    for (std::size_t second = 0; second < 256; ++second) {
      if (alias.size() > 1 && second != static_cast<unsigned char>(alias[1])) continue;
      std::size_t pair = first << 8 | second;
      starts_[pair / 64] |= std::uint64_t{1} << (pair % 64);
    }
  }
}

Gazetteer::~Gazetteer() = default;

const Gazetteer& Gazetteer::Default() {
  static const Gazetteer* gazetteer = new Gazetteer;
  return *gazetteer;
}

const std::pair<std::string, std::size_t>* Gazetteer::AliasAt(std::string_view text,
                                                             std::size_t pos) const {
  std::size_t pair = static_cast<std::size_t>(static_cast<unsigned char>(text[pos])) << 8 |
                     (pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : 0u);
  if (((starts_[pair / 64] >> (pair % 64)) & 1u) == 0) return nullptr;
  for (std::size_t a : aliases_by_first_byte_[static_cast<unsigned char>(text[pos])]) {
    const std::string& alias = aliases_[a].first;
    if (alias.size() > text.size() - pos || text[pos + alias.size() - 1] != alias.back()) continue;
    bool same = true;
    for (std::size_t k = 1; k + 1 < alias.size() && same; ++k) same = text[pos + k] == alias[k];
    if (same) return &aliases_[a];
  }
  return nullptr;
}

std::vector<PlaceMention> Gazetteer::Find(std::string_view text) const {
  // The leftmost position where an alias starts, then the longest alias there: what the
  // alternation of aliases (longest first) finds. A match that is not a whole word is skipped
  // as a whole, as before.
  std::vector<PlaceMention> mentions;
  if (aliases_.empty()) return mentions;
  const std::size_t n = text.size();
  std::size_t pos = 0;
  auto take = [&](std::size_t begin, const std::pair<std::string, std::size_t>& found) {
    std::size_t end = begin + found.first.size();
    bool whole_word = (begin == 0 || !IsWordChar(text[begin - 1])) &&
                      (end == n || !IsWordChar(text[end]) || text.compare(end, 2, "'s") == 0);
    if (whole_word) {
      mentions.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end),
                          found.second});
    }
    pos = end;
  };
  if (capital_starts_) {
    // Every alias starts with a capital: visit only those, 64 bytes at a time.
    for (std::size_t base = 0; base < n; base += 64) {
      for (std::uint64_t capitals = ReadCapitalMask(text, base); capitals != 0;
           capitals &= capitals - 1) {
        std::size_t at = base + static_cast<std::size_t>(__builtin_ctzll(capitals));
        if (at < pos) continue;
        if (const auto* found = AliasAt(text, at)) take(at, *found);
      }
    }
    return mentions;
  }
  while (pos < n) {
    if (const auto* found = AliasAt(text, pos)) {
      take(pos, *found);
    } else {
      ++pos;
    }
  }
  return mentions;
}

}  // namespace tally::internal::claims
