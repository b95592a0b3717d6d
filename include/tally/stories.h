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
  std::string id;                      // stable: derived from the ids of its first document
  std::string title;                   // the title (or first line) of its earliest document
  std::vector<std::size_t> documents;  // indices into the input, in date order
  std::optional<Date> first_date;      // earliest publication date among its documents
  std::optional<Date> last_date;       // latest
};

// Pure; thread-safe. Every input index appears in exactly one story.
std::vector<Story> GroupStories(const std::vector<const Document*>& documents);

}  // namespace tally

#endif  // TALLY_STORIES_H_
