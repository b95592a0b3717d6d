// Reads inputs and runs the per-document pipeline over them in chunks, so that memory stays
// bounded and a store can commit one transaction per chunk.
#ifndef TALLY_CLI_BATCH_RUNNER_H_
#define TALLY_CLI_BATCH_RUNNER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "tally/pipeline.h"
#include "tally/status.h"

namespace tally::cli {

struct BatchSummary {
  std::uint64_t documents = 0;  // read and processed
  std::uint64_t rejected = 0;
  std::uint64_t claims = 0;
  Status failure;  // the first error a chunk handler returned; processing stopped there
};

// Called once per chunk, in input order, with the chunk's documents and the rejects met while
// reading it. A non-OK Status stops the run (the rest of the input is not processed).
using ChunkHandler =
    std::function<Status(std::vector<ProcessedDocument>& chunk, const std::vector<Reject>&)>;

struct BatchOptions {
  std::size_t chunk_size = 256;  // documents per chunk (and per store transaction)
  bool progress = false;         // a progress line on stderr while reading
  bool print_rejects = true;     // one line per reject on stderr
};

BatchSummary RunBatches(const std::vector<std::string>& paths, const BatchOptions& options,
                        const ChunkHandler& on_chunk);

}  // namespace tally::cli

#endif  // TALLY_CLI_BATCH_RUNNER_H_
