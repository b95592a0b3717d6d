// Stories: groups documents that report on one event. This first version puts every document
// in one story; later versions cluster by near-duplicates, shared entities and time.
#ifndef TALLY_STORIES_H_
#define TALLY_STORIES_H_

#include <optional>
#include <string>
#include <vector>

#include "tally/date.h"
#include "tally/document.h"

namespace tally {

struct Story {
  // Stable: 16 hex digits of FNV-1a 64 over its documents' sorted ids, so the same documents
  // give the same id in any order, on any run.
  std::string id;
  // The title of its earliest document (first in `documents`), or when it has none the first
  // non-blank line of its text, cut to 100 bytes on a character boundary.
  std::string title;
  std::vector<std::size_t> documents;  // indices into the input, in date order
  std::optional<Date> first_date;      // earliest publication date among its documents
  std::optional<Date> last_date;       // latest
};

// Pure; thread-safe. Every input index appears in exactly one story.
std::vector<Story> GroupStories(const std::vector<const Document*>& documents);

}  // namespace tally

#endif  // TALLY_STORIES_H_
