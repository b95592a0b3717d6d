#include "cli/batch_runner.h"

#include <cstdio>
#include <map>

#include "tally/ingest.h"

namespace tally::cli {

BatchSummary RunBatches(const std::vector<std::string>& paths, const BatchOptions& options,
                        const ChunkHandler& on_chunk) {
  BatchSummary summary;
  std::vector<Document> pending;
  std::vector<Reject> rejects;
  std::map<int, int> years;  // publication years seen so far: the story's year for the rest

  auto flush = [&] {
    if (!summary.failure.ok() || (pending.empty() && rejects.empty())) return;
    PipelineOptions pipeline;
    int best = 0;
    for (const auto& [year, count] : years) {
      if (count > best) {
        best = count;
        pipeline.year_hint = year;
      }
    }
    // Within a chunk ProcessBatch finds the year itself; the hint only serves chunks in which
    // no document is dated.
    bool chunk_has_dates = false;
    for (const Document& d : pending) chunk_has_dates |= d.published.date.has_value();
    if (chunk_has_dates) pipeline.year_hint.reset();
    std::vector<ProcessedDocument> chunk = ProcessBatch(std::move(pending), pipeline);
    pending.clear();
    for (const ProcessedDocument& p : chunk) {
      summary.claims += p.claims.size();
      if (p.document.published.date) ++years[p.document.published.date->year()];
    }
    summary.documents += chunk.size();
    summary.failure = on_chunk(chunk, rejects);
    rejects.clear();
    if (options.progress) {
      std::fprintf(stderr, "\rtally: %llu documents, %llu claims...",
                   static_cast<unsigned long long>(summary.documents),
                   static_cast<unsigned long long>(summary.claims));
    }
  };

  IngestOptions ingest;
  ReadInputs(
      paths, ingest,
      [&](Document&& document) {
        if (!summary.failure.ok()) return;
        pending.push_back(std::move(document));
        if (pending.size() >= options.chunk_size) flush();
      },
      [&](const Reject& reject) {
        ++summary.rejected;
        if (options.print_rejects) {
          std::fprintf(stderr, "tally: rejected %s\n", FormatReject(reject).c_str());
        }
        rejects.push_back(reject);
      });
  flush();
  if (options.progress) std::fprintf(stderr, "\n");
  return summary;
}

}  // namespace tally::cli
