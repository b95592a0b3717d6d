#include <gtest/gtest.h>

#include "tally/ingest.h"

namespace tally {
namespace {

TEST(DocumentIdTest, IsSixteenLowercaseHexDigits) {
  std::string id = MakeDocumentId("", "Some text.");
  ASSERT_EQ(id.size(), 16u);
  for (char c : id) EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) << id;
}

TEST(DocumentIdTest, ComesFromTheUrlWhenThereIsOne) {
  EXPECT_EQ(MakeDocumentId("https://example.org/a", "first version"),
            MakeDocumentId("https://example.org/a", "corrected version"));
  EXPECT_NE(MakeDocumentId("https://example.org/a", "same text"),
            MakeDocumentId("https://example.org/b", "same text"));
}

TEST(DocumentIdTest, ComesFromTheTextWithoutUrl) {
  EXPECT_EQ(MakeDocumentId("", "same text"), MakeDocumentId("", "same text"));
  EXPECT_NE(MakeDocumentId("", "one text"), MakeDocumentId("", "another text"));
  EXPECT_EQ(MakeDocumentId("", "x"), MakeDocumentId("x", "whatever"));
}

// Stored ids must never change: these are XXH3-64 values (seed 0), the first from xxHash's own
// sanity table.
TEST(DocumentIdTest, IsPinned) {
  EXPECT_EQ(MakeDocumentId("", ""), "2d06800538d394c2");
  EXPECT_EQ(MakeDocumentId("https://example.org/a", "ignored"), "0050927113bd1d3f");
}

}  // namespace
}  // namespace tally
