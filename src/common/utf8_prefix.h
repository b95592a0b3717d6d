// Cutting UTF-8 text to a byte budget without splitting a character. Used for story titles
// and for evidence sentences in reports.
#ifndef TALLY_COMMON_UTF8_PREFIX_H_
#define TALLY_COMMON_UTF8_PREFIX_H_

#include <cstddef>
#include <string_view>

namespace tally::internal {

// The longest prefix of text that is at most max_bytes long and does not end inside a UTF-8
// sequence: a cut never leaves a lead byte without its continuation bytes. Text that is not
// valid UTF-8 is cut the same way (continuation bytes are never left dangling at the end).
// The view points into text.
std::string_view Utf8Prefix(std::string_view text, std::size_t max_bytes);

}  // namespace tally::internal

#endif  // TALLY_COMMON_UTF8_PREFIX_H_
