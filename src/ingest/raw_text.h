// The one normal form of text as ingest hands it on, so that every later byte offset means the
// same thing whatever the input's encoding quirks.
#ifndef TALLY_INGEST_RAW_TEXT_H_
#define TALLY_INGEST_RAW_TEXT_H_

#include <string>
#include <string_view>

namespace tally::internal {

// Returns bytes without a leading UTF-8 byte order mark, with every invalid UTF-8 sequence
// replaced by U+FFFD (SanitizeUtf8), and with line breaks normalised to "\n": CRLF (Windows)
// and a lone CR (classic Mac OS) each become one LF, as Python's universal newlines do.
std::string NormaliseRawText(std::string_view bytes);

// bytes without a leading UTF-8 byte order mark (EF BB BF).
std::string_view StripByteOrderMark(std::string_view bytes);

// The first bytes of text, at most max_bytes, cut at a UTF-8 character boundary: the snippet
// of a Reject.
std::string Snippet(std::string_view text, std::size_t max_bytes = 80);

}  // namespace tally::internal

#endif  // TALLY_INGEST_RAW_TEXT_H_
