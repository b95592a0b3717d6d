#include "common/json_writer.h"

#include <gtest/gtest.h>

namespace tally::internal {
namespace {

TEST(JsonWriterTest, WritesNestedContainers) {
  JsonWriter w;
  w.BeginObject().Key("a").Int(1).Key("b").BeginArray().String("x").Null().Bool(true)
      .EndArray().Key("c").BeginObject().EndObject().EndObject();
  EXPECT_EQ(w.str(), R"({"a":1,"b":["x",null,true],"c":{}})");
}

TEST(JsonWriterTest, EscapesStrings) {
  EXPECT_EQ(JsonQuote("a\"b\\c\nd\te\x01"), R"("a\"b\\c\nd\te\u0001")");
}

TEST(JsonWriterTest, ReplacesInvalidUtf8) {
  EXPECT_EQ(JsonQuote("a\xff" "b"), "\"a\xEF\xBF\xBD" "b\"");
  EXPECT_EQ(JsonQuote("Toqaev \xE2\x80\x99"), "\"Toqaev \xE2\x80\x99\"");
}

TEST(JsonWriterTest, PrintsNumbers) {
  JsonWriter w;
  w.BeginArray().Number(7939).Number(1.5).Number(-2).Number(1.0 / 0.0).EndArray();
  EXPECT_EQ(w.str(), "[7939,1.5,-2,null]");
}

}  // namespace
}  // namespace tally::internal
