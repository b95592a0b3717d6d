#include "ingest/raw_text.h"

#include "common/text.h"

namespace tally::internal {

std::string_view StripByteOrderMark(std::string_view bytes) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (bytes.substr(0, kBom.size()) == kBom) bytes.remove_prefix(kBom.size());
  return bytes;
}

std::string NormaliseRawText(std::string_view bytes) {
  std::string valid = SanitizeUtf8(StripByteOrderMark(bytes));
  if (valid.find('\r') == std::string::npos) return valid;
  std::string out;
  out.reserve(valid.size());
  for (std::size_t i = 0; i < valid.size(); ++i) {
    if (valid[i] != '\r') {
      out += valid[i];
    } else {
      out += '\n';
      if (i + 1 < valid.size() && valid[i + 1] == '\n') ++i;
    }
  }
  return out;
}

std::string Snippet(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t end = max_bytes;
  // Step back over UTF-8 continuation bytes (10xxxxxx) so no character is cut in two.
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return std::string(text.substr(0, end));
}

}  // namespace tally::internal
