#include <xxhash.h>

#include <fmt/format.h>

#include "tally/ingest.h"

namespace tally {

// XXH3-64 is stable across platforms and xxHash versions (its output is specified), which the
// store's idempotency by id depends on.
std::string MakeDocumentId(std::string_view url, std::string_view raw_text) {
  std::string_view key = url.empty() ? raw_text : url;
  XXH64_hash_t hash = XXH3_64bits(key.data(), key.size());
  return fmt::format("{:016x}", static_cast<unsigned long long>(hash));
}

}  // namespace tally
