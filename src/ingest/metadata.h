// The metadata fields a JSONL record or a sidecar NAME.meta.json may give for a document.
#ifndef TALLY_INGEST_METADATA_H_
#define TALLY_INGEST_METADATA_H_

#include <optional>
#include <string>

#include <simdjson.h>

#include "tally/date.h"
#include "tally/document.h"

namespace tally::internal {

struct DocumentMetadata {
  std::string outlet;
  std::string url;
  std::string title;
  std::optional<Date> published;
};

// Reads from object: "outlet" (else "source"), "url", "title", "published" (else "date").
// Dates are "YYYY-MM-DD" or ISO timestamps ("2022-01-10T08:15:00Z", "2022-01-10 08:15:00");
// an unparsable date leaves published unset rather than losing the document. Fields that are
// absent, null or not strings are left empty; other fields are ignored. Values are trimmed and
// made valid UTF-8.
DocumentMetadata ReadMetadata(simdjson::dom::object object);

// Copies metadata into document; published is marked as given (not inferred).
void ApplyMetadata(const DocumentMetadata& metadata, Document* document);

}  // namespace tally::internal

#endif  // TALLY_INGEST_METADATA_H_
