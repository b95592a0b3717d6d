#include "entities/entity_lexicon.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "common/data_files.h"
#include "common/text.h"

namespace tally::internal::entities {
namespace {

[[noreturn]] void BadRow(const char* file, std::size_t line, const char* what) {
  std::fprintf(stderr, "tally: data file %s line %zu: %s\n", file, line, what);
  std::abort();
}

std::vector<std::string> SplitAliases(std::string_view aliases) {
  std::vector<std::string> out;
  while (!aliases.empty()) {
    std::size_t bar = aliases.find('|');
    std::string_view alias = Trim(aliases.substr(0, bar));
    if (!alias.empty()) out.emplace_back(alias);
    aliases = bar == std::string_view::npos ? std::string_view() : aliases.substr(bar + 1);
  }
  return out;
}

std::size_t WordCount(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = IsAsciiSpace(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Lower-cased, with a leading article dropped: the form organisation phrases are compared in.
std::string OrganisationForm(std::string_view phrase) {
  std::string lower = AsciiLower(Trim(phrase));
  for (const char* article : {"the ", "a ", "an "}) {
    std::string_view a(article);
    if (lower.compare(0, a.size(), a) == 0) {
      lower.erase(0, a.size());
      break;
    }
  }
  return lower;
}

}  // namespace

bool IsAcronym(std::string_view alias) {
  bool letters = false;
  for (char c : alias) {
    if (c >= 'a' && c <= 'z') return false;
    letters |= c >= 'A' && c <= 'Z';
  }
  return letters;
}

EntityLexicon::EntityLexicon() {
  for (const DataRow& row : DataRows("entities/translit.tsv")) {
    rewrites_.emplace_back(row.fields[0], row.fields.size() > 1 ? row.fields[1] : "");
  }
  for (const DataRow& row : DataRows("entities/people.tsv")) {
    if (row.fields.size() != 2) BadRow("entities/people.tsv", row.line, "expected 2 fields");
    int index = static_cast<int>(entities_.size());
    entities_.push_back({row.fields[0], EntityKind::kPerson, row.fields[0]});
    for (const std::string& alias : SplitAliases(row.fields[1])) {
      by_key_.emplace(Key(alias), KeyedAlias{index, IsAcronym(alias)});
      longest_alias_words_ = std::max(longest_alias_words_, WordCount(alias));
    }
  }
  for (const DataRow& row : DataRows("entities/organisations.tsv")) {
    if (row.fields.size() != 2) {
      BadRow("entities/organisations.tsv", row.line, "expected 2 fields");
    }
    int index = static_cast<int>(entities_.size());
    entities_.push_back({row.fields[0], EntityKind::kOrganisation, row.fields[0]});
    bool short_name_set = false;
    for (const std::string& alias : SplitAliases(row.fields[1])) {
      if (!short_name_set && IsAcronym(alias)) {
        entities_.back().short_name = alias;
        short_name_set = true;
      }
      organisation_phrases_.emplace(OrganisationForm(alias), index);
      // Names written with capitals (proper names, acronyms) are found in running text too.
      if (alias.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos &&
          alias.compare(0, 4, "the ") != 0) {
        by_key_.emplace(Key(alias), KeyedAlias{index, IsAcronym(alias)});
        longest_alias_words_ = std::max(longest_alias_words_, WordCount(alias));
      }
    }
  }
}

const EntityLexicon& EntityLexicon::Default() {
  static const EntityLexicon* lexicon = new EntityLexicon;
  return *lexicon;
}

std::string EntityLexicon::Key(std::string_view name) const {
  std::string key;
  for (char c : AsciiLower(name)) {
    if (IsAsciiAlpha(c) || IsAsciiDigit(c) || static_cast<unsigned char>(c) >= 0x80) {
      key.push_back(c);
    }
  }
  for (const auto& [from, to] : rewrites_) {
    if (from == "*double*") {
      key.erase(std::unique(key.begin(), key.end(),
                            [](char a, char b) { return a == b && IsAsciiAlpha(a); }),
                key.end());
      continue;
    }
    std::string out;
    for (std::size_t i = 0; i < key.size();) {
      if (key.compare(i, from.size(), from) == 0) {
        out += to;
        i += from.size();
      } else {
        out.push_back(key[i++]);
      }
    }
    key = std::move(out);
  }
  return key;
}

int EntityLexicon::FindByKey(const std::string& key, bool written_in_capitals) const {
  auto it = by_key_.find(key);
  if (it == by_key_.end()) return -1;
  if (it->second.acronym && !written_in_capitals) return -1;
  return it->second.entity;
}

int EntityLexicon::FindOrganisationPhrase(const std::string& lower_phrase) const {
  auto it = organisation_phrases_.find(lower_phrase);
  return it == organisation_phrases_.end() ? -1 : it->second;
}

}  // namespace tally::internal::entities
