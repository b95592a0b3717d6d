// Limits shared by the fuzz targets.
#ifndef TALLY_FUZZ_FUZZ_LIMITS_H_
#define TALLY_FUZZ_FUZZ_LIMITS_H_

#include <cstddef>

namespace tally::fuzz {

// Inputs beyond this are cut: the readers are linear, and long inputs only slow the search
// (tests of large inputs live in the unit tests).
constexpr std::size_t kMaxInputBytes = 64 * 1024;

}  // namespace tally::fuzz

#endif  // TALLY_FUZZ_FUZZ_LIMITS_H_
