// Which files ingest reads, and in what order, when it is given a directory.
#ifndef TALLY_INGEST_DOCUMENT_FILES_H_
#define TALLY_INGEST_DOCUMENT_FILES_H_

#include <string>
#include <string_view>
#include <vector>

#include "ingest/ingest_context.h"

namespace tally::internal {

// True for a name read as JSON Lines: "*.jsonl" or "*.ndjson", optionally with ".gz".
bool IsJsonlName(std::string_view name);

// True for a file name a directory walk takes as documents: "*.txt", "*.text", "*.jsonl",
// "*.ndjson", each optionally with ".gz"; never a hidden name (".x") or a sidecar
// ("*.meta.json").
bool IsDocumentFileName(std::string_view file_name);

// The document files below directory, recursively, in sorted (byte-wise) path order, skipping
// hidden files and directories and not following links to directories (they can loop). A
// directory that cannot be read becomes a Reject (kIoError) through context; the walk goes on
// with the rest.
std::vector<std::string> ListDocumentFiles(const std::string& directory, IngestContext& context);

}  // namespace tally::internal

#endif  // TALLY_INGEST_DOCUMENT_FILES_H_
