// Plain-text layout helpers for the terminal report: widths counted in characters, not bytes,
// so that "≥" (three bytes) takes one column.
#ifndef TALLY_REPORT_COLUMNS_H_
#define TALLY_REPORT_COLUMNS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace tally::internal {

// Columns text takes in a terminal: one per code point (tally's reports hold no wide or
// combining characters of their own; text from documents may be off by a little, which only
// costs alignment).
std::size_t DisplayWidth(std::string_view text);

// text followed by spaces up to width columns; text as is when it is as wide or wider.
std::string PadRight(std::string_view text, std::size_t width);

// text on one line: invalid UTF-8 replaced (U+FFFD), control characters and runs of white space
// collapsed to one space, trimmed.
std::string OneLine(std::string_view text);

// text when it takes at most max_bytes bytes; else its longest prefix of at most max_bytes
// bytes that ends on a character boundary, with trailing white space dropped and "…" added.
std::string Ellipsize(std::string_view text, std::size_t max_bytes);

}  // namespace tally::internal

#endif  // TALLY_REPORT_COLUMNS_H_
