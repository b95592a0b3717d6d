// A scanner of the XML subset TimeML files use: start, end and empty-element tags with quoted
// attributes, text, and markup that carries no content (<?xml ...?>, <!-- ... -->, <!DOCTYPE>).
// No DTDs, no CDATA sections, entities left as written.
#ifndef TALLY_TIMEML_XML_SCANNER_H_
#define TALLY_TIMEML_XML_SCANNER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tally/status.h"

namespace tally::internal {

struct XmlPiece {
  enum class Kind { kText, kStartTag, kEndTag, kEmptyTag, kOther };
  Kind kind = Kind::kText;
  std::size_t begin = 0;  // bytes [begin, end) of the input
  std::size_t end = 0;
  std::string_view name;  // the element name of tags; views into the input
  std::vector<std::pair<std::string_view, std::string_view>> attributes;
  std::string_view Attribute(std::string_view key) const {
    for (const auto& [k, v] : attributes) {
      if (k == key) return v;
    }
    return {};
  }
};

// Reads the input piece by piece. Views returned live as long as the input.
class XmlScanner {
 public:
  explicit XmlScanner(std::string_view input) : input_(input) {}
  bool Done() const { return pos_ >= input_.size(); }
  // The next piece; an error (kParseError with the byte offset) on a malformed tag.
  Result<XmlPiece> Next();

 private:
  Status Error(std::size_t offset, std::string_view what) const;
  std::string_view input_;
  std::size_t pos_ = 0;
};

}  // namespace tally::internal

#endif  // TALLY_TIMEML_XML_SCANNER_H_
