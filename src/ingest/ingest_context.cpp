#include "ingest/ingest_context.h"

#include <utility>

namespace tally::internal {

void IngestContext::Emit(Document&& document) {
  document.id = MakeDocumentId(document.url, document.raw);
  ++counts_.documents;
  if (on_document_) on_document_(std::move(document));
}

void IngestContext::Reject(std::string source, std::uint64_t offset, Status status,
                           std::string snippet) {
  ++counts_.rejected;
  if (!on_reject_) return;
  tally::Reject reject;
  reject.stage = "ingest";
  reject.source = std::move(source);
  reject.offset = offset;
  reject.status = std::move(status);
  reject.snippet = std::move(snippet);
  on_reject_(reject);
}

}  // namespace tally::internal
