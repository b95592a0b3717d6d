#include "ingest/jsonl_reader.h"

#include <gtest/gtest.h>

#include "ingest/test_files.h"

namespace tally::internal {
namespace {

using testing_files::Gzip;
using testing_files::Ingest;
using testing_files::Ingested;
using testing_files::ScratchDir;

TEST(JsonlReaderTest, ReadsRecordsAndRejectsBadLines) {
  ScratchDir dir;
  const std::string line1 =
      R"({"id":"a1","url":"https://example.org/1","source":"Daily Example","published":"2022-01-10","title":"First","text":"One text.\nSecond line."})";
  const std::string line2 = R"({"text": "broken)";
  const std::string line3 = "   ";
  const std::string line4 = R"({"url":"https://example.org/4","title":"No text here"})";
  const std::string line5 = R"(["an array"])";
  const std::string line6 = R"({"text":"Plain record."})";
  const std::string data =
      line1 + "\n" + line2 + "\n" + line3 + "\n" + line4 + "\n" + line5 + "\n" + line6 + "\n";
  std::string path = dir.Write("news.jsonl", data);

  Ingested got = Ingest({path});
  ASSERT_EQ(got.documents.size(), 2u);
  const Document& first = got.documents[0];
  EXPECT_EQ(first.path, path + ":1");
  EXPECT_EQ(first.url, "https://example.org/1");
  EXPECT_EQ(first.outlet, "Daily Example");
  EXPECT_EQ(first.title, "First");
  EXPECT_EQ(first.raw, "One text.\nSecond line.");
  EXPECT_TRUE(first.text.empty());
  ASSERT_TRUE(first.published.date.has_value());
  EXPECT_EQ(first.published.date->ToIso(), "2022-01-10");
  EXPECT_FALSE(first.published.inferred);
  EXPECT_EQ(first.id, MakeDocumentId("https://example.org/1", ""));

  const Document& second = got.documents[1];
  EXPECT_EQ(second.path, path + ":6");
  EXPECT_EQ(second.raw, "Plain record.");
  EXPECT_EQ(second.id, MakeDocumentId("", "Plain record."));
  EXPECT_TRUE(second.url.empty());
  EXPECT_FALSE(second.published.date.has_value());

  ASSERT_EQ(got.rejects.size(), 3u);
  const std::uint64_t offset2 = line1.size() + 1;
  const std::uint64_t offset4 = offset2 + line2.size() + 1 + line3.size() + 1;
  const std::uint64_t offset5 = offset4 + line4.size() + 1;
  EXPECT_EQ(got.rejects[0].source, path + ":2");
  EXPECT_EQ(got.rejects[0].offset, offset2);
  EXPECT_EQ(got.rejects[0].status.code(), ErrorCode::kParseError);
  EXPECT_EQ(got.rejects[0].snippet, line2);
  EXPECT_EQ(got.rejects[0].stage, "ingest");
  EXPECT_EQ(got.rejects[1].source, path + ":4");
  EXPECT_EQ(got.rejects[1].offset, offset4);
  EXPECT_EQ(got.rejects[1].status.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(got.rejects[1].status.message(), "no text");
  EXPECT_EQ(got.rejects[2].source, path + ":5");
  EXPECT_EQ(got.rejects[2].offset, offset5);
  EXPECT_EQ(got.rejects[2].status.code(), ErrorCode::kParseError);

  EXPECT_EQ(got.counts.documents, 2u);
  EXPECT_EQ(got.counts.rejected, 3u);
}

TEST(JsonlReaderTest, AcceptsTheCommonDateShapes) {
  struct Case {
    std::string field;
    std::string expected;  // "" when the date stays unset
  };
  const Case cases[] = {
      {R"("published":"2022-01-10")", "2022-01-10"},
      {R"("published":"2022-01-10T08:15:00Z")", "2022-01-10"},
      {R"("date":"2022-01-10 08:15:00")", "2022-01-10"},
      {R"("published":"10 January 2022")", ""},
      {R"("published":"2022-02-30")", ""},
      {R"("published":20220110)", ""},
      {R"("published":null,"date":"2022-01-11")", "2022-01-11"},
  };
  ScratchDir dir;
  std::string data;
  for (const Case& c : cases) data += "{" + c.field + R"(,"text":"Text.")" + "}\n";
  Ingested got = Ingest({dir.Write("dates.jsonl", data)});
  ASSERT_EQ(got.documents.size(), std::size(cases));
  EXPECT_TRUE(got.rejects.empty());
  for (std::size_t i = 0; i < std::size(cases); ++i) {
    const PublishedDate& published = got.documents[i].published;
    EXPECT_EQ(published.date ? published.date->ToIso() : "", cases[i].expected)
        << cases[i].field;
    EXPECT_FALSE(published.inferred);
  }
}

TEST(JsonlReaderTest, PrefersOutletOverSource) {
  ScratchDir dir;
  Ingested got = Ingest({dir.Write(
      "o.ndjson", R"({"source":"crawl name","outlet":"Outlet Name","text":"T."})" "\n")});
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_EQ(got.documents[0].outlet, "Outlet Name");
}

TEST(JsonlReaderTest, NormalisesText) {
  ScratchDir dir;
  // A byte order mark before the first record, CRLF line breaks, an escaped CRLF inside the
  // text and a byte that is not UTF-8.
  std::string data = "\xEF\xBB\xBF{\"text\":\"a\\r\\nb \xFF c\"}\r\n{\"text\":\"second\"}\r\n";
  Ingested got = Ingest({dir.Write("n.jsonl", data)});
  ASSERT_EQ(got.documents.size(), 2u) << (got.rejects.empty() ? "" : FormatReject(got.rejects[0]));
  EXPECT_EQ(got.documents[0].raw, "a\nb \xEF\xBF\xBD c");
  EXPECT_EQ(got.documents[1].raw, "second");
}

TEST(JsonlReaderTest, RejectsRecordsOverTheSizeLimit) {
  ScratchDir dir;
  std::string big_text(300, 'x');
  // Longer than any record with 100 bytes of text can be: not even kept in memory whole.
  std::string huge_line = R"({"text":")" + std::string(70000, 'y') + "\"}";
  std::string data = R"({"text":")" + big_text + "\"}\n" + huge_line + "\n" +
                     R"({"text":"small"})" "\n";
  IngestOptions options;
  options.max_document_bytes = 100;
  Ingested got = Ingest({dir.Write("big.jsonl", data)}, options);
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_EQ(got.documents[0].raw, "small");
  ASSERT_EQ(got.rejects.size(), 2u);
  EXPECT_EQ(got.rejects[0].status.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(got.rejects[1].status.code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(got.rejects[1].status.message().find("70011 bytes"), std::string::npos)
      << got.rejects[1].status.message();
  EXPECT_LE(got.rejects[1].snippet.size(), 80u);
}

TEST(JsonlReaderTest, ReadsGzippedRecordsWithDecompressedOffsets) {
  ScratchDir dir;
  std::string line1 = R"({"text":"first"})";
  std::string data = line1 + "\nnot json\n";
  std::string path = dir.Write("news.jsonl.gz", Gzip(data));
  Ingested got = Ingest({path});
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_EQ(got.documents[0].path, path + ":1");
  ASSERT_EQ(got.rejects.size(), 1u);
  EXPECT_EQ(got.rejects[0].source, path + ":2");
  EXPECT_EQ(got.rejects[0].offset, line1.size() + 1);
  EXPECT_EQ(got.rejects[0].snippet, "not json");
}

TEST(JsonlReaderTest, KeepsRecordsBeforeACorruptGzipTail) {
  ScratchDir dir;
  std::string data;
  for (int i = 0; i < 5000; ++i) data += R"({"text":"record )" + std::to_string(i) + "\"}\n";
  std::string compressed = Gzip(data);
  compressed.resize(compressed.size() - 100);
  std::string path = dir.Write("cut.jsonl.gz", compressed);
  Ingested got = Ingest({path});
  EXPECT_GT(got.documents.size(), 0u);
  EXPECT_LT(got.documents.size(), 5000u);
  ASSERT_EQ(got.rejects.size(), 1u);
  EXPECT_EQ(got.rejects[0].source, path);
  EXPECT_EQ(got.rejects[0].status.code(), ErrorCode::kParseError);
}

// Damaged JSONL, deterministic: every non-blank line ends as a document or a reject, and
// nothing crashes (the tests run under AddressSanitizer).
TEST(JsonlReaderTest, EveryDamagedLineIsADocumentOrAReject) {
  const std::string good =
      R"({"url":"https://example.org/\u00e9","source":"S","published":"2022-01-10",)"
      R"("title":"T \"q\"","text":"Line one.\nLine \ud83d\ude00 two."})";
  ScratchDir dir;
  std::uint32_t seed = 777;
  auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
  std::string data;
  for (int i = 0; i < 300; ++i) {
    std::string line = good;
    for (int flips = 0; flips < 1 + i % 3; ++flips) {
      char byte = static_cast<char>(next() & 0xff);
      if (byte == '\n' || byte == '\r') byte = ' ';
      line[next() % line.size()] = byte;
    }
    data += line + "\n";
  }
  Ingested got = Ingest({dir.Write("fuzz.jsonl", data)});
  EXPECT_EQ(got.documents.size() + got.rejects.size(), 300u);
  for (const Document& document : got.documents) {
    EXPECT_FALSE(document.raw.empty());
    EXPECT_EQ(document.id.size(), 16u);
  }
}

}  // namespace
}  // namespace tally::internal
