// The stable id of a story: derived from the ids of all its documents, so the same set of
// documents gets the same id whatever their order and on every run and machine.
#ifndef TALLY_STORIES_STORY_ID_H_
#define TALLY_STORIES_STORY_ID_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tally::internal {

// FNV-1a, 64 bits (http://www.isthe.com/chongo/tech/comp/fnv/): tiny, fixed by its
// specification, and the same on every platform, unlike std::hash.
std::uint64_t Fnv1a64(std::string_view bytes, std::uint64_t state = 0xcbf29ce484222325ULL);

// 16 lower-case hex digits of FNV-1a 64 over the sorted ids, each followed by '\n' (so that
// {"ab", "c"} and {"a", "bc"} differ).
std::string StoryIdFromDocumentIds(std::vector<std::string_view> document_ids);

}  // namespace tally::internal

#endif  // TALLY_STORIES_STORY_ID_H_
