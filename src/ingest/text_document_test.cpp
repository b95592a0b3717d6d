#include "ingest/text_document.h"

#include <gtest/gtest.h>

#include "ingest/test_files.h"

namespace tally::internal {
namespace {

using testing_files::Gzip;
using testing_files::Ingest;
using testing_files::Ingested;
using testing_files::ScratchDir;

TEST(TextDocumentTest, ReadsATextFileWithoutMetadata) {
  ScratchDir dir;
  std::string path = dir.Write("plain.txt", "\xEF\xBB\xBFHeadline\r\nBody text.\r\n");
  Ingested got = Ingest({path});
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_TRUE(got.rejects.empty());
  const Document& document = got.documents[0];
  EXPECT_EQ(document.path, path);
  EXPECT_EQ(document.raw, "Headline\nBody text.\n");
  EXPECT_TRUE(document.text.empty());
  EXPECT_TRUE(document.outlet.empty());
  EXPECT_TRUE(document.url.empty());
  EXPECT_FALSE(document.published.date.has_value());
  EXPECT_EQ(document.id, MakeDocumentId("", "Headline\nBody text.\n"));
}

TEST(TextDocumentTest, TakesMetadataFromTheSidecar) {
  ScratchDir dir;
  std::string path = dir.Write("story.txt", "Body.");
  dir.Write("story.meta.json",
            R"({"source":"Example Times","url":"https://example.org/story",)"
            R"("date":"2022-01-09T10:00:00Z","title":"A title"})");
  Ingested got = Ingest({path});
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_TRUE(got.rejects.empty());
  const Document& document = got.documents[0];
  EXPECT_EQ(document.outlet, "Example Times");
  EXPECT_EQ(document.url, "https://example.org/story");
  EXPECT_EQ(document.title, "A title");
  ASSERT_TRUE(document.published.date.has_value());
  EXPECT_EQ(document.published.date->ToIso(), "2022-01-09");
  EXPECT_FALSE(document.published.inferred);
  EXPECT_EQ(document.id, MakeDocumentId("https://example.org/story", ""));
}

TEST(TextDocumentTest, FindsTheSidecarOfAFileWithoutExtension) {
  ScratchDir dir;
  std::string path = dir.Write("article", "Body.");
  std::string sidecar = dir.Write("article.meta.json", R"({"outlet":"Wire"})");
  EXPECT_EQ(FindSidecar(path), sidecar);
  Ingested got = Ingest({path});
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_EQ(got.documents[0].outlet, "Wire");
}

TEST(TextDocumentTest, FindsSidecarsByName) {
  ScratchDir dir;
  std::string gz = dir.Write("a.txt.gz", Gzip("Body."));
  std::string a_sidecar = dir.Write("a.meta.json", "{}");
  std::string text = dir.Write("b.text", "Body.");
  std::string b_sidecar = dir.Write("b.text.meta.json", "{}");
  EXPECT_EQ(FindSidecar(gz), a_sidecar);
  EXPECT_EQ(FindSidecar(text), b_sidecar);
  EXPECT_EQ(FindSidecar(dir.Write("c.txt", "Body.")), std::nullopt);
  EXPECT_EQ(FindSidecar("-"), std::nullopt);
}

TEST(TextDocumentTest, AMalformedSidecarIsRejectedButTheTextKept) {
  ScratchDir dir;
  std::string path = dir.Write("story.txt", "Body text.");
  std::string sidecar = dir.Write("story.meta.json", R"({"outlet": "Half)");
  Ingested got = Ingest({path});
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_EQ(got.documents[0].raw, "Body text.");
  EXPECT_TRUE(got.documents[0].outlet.empty());
  ASSERT_EQ(got.rejects.size(), 1u);
  EXPECT_EQ(got.rejects[0].source, sidecar);
  EXPECT_EQ(got.rejects[0].status.code(), ErrorCode::kParseError);
  EXPECT_EQ(got.counts.documents, 1u);
  EXPECT_EQ(got.counts.rejected, 1u);
}

TEST(TextDocumentTest, ASidecarThatIsNotAnObjectIsRejected) {
  ScratchDir dir;
  std::string path = dir.Write("story.txt", "Body text.");
  dir.Write("story.meta.json", R"(["Outlet"])");
  Ingested got = Ingest({path});
  ASSERT_EQ(got.documents.size(), 1u);
  ASSERT_EQ(got.rejects.size(), 1u);
  EXPECT_EQ(got.rejects[0].status.code(), ErrorCode::kParseError);
}

TEST(TextDocumentTest, RejectsEmptyAndOversizedFiles) {
  ScratchDir dir;
  IngestOptions options;
  options.max_document_bytes = 10;
  std::string empty = dir.Write("empty.txt", " \n\n");
  std::string big = dir.Write("big.txt", "eleven byte");
  std::string fits = dir.Write("fits.txt", "ten bytes.");
  Ingested got = Ingest({empty, big, fits}, options);
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_EQ(got.documents[0].path, fits);
  ASSERT_EQ(got.rejects.size(), 2u);
  EXPECT_EQ(got.rejects[0].source, empty);
  EXPECT_EQ(got.rejects[0].status.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(got.rejects[0].status.message(), "no text");
  EXPECT_EQ(got.rejects[1].source, big);
  EXPECT_EQ(got.rejects[1].status.code(), ErrorCode::kInvalidArgument);
}

TEST(TextDocumentTest, ACorruptGzipFileIsRejectedByName) {
  ScratchDir dir;
  std::string compressed = Gzip(std::string(5000, 'z') + " and more text");
  compressed.resize(compressed.size() - 9);
  std::string path = dir.Write("cut.txt.gz", compressed);
  Ingested got = Ingest({path});
  EXPECT_TRUE(got.documents.empty());
  ASSERT_EQ(got.rejects.size(), 1u);
  EXPECT_EQ(got.rejects[0].source, path);
  EXPECT_EQ(got.rejects[0].status.code(), ErrorCode::kParseError);
  EXPECT_NE(got.rejects[0].status.message().find(path), std::string::npos);
}

}  // namespace
}  // namespace tally::internal
