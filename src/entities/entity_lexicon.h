// The entity data of data/entities/, loaded once: transliteration rewrites, people and
// organisations with their aliases.
#ifndef TALLY_ENTITIES_ENTITY_LEXICON_H_
#define TALLY_ENTITIES_ENTITY_LEXICON_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "tally/entities.h"

namespace tally::internal::entities {

struct Entity {
  std::string canonical;
  EntityKind kind = EntityKind::kPerson;
  std::string short_name;  // the first acronym alias ("CSTO"), else canonical
};

// True when alias has capital letters and no lower-case ones ("CSTO", "U.N.").
bool IsAcronym(std::string_view alias);

class EntityLexicon {
 public:
  // Loaded on first use; a malformed row aborts naming the file and line.
  static const EntityLexicon& Default();

  // The key of translit.tsv for a name (see tally::TransliterationKey).
  std::string Key(std::string_view name) const;

  // Index into entities() of the entity with this alias key, or -1. An alias that is an
  // acronym ("CSTO", "WHO") matches only text written in capitals (not "Who").
  int FindByKey(const std::string& key, bool written_in_capitals) const;
  // Index of the organisation whose lower-cased alias phrase this is, or -1.
  int FindOrganisationPhrase(const std::string& lower_phrase) const;

  const std::vector<Entity>& entities() const { return entities_; }
  std::size_t longest_alias_words() const { return longest_alias_words_; }

 private:
  EntityLexicon();
  std::vector<std::pair<std::string, std::string>> rewrites_;  // in order; "*double*" special
  std::vector<Entity> entities_;
  struct KeyedAlias {
    int entity = -1;
    bool acronym = false;
  };
  std::map<std::string, KeyedAlias> by_key_;         // alias key -> entity (names, acronyms)
  std::map<std::string, int> organisation_phrases_;  // lower-cased alias phrase -> entity
  std::size_t longest_alias_words_ = 1;
};

}  // namespace tally::internal::entities

#endif  // TALLY_ENTITIES_ENTITY_LEXICON_H_
