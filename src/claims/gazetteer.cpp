#include "claims/gazetteer.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>

#include <re2/re2.h>

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
  // Longest alias first: RE2 alternation prefers the earlier branch at one position.
  std::stable_sort(aliases_.begin(), aliases_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (const auto& [alias, place] : aliases_) place_of_alias_.emplace(alias, place);
  std::string pattern = "(";
  for (std::size_t i = 0; i < aliases_.size(); ++i) {
    if (i > 0) pattern += "|";
    pattern += RE2::QuoteMeta(aliases_[i].first);
  }
  pattern += ")";
  pattern_ = std::make_unique<RE2>(pattern);
  if (!pattern_->ok()) BadRow(0, "aliases do not form a valid pattern");
}

Gazetteer::~Gazetteer() = default;

const Gazetteer& Gazetteer::Default() {
  static const Gazetteer* gazetteer = new Gazetteer;
  return *gazetteer;
}

std::vector<PlaceMention> Gazetteer::Find(std::string_view text) const {
  std::vector<PlaceMention> mentions;
  if (aliases_.empty()) return mentions;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  std::size_t pos = 0;
  while (pos < text.size() &&
         pattern_->Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
    std::size_t begin = static_cast<std::size_t>(match.data() - text.data());
    std::size_t end = begin + match.size();
    bool whole_word = (begin == 0 || !IsWordChar(text[begin - 1])) &&
                      (end == text.size() || !IsWordChar(text[end]) ||
                       text.compare(end, 2, "'s") == 0);
    if (whole_word) {
      auto it = place_of_alias_.find(text.substr(begin, end - begin));
      if (it != place_of_alias_.end()) {
        mentions.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end),
                            it->second});
      }
    }
    pos = end > begin ? end : begin + 1;
  }
  return mentions;
}

}  // namespace tally::internal::claims
