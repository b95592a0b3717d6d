#include "stories/story_id.h"

#include <algorithm>

#include <fmt/format.h>

namespace tally::internal {

std::uint64_t Fnv1a64(std::string_view bytes, std::uint64_t state) {
  constexpr std::uint64_t kPrime = 0x100000001b3ULL;
  for (char c : bytes) {
    state ^= static_cast<unsigned char>(c);
    state *= kPrime;
  }
  return state;
}

std::string StoryIdFromDocumentIds(std::vector<std::string_view> document_ids) {
  std::sort(document_ids.begin(), document_ids.end());
  std::uint64_t state = Fnv1a64("");
  for (std::string_view id : document_ids) {
    state = Fnv1a64(id, state);
    state = Fnv1a64("\n", state);
  }
  return fmt::format("{:016x}", state);
}

}  // namespace tally::internal
