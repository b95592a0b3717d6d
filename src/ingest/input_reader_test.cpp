#include "ingest/input_reader.h"

#include <gtest/gtest.h>

#include <cstring>

namespace tally::internal {
namespace {

// Hands out one byte per Read, so that every line and peek crosses a refill.
class TrickleSource final : public ByteSource {
 public:
  explicit TrickleSource(std::string data) : data_(std::move(data)) {}
  Result<std::size_t> Read(char* buffer, std::size_t size) override {
    if (position_ == data_.size() || size == 0) return std::size_t{0};
    buffer[0] = data_[position_++];
    return std::size_t{1};
  }

 private:
  std::string data_;
  std::size_t position_ = 0;
};

class FailingSource final : public ByteSource {
 public:
  Result<std::size_t> Read(char*, std::size_t) override {
    return Status::Error(ErrorCode::kIoError, "disk gone");
  }
};

struct ExpectedLine {
  std::string text;
  std::uint64_t number;
  std::uint64_t offset;
};

std::vector<ExpectedLine> ReadLines(ByteSource& source, std::size_t max_bytes = 1000) {
  InputReader reader(source);
  std::vector<ExpectedLine> lines;
  Line line;
  for (;;) {
    Result<bool> more = reader.ReadLine(max_bytes, &line);
    EXPECT_TRUE(more.ok());
    if (!more.ok() || !*more) break;
    lines.push_back({line.text + (line.too_long ? "..." : ""), line.number, line.offset});
  }
  return lines;
}

void ExpectLines(const std::vector<ExpectedLine>& got, const std::vector<ExpectedLine>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].text, want[i].text) << i;
    EXPECT_EQ(got[i].number, want[i].number) << i;
    EXPECT_EQ(got[i].offset, want[i].offset) << i;
  }
}

TEST(InputReaderTest, SplitsLinesWithNumbersAndOffsets) {
  const std::string data = "one\r\n\ntwo\nlast without break";
  const std::vector<ExpectedLine> want = {
      {"one", 1, 0}, {"", 2, 5}, {"two", 3, 6}, {"last without break", 4, 10}};
  std::unique_ptr<ByteSource> whole = MakeStringSource(data);
  ExpectLines(ReadLines(*whole), want);
  TrickleSource trickle(data);
  ExpectLines(ReadLines(trickle), want);
}

TEST(InputReaderTest, CutsLongLinesAndSkipsTheirRest) {
  TrickleSource source("0123456789\nok\n");
  ExpectLines(ReadLines(source, 4), {{"0123...", 1, 0}, {"ok", 2, 11}});
}

TEST(InputReaderTest, ReportsTheFullSizeOfACutLine) {
  std::unique_ptr<ByteSource> source = MakeStringSource("0123456789\n");
  InputReader reader(*source);
  Line line;
  ASSERT_TRUE(reader.ReadLine(3, &line).value());
  EXPECT_TRUE(line.too_long);
  EXPECT_EQ(line.size, 10u);
}

TEST(InputReaderTest, EmptyInputHasNoLines) {
  std::unique_ptr<ByteSource> source = MakeStringSource("");
  EXPECT_TRUE(ReadLines(*source).empty());
}

TEST(InputReaderTest, PeekDoesNotConsume) {
  TrickleSource source("{\"a\":1}\n");
  InputReader reader(source);
  EXPECT_EQ(reader.Peek(3).value(), "{\"a");
  EXPECT_EQ(reader.Peek(100).value(), "{\"a\":1}\n");
  Line line;
  ASSERT_TRUE(reader.ReadLine(100, &line).value());
  EXPECT_EQ(line.text, "{\"a\":1}");
  EXPECT_EQ(line.offset, 0u);
}

TEST(InputReaderTest, ReadsAllUpToALimit) {
  std::unique_ptr<ByteSource> source = MakeStringSource("twelve bytes");
  InputReader reader(*source);
  std::string out;
  EXPECT_TRUE(reader.ReadAll(12, &out).value());
  EXPECT_EQ(out, "twelve bytes");

  std::unique_ptr<ByteSource> big = MakeStringSource("twelve bytes");
  InputReader big_reader(*big);
  EXPECT_FALSE(big_reader.ReadAll(11, &out).value());
}

TEST(InputReaderTest, PassesReadErrorsOn) {
  FailingSource source;
  InputReader reader(source);
  Line line;
  Result<bool> more = reader.ReadLine(10, &line);
  ASSERT_FALSE(more.ok());
  EXPECT_EQ(more.status().code(), ErrorCode::kIoError);
}

TEST(InputReaderTest, OpenInputReportsMissingFiles) {
  Result<std::unique_ptr<ByteSource>> source = OpenInput("/nonexistent/tally/input.txt");
  ASSERT_FALSE(source.ok());
  EXPECT_EQ(source.status().code(), ErrorCode::kNotFound);
}

}  // namespace
}  // namespace tally::internal
