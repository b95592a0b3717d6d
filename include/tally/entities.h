// Entities: people and organisations with one canonical name per referent, from the data files
// of data/entities/ (aliases, acronyms, transliterations: Tokayev / Toqaev / Tokaev are one
// person; CSTO is the Collective Security Treaty Organization; "Kazakhstan's interior ministry"
// and "the Interior Ministry" are one body). Places are the claims stage's gazetteer.
#ifndef TALLY_ENTITIES_H_
#define TALLY_ENTITIES_H_

#include <string>
#include <string_view>
#include <vector>

#include "tally/analyse.h"

namespace tally {

enum class EntityKind { kPerson, kOrganisation };
const char* EntityKindName(EntityKind kind);  // "person", "organisation"

struct EntityMention {
  Span span;              // bytes into the searched text
  std::string canonical;  // e.g. "Kassym-Jomart Tokayev"
  EntityKind kind = EntityKind::kPerson;
  std::string short_name;  // the acronym an organisation goes by ("CSTO"), else canonical
};

// Every known person or organisation named in text, in text order, non-overlapping (the
// longest name wins). Thread-safe; linear in the text for a fixed lexicon.
std::vector<EntityMention> FindEntities(std::string_view text);

// The canonical form of an attribution ("the country's health ministry" -> "Health Ministry",
// "President Qasym-Zhomart Toqaev" -> "Kassym-Jomart Tokayev"). A source naming no known
// entity comes back as written, trimmed. Thread-safe.
std::string CanonicalSource(std::string_view source);

// The key under which the transliterations of a name meet (data/entities/translit.tsv):
// TransliterationKey("Toqaev") == TransliterationKey("Tokayev").
std::string TransliterationKey(std::string_view name);

}  // namespace tally

#endif  // TALLY_ENTITIES_H_
