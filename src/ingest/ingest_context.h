// What every reader of ingest shares while a batch runs: the options, the sinks, the counts.
#ifndef TALLY_INGEST_INGEST_CONTEXT_H_
#define TALLY_INGEST_INGEST_CONTEXT_H_

#include <cstdint>
#include <string>

#include "tally/ingest.h"

namespace tally::internal {

// Not thread-safe. The options and sinks must outlive it.
class IngestContext {
 public:
  IngestContext(const IngestOptions& options, const DocumentSink& on_document,
                const RejectSink& on_reject)
      : options_(options), on_document_(on_document), on_reject_(on_reject) {}
  IngestContext(const IngestContext&) = delete;
  IngestContext& operator=(const IngestContext&) = delete;

  const IngestOptions& options() const { return options_; }
  const IngestCounts& counts() const { return counts_; }

  // Sets the document's id from its url and raw text, and hands it on.
  void Emit(Document&& document);
  // Hands on a Reject of stage "ingest".
  void Reject(std::string source, std::uint64_t offset, Status status,
              std::string snippet = std::string());

 private:
  const IngestOptions& options_;
  const DocumentSink& on_document_;
  const RejectSink& on_reject_;
  IngestCounts counts_;
};

}  // namespace tally::internal

#endif  // TALLY_INGEST_INGEST_CONTEXT_H_
