// Ingest: turns input paths into Documents (raw text plus metadata), rejecting bad records one
// by one while the batch goes on.
//
// Formats, chosen by name:
//  - "*.jsonl", "*.ndjson" (optionally ".gz"): one JSON object per line with fields
//    id, url, source|outlet, published|date, title, text. Blank lines are skipped.
//  - anything else: a plain-text document; a sidecar "NAME.meta.json" beside "NAME.txt"
//    (or "NAME.meta.json" beside "NAME") may give outlet|source, url, published|date, title.
//  - a directory: the document files below it ("*.txt", "*.text", "*.jsonl", "*.ndjson", each
//    optionally ".gz"), recursively, in sorted path order, skipping hidden files and
//    directories and sidecars ("*.meta.json"). A JSONL file met there whose first record has no
//    "text" field (gold figures such as an "expected.jsonl" beside the articles) is skipped
//    whole, silently. A path named explicitly is always read, whatever its name.
//  - "-": standard input, read as JSONL when it starts with '{', else as one text document.
//  - gzip is decompressed transparently (by magic bytes, whatever the name).
#ifndef TALLY_INGEST_H_
#define TALLY_INGEST_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "tally/document.h"
#include "tally/status.h"

namespace tally {

struct IngestOptions {
  // Documents larger than this (after decompression) are rejected. Default: 64 MiB.
  std::uint64_t max_document_bytes = 64ull << 20;
};

// Called once per document read, in input order. Document::text is empty here (cleaning is a
// later stage); Document::id is already set.
using DocumentSink = std::function<void(Document&&)>;
// Called once per rejected record or unreadable input.
using RejectSink = std::function<void(const Reject&)>;

struct IngestCounts {
  std::uint64_t documents = 0;  // handed to the DocumentSink
  std::uint64_t rejected = 0;   // handed to the RejectSink
};

// Reads every path in order. Never stops at a bad file or record: each becomes a Reject.
// Returns the counts. Thread-compatible: the sinks are called from the calling thread.
IngestCounts ReadInputs(const std::vector<std::string>& paths, const IngestOptions& options,
                        const DocumentSink& on_document, const RejectSink& on_reject);

// The stable document id (see Document::id).
std::string MakeDocumentId(std::string_view url, std::string_view raw_text);

}  // namespace tally

#endif  // TALLY_INGEST_H_
