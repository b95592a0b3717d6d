// A plain-text document, with its metadata from a sidecar NAME.meta.json when one exists.
#ifndef TALLY_INGEST_TEXT_DOCUMENT_H_
#define TALLY_INGEST_TEXT_DOCUMENT_H_

#include <optional>
#include <string>

#include "ingest/ingest_context.h"
#include "ingest/input_reader.h"

namespace tally::internal {

// The sidecar of the text document at path: "NAME.meta.json" for "NAME.txt" or "NAME.text"
// (also gzipped), else "PATH.meta.json"; the first of these that exists. nullopt for "-" or
// when there is none.
std::optional<std::string> FindSidecar(const std::string& path);

// Reads the rest of reader as one document found at path. Rejects (through context): an input
// over options().max_document_bytes or without any text (kInvalidArgument), a read error (as
// the source reports it); and a sidecar that is not a JSON object (kParseError, naming the
// sidecar), in which case the document is still read, without the sidecar's metadata.
void ReadTextDocument(const std::string& path, InputReader& reader, IngestContext& context);

}  // namespace tally::internal

#endif  // TALLY_INGEST_TEXT_DOCUMENT_H_
