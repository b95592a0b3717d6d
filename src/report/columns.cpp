#include "report/columns.h"

#include "common/text.h"
#include "common/utf8_prefix.h"

namespace tally::internal {

std::size_t DisplayWidth(std::string_view text) {
  std::size_t width = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++width;
  }
  return width;
}

std::string PadRight(std::string_view text, std::size_t width) {
  std::string out(text);
  std::size_t current = DisplayWidth(text);
  if (current < width) out.append(width - current, ' ');
  return out;
}

std::string OneLine(std::string_view text) {
  std::string clean = SanitizeUtf8(text);
  std::string out;
  out.reserve(clean.size());
  bool pending_space = false;
  for (char c : clean) {
    if (static_cast<unsigned char>(c) < 0x20 || c == ' ' || c == 0x7F) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

std::string Ellipsize(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::string out(Trim(Utf8Prefix(text, max_bytes)));
  out += "\xE2\x80\xA6";  // …
  return out;
}

}  // namespace tally::internal
