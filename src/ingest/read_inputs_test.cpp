#include <filesystem>

#include <gtest/gtest.h>

#include "ingest/test_files.h"
#include "tally/ingest.h"

namespace tally {
namespace {

using internal::testing_files::Gzip;
using internal::testing_files::Ingest;
using internal::testing_files::Ingested;
using internal::testing_files::ScratchDir;

std::vector<std::string> Paths(const Ingested& got) {
  std::vector<std::string> paths;
  for (const Document& document : got.documents) paths.push_back(document.path);
  return paths;
}

TEST(ReadInputsTest, WalksADirectoryInSortedOrder) {
  ScratchDir dir;
  dir.Write("b.txt", "Second file.");
  dir.Write("a.txt", "First file.");
  dir.Write("a.meta.json", R"({"outlet":"A"})");
  dir.Write("sub/c.jsonl", "{\"text\":\"line one\"}\n{\"text\":\"line two\"}\n");
  dir.Write("sub/d.txt.gz", Gzip("Compressed file."));
  dir.Write("sub/expected.jsonl", R"({"doc":"a.txt","measure":"killed","value":3})" "\n");
  dir.Write("sub/.cache/e.txt", "hidden");
  dir.Write(".f.txt", "hidden");
  dir.Write("README.md", "not a document");

  Ingested got = Ingest({dir.Path()});
  const std::vector<std::string> want = {dir.Path("a.txt"), dir.Path("b.txt"),
                                         dir.Path("sub/c.jsonl") + ":1",
                                         dir.Path("sub/c.jsonl") + ":2", dir.Path("sub/d.txt.gz")};
  EXPECT_EQ(Paths(got), want);
  EXPECT_TRUE(got.rejects.empty()) << FormatReject(got.rejects[0]);
  ASSERT_EQ(got.documents.size(), 5u);
  EXPECT_EQ(got.documents[0].outlet, "A");
  EXPECT_EQ(got.documents[4].raw, "Compressed file.");
}

TEST(ReadInputsTest, AJsonlFileWithoutTextIsSkippedOnlyInAWalk) {
  ScratchDir dir;
  // Blank lines before the first record do not hide what the file is.
  std::string gold = dir.Write("gold.jsonl", "\n{\"doc\":\"x.txt\",\"value\":1}\n{\"text\":\"t\"}\n");
  Ingested walked = Ingest({dir.Path()});
  EXPECT_TRUE(walked.documents.empty());
  EXPECT_TRUE(walked.rejects.empty());

  Ingested named = Ingest({gold});
  ASSERT_EQ(named.documents.size(), 1u);
  ASSERT_EQ(named.rejects.size(), 1u);
  EXPECT_EQ(named.rejects[0].source, gold + ":2");
  EXPECT_EQ(named.rejects[0].offset, 1u);
  EXPECT_EQ(named.rejects[0].status.message(), "no text");
}

TEST(ReadInputsTest, AWalkStillReportsBadRecordsOfDocumentFiles) {
  ScratchDir dir;
  dir.Write("news.jsonl", "{\"text\":\"good\"}\n{bad\n");
  Ingested got = Ingest({dir.Path()});
  EXPECT_EQ(got.documents.size(), 1u);
  ASSERT_EQ(got.rejects.size(), 1u);
  EXPECT_EQ(got.rejects[0].source, dir.Path("news.jsonl") + ":2");
}

TEST(ReadInputsTest, NamedPathsAreReadWhateverTheirExtension) {
  ScratchDir dir;
  std::string html = dir.Write("page.html", "Text kept as text.");
  std::string gz = dir.Write("data.bin", Gzip("Gzip found by its magic bytes."));
  Ingested got = Ingest({html, gz});
  ASSERT_EQ(got.documents.size(), 2u);
  EXPECT_EQ(got.documents[0].raw, "Text kept as text.");
  EXPECT_EQ(got.documents[1].raw, "Gzip found by its magic bytes.");
}

TEST(ReadInputsTest, AMissingPathIsRejectedAndTheBatchGoesOn) {
  ScratchDir dir;
  std::string missing = dir.Path("missing.txt");
  std::string present = dir.Write("present.txt", "Here.");
  Ingested got = Ingest({missing, present});
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_EQ(got.documents[0].path, present);
  ASSERT_EQ(got.rejects.size(), 1u);
  EXPECT_EQ(got.rejects[0].source, missing);
  EXPECT_EQ(got.rejects[0].stage, "ingest");
  EXPECT_EQ(got.rejects[0].status.code(), ErrorCode::kNotFound);
  EXPECT_EQ(got.counts.documents, 1u);
  EXPECT_EQ(got.counts.rejected, 1u);
}

TEST(ReadInputsTest, IdsAreStable) {
  ScratchDir dir;
  std::string with_url =
      R"({"url":"https://example.org/x","text":"Version one."})" "\n"
      R"({"url":"https://example.org/x","text":"Version two."})" "\n";
  std::string plain = dir.Write("plain.txt", "Same words.");
  Ingested got = Ingest({dir.Write("u.jsonl", with_url), plain, plain});
  ASSERT_EQ(got.documents.size(), 4u);
  EXPECT_EQ(got.documents[0].id, got.documents[1].id);
  EXPECT_EQ(got.documents[0].id, MakeDocumentId("https://example.org/x", ""));
  EXPECT_EQ(got.documents[2].id, got.documents[3].id);
  EXPECT_EQ(got.documents[2].id, MakeDocumentId("", "Same words."));
  EXPECT_NE(got.documents[0].id, got.documents[2].id);
}

TEST(ReadInputsTest, SinksMayBeEmpty) {
  ScratchDir dir;
  IngestCounts counts = ReadInputs({dir.Write("a.txt", "A."), dir.Path("none.txt")},
                                   IngestOptions(), DocumentSink(), RejectSink());
  EXPECT_EQ(counts.documents, 1u);
  EXPECT_EQ(counts.rejected, 1u);
}

// The seed articles, when the shared folder is there: five plain texts, and JSONL files that
// hold gold data rather than documents.
TEST(ReadInputsTest, ReadsTheSeedArticles) {
  std::filesystem::path seeds = std::filesystem::path(TALLY_SOURCE_DIR) / ".." / "shared" / "seeds";
  if (!std::filesystem::is_directory(seeds)) GTEST_SKIP() << "no " << seeds;
  Ingested got = Ingest({seeds.string()});
  EXPECT_EQ(got.documents.size(), 5u);
  EXPECT_TRUE(got.rejects.empty());
  for (const Document& document : got.documents) {
    EXPECT_FALSE(document.raw.empty());
    EXPECT_EQ(document.raw.find('\r'), std::string::npos);
  }
}

}  // namespace
}  // namespace tally
