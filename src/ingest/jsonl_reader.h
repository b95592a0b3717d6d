// JSON Lines documents: one JSON object per line, in the shape of news crawls.
#ifndef TALLY_INGEST_JSONL_READER_H_
#define TALLY_INGEST_JSONL_READER_H_

#include <string>

#include "ingest/ingest_context.h"
#include "ingest/input_reader.h"

namespace tally::internal {

enum class JsonlMode {
  kDocuments,  // the input was named explicitly: every record is meant as a document
  // The input was met in a directory walk: when its first non-blank line is a JSON object
  // without a "text" field, the file holds something else (gold figures, an index) and is
  // skipped whole, silently.
  kSkipUnlessDocuments,
};

// Reads every line of reader (the input at path) as one record with fields id (unused), url,
// source|outlet, published|date, title, text (see ReadMetadata). Each record becomes a
// Document with path "PATH:LINE". Blank lines are skipped. Rejects (through context), with
// source "PATH:LINE", the byte offset of the line and its start as snippet: a line that is not
// a JSON object (kParseError); a record without a non-empty string "text" or larger than
// options().max_document_bytes (kInvalidArgument). A read error ends the input with a Reject
// naming path.
void ReadJsonl(const std::string& path, InputReader& reader, JsonlMode mode,
               IngestContext& context);

}  // namespace tally::internal

#endif  // TALLY_INGEST_JSONL_READER_H_
