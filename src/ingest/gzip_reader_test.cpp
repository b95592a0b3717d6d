#include "ingest/gzip_reader.h"

#include <gtest/gtest.h>

#include "ingest/input_reader.h"
#include "ingest/test_files.h"

namespace tally::internal {
namespace {

using testing_files::Gzip;

Result<std::string> Gunzip(std::string compressed) {
  std::unique_ptr<ByteSource> source =
      MakeGzipSource(MakeStringSource(std::move(compressed)), "test.gz");
  InputReader reader(*source);
  std::string out;
  Result<bool> complete = reader.ReadAll(1 << 20, &out);
  if (!complete.ok()) return complete.status();
  EXPECT_TRUE(*complete);
  return out;
}

std::string LongText() {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "line " + std::to_string(i) + "\n";
  return text;
}

TEST(GzipReaderTest, RecognisesTheMagicBytes) {
  EXPECT_TRUE(HasGzipMagic("\x1f\x8b\x08"));
  EXPECT_FALSE(HasGzipMagic("\x1f"));
  EXPECT_FALSE(HasGzipMagic("plain"));
  EXPECT_TRUE(HasGzipMagic(Gzip("x")));
}

TEST(GzipReaderTest, DecompressesOneMember) {
  std::string text = LongText();
  Result<std::string> out = Gunzip(Gzip(text));
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  EXPECT_EQ(*out, text);
}

TEST(GzipReaderTest, DecompressesConcatenatedMembers) {
  Result<std::string> out = Gunzip(Gzip("first\n") + Gzip("") + Gzip("second\n"));
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  EXPECT_EQ(*out, "first\nsecond\n");
}

TEST(GzipReaderTest, IgnoresZeroPaddingAfterTheLastMember) {
  Result<std::string> out = Gunzip(Gzip("text") + std::string(512, '\0'));
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  EXPECT_EQ(*out, "text");
}

TEST(GzipReaderTest, RejectsATruncatedStream) {
  std::string compressed = Gzip(LongText());
  compressed.resize(compressed.size() / 2);
  Result<std::string> out = Gunzip(compressed);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), ErrorCode::kParseError);
  EXPECT_NE(out.status().message().find("test.gz"), std::string::npos);
  EXPECT_NE(out.status().message().find("truncated"), std::string::npos);
}

TEST(GzipReaderTest, RejectsACorruptStream) {
  std::string compressed = Gzip(LongText());
  for (std::size_t i = 20; i < 60; ++i) compressed[i] = static_cast<char>(compressed[i] ^ 0x5a);
  Result<std::string> out = Gunzip(compressed);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), ErrorCode::kParseError);
  EXPECT_NE(out.status().message().find("test.gz"), std::string::npos);
}

TEST(GzipReaderTest, RejectsAWrongChecksum) {
  std::string compressed = Gzip("checked text");
  compressed[compressed.size() - 6] = static_cast<char>(compressed[compressed.size() - 6] ^ 1);
  Result<std::string> out = Gunzip(compressed);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), ErrorCode::kParseError);
}

TEST(GzipReaderTest, RejectsOtherBytesAfterTheLastMember) {
  Result<std::string> out = Gunzip(Gzip("text") + "plain tail");
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), ErrorCode::kParseError);
}

// Damaged streams, deterministic: each must end in the text or a parse error, never a crash
// (the tests run under AddressSanitizer).
TEST(GzipReaderTest, SurvivesDamagedStreams) {
  const std::string text = LongText();
  const std::string compressed = Gzip(text) + Gzip("tail\n");
  std::uint32_t seed = 12345;
  auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
  for (int round = 0; round < 200; ++round) {
    std::string damaged = compressed;
    if (round % 2 == 0) {
      damaged.resize(next() % damaged.size());
    } else {
      for (int flips = 0; flips < 3; ++flips) {
        damaged[next() % damaged.size()] = static_cast<char>(next() & 0xff);
      }
    }
    Result<std::string> out = Gunzip(damaged);
    if (out.ok()) {
      EXPECT_LE(out->size(), text.size() + 5) << round;
    } else {
      EXPECT_EQ(out.status().code(), ErrorCode::kParseError) << round;
    }
  }
}

TEST(GzipReaderTest, OpenInputDetectsGzipWhateverTheName) {
  testing_files::ScratchDir dir;
  std::string path = dir.Write("looks-plain.txt", Gzip("hidden gzip"));
  Result<std::unique_ptr<ByteSource>> source = OpenInput(path);
  ASSERT_TRUE(source.ok());
  InputReader reader(**source);
  std::string out;
  ASSERT_TRUE(reader.ReadAll(100, &out).ok());
  EXPECT_EQ(out, "hidden gzip");
}

}  // namespace
}  // namespace tally::internal
