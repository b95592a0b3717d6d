// Fuzz target of the number reader: any bytes must read without a crash, a sanitizer report,
// or a mention that breaks the contract of tally::ReadNumbers (spans inside the text, in order
// and disjoint, the value span inside the span, lo <= hi).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz_limits.h"
#include "tally/analyse.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) size = tally::fuzz::kMaxInputBytes;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::uint32_t previous_end = 0;
  for (const tally::NumberMention& m : tally::ReadNumbers(text)) {
    if (m.span.begin >= m.span.end || m.span.end > text.size()) std::abort();
    if (m.span.begin < previous_end) std::abort();
    if (m.value_span.begin < m.span.begin || m.value_span.end > m.span.end) std::abort();
    if (!(m.lo <= m.hi)) std::abort();
    previous_end = m.span.end;
  }
  return 0;
}
