// Fuzz target of the time tagger: any bytes, with and without an anchor date, must tag without
// a crash, a sanitizer report, or a mention that breaks the contract of tally::TagTimes (spans
// inside the text, in order and disjoint, a non-empty value). The document date inference
// runs on the same input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "fuzz_limits.h"
#include "tally/analyse.h"

namespace {

void Check(std::string_view text, std::optional<tally::Date> anchor) {
  std::uint32_t previous_end = 0;
  for (const tally::TimeMention& t : tally::TagTimes(text, anchor)) {
    if (t.span.begin >= t.span.end || t.span.end > text.size()) std::abort();
    if (t.span.begin < previous_end) std::abort();
    if (t.value.empty()) std::abort();
    previous_end = t.span.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) size = tally::fuzz::kMaxInputBytes;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Check(text, std::nullopt);
  Check(text, tally::Date::FromYmd(2022, 1, 10));
  Check(text, tally::Date::FromYmd(1, 1, 1));
  Check(text, tally::Date::FromYmd(9999, 12, 31));
  (void)tally::InferDocumentDate(text);
  (void)tally::InferDocumentDate(text, 2022);
  return 0;
}
