#include "timeml/xml_scanner.h"

#include <string>

namespace tally::internal {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// XML name characters, restricted to what TimeML uses (ASCII letters, digits, "_-.:"); any
// byte >= 0x80 is accepted so that UTF-8 names pass.
bool IsNameChar(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
         c == '_' || c == '-' || c == '.' || c == ':' || u >= 0x80;
}

}  // namespace

Status XmlScanner::Error(std::size_t offset, std::string_view what) const {
  std::string message = "byte " + std::to_string(offset) + ": ";
  message += what;
  return Status::Error(ErrorCode::kParseError, std::move(message));
}

Result<XmlPiece> XmlScanner::Next() {
  XmlPiece piece;
  piece.begin = pos_;
  if (input_[pos_] != '<') {
    std::size_t lt = input_.find('<', pos_);
    pos_ = lt == std::string_view::npos ? input_.size() : lt;
    piece.end = pos_;
    return piece;
  }
  std::string_view rest = input_.substr(pos_);
  // Markup without content: declarations, processing instructions, comments.
  auto skip_to = [&](std::string_view terminator, std::string_view what) -> Result<XmlPiece> {
    std::size_t close = input_.find(terminator, pos_ + 2);
    if (close == std::string_view::npos) return Error(piece.begin, what);
    pos_ = close + terminator.size();
    piece.kind = XmlPiece::Kind::kOther;
    piece.end = pos_;
    return piece;
  };
  if (rest.starts_with("<!--")) return skip_to("-->", "unterminated comment");
  if (rest.starts_with("<?")) return skip_to("?>", "unterminated processing instruction");
  if (rest.starts_with("<!")) return skip_to(">", "unterminated declaration");

  std::size_t i = pos_ + 1;
  bool end_tag = i < input_.size() && input_[i] == '/';
  if (end_tag) ++i;
  std::size_t name_begin = i;
  while (i < input_.size() && IsNameChar(input_[i])) ++i;
  if (i == name_begin) return Error(piece.begin, "'<' not followed by a tag name");
  piece.name = input_.substr(name_begin, i - name_begin);
  while (true) {
    while (i < input_.size() && IsSpace(input_[i])) ++i;
    if (i >= input_.size()) return Error(piece.begin, "unterminated tag");
    char c = input_[i];
    if (c == '>') {
      piece.kind = end_tag ? XmlPiece::Kind::kEndTag : XmlPiece::Kind::kStartTag;
      ++i;
      break;
    }
    if (c == '/' && !end_tag && i + 1 < input_.size() && input_[i + 1] == '>') {
      piece.kind = XmlPiece::Kind::kEmptyTag;
      i += 2;
      break;
    }
    if (end_tag) return Error(i, "unexpected character in an end tag");
    std::size_t key_begin = i;
    while (i < input_.size() && IsNameChar(input_[i])) ++i;
    if (i == key_begin) return Error(i, "unexpected character in a tag");
    std::string_view key = input_.substr(key_begin, i - key_begin);
    while (i < input_.size() && IsSpace(input_[i])) ++i;
    if (i >= input_.size() || input_[i] != '=') return Error(i, "attribute without '='");
    ++i;
    while (i < input_.size() && IsSpace(input_[i])) ++i;
    if (i >= input_.size() || (input_[i] != '"' && input_[i] != '\'')) {
      return Error(i, "attribute value not in quotes");
    }
    char quote = input_[i];
    std::size_t close = input_.find(quote, i + 1);
    if (close == std::string_view::npos) return Error(i, "unterminated attribute value");
    piece.attributes.emplace_back(key, input_.substr(i + 1, close - i - 1));
    i = close + 1;
  }
  pos_ = i;
  piece.end = i;
  return piece;
}

}  // namespace tally::internal
