#include "timeml/xml_scanner.h"

#include <gtest/gtest.h>

namespace tally::internal {
namespace {

using Kind = XmlPiece::Kind;

TEST(XmlScannerTest, ReadsTagsAttributesAndText) {
  XmlScanner scanner(R"(<?xml version="1.0" ?><A x="1" y='two'>hi<B/></A>)");
  std::vector<Kind> kinds;
  std::vector<std::string> names;
  while (!scanner.Done()) {
    Result<XmlPiece> piece = scanner.Next();
    ASSERT_TRUE(piece.ok()) << piece.status().message();
    kinds.push_back(piece->kind);
    names.emplace_back(piece->name);
    if (piece->name == "A" && piece->kind == Kind::kStartTag) {
      EXPECT_EQ(piece->Attribute("x"), "1");
      EXPECT_EQ(piece->Attribute("y"), "two");
      EXPECT_EQ(piece->Attribute("z"), "");
    }
  }
  EXPECT_EQ(kinds, (std::vector<Kind>{Kind::kOther, Kind::kStartTag, Kind::kText,
                                      Kind::kEmptyTag, Kind::kEndTag}));
  EXPECT_EQ(names, (std::vector<std::string>{"", "A", "", "B", "A"}));
}

struct BadCase {
  const char* input;
  const char* message;  // expected start of the error message
};

TEST(XmlScannerTest, NamesTheByteOffsetOfMalformedMarkup) {
  const BadCase cases[] = {
      {"ab<A x=\"1\"", "byte 2: unterminated tag"},
      {"<A x=1>", "byte 5: attribute value not in quotes"},
      {"<A x>", "byte 4: attribute without '='"},
      {"x < y", "byte 2: '<' not followed by a tag name"},
      {"<!-- never closed", "byte 0: unterminated comment"},
      {"<A x=\"1>", "byte 5: unterminated attribute value"},
  };
  for (const BadCase& c : cases) {
    XmlScanner scanner(c.input);
    Status error = Status::Ok();
    while (!scanner.Done()) {
      Result<XmlPiece> piece = scanner.Next();
      if (!piece.ok()) {
        error = piece.status();
        break;
      }
    }
    EXPECT_EQ(error.message(), c.message) << c.input;
  }
}

}  // namespace
}  // namespace tally::internal
