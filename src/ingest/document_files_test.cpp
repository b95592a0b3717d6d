#include "ingest/document_files.h"

#include <gtest/gtest.h>

#include "ingest/test_files.h"

namespace tally::internal {
namespace {

TEST(DocumentFilesTest, KnowsDocumentNames) {
  struct Case {
    std::string_view name;
    bool document;
    bool jsonl;
  };
  const Case cases[] = {
      {"a.txt", true, false},        {"a.text", true, false},
      {"a.txt.gz", true, false},     {"a.jsonl", true, true},
      {"a.ndjson", true, true},      {"a.jsonl.gz", true, true},
      {"a.ndjson.gz", true, true},   {"a.meta.json", false, false},
      {"a.json", false, false},      {"a.html", false, false},
      {"README.md", false, false},   {".hidden.txt", false, false},
      {".txt", false, false},        {"a.gz", false, false},
      {"a.txt.bak", false, false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(IsDocumentFileName(c.name), c.document) << c.name;
    EXPECT_EQ(IsJsonlName(c.name), c.jsonl) << c.name;
  }
}

TEST(DocumentFilesTest, ListsDocumentsRecursivelyInSortedOrder) {
  testing_files::ScratchDir dir;
  for (const char* name : {"b.txt", "a/z.txt", "a/b/c.jsonl", "a.txt", "c.meta.json",
                           ".hidden/x.txt", "a/.y.txt", "notes.md", "d.txt.gz"}) {
    dir.Write(name, "x");
  }
  IngestOptions options;
  DocumentSink on_document;
  std::vector<Reject> rejects;
  RejectSink on_reject = [&](const Reject& reject) { rejects.push_back(reject); };
  IngestContext context(options, on_document, on_reject);
  std::vector<std::string> files = ListDocumentFiles(dir.Path(), context);
  const std::vector<std::string> want = {dir.Path("a.txt"), dir.Path("a/b/c.jsonl"),
                                         dir.Path("a/z.txt"), dir.Path("b.txt"),
                                         dir.Path("d.txt.gz")};
  EXPECT_EQ(files, want);
  EXPECT_TRUE(rejects.empty());
}

}  // namespace
}  // namespace tally::internal
