// Runs the pipeline over files and scores the claims against a gold file, for the golden tests.
#ifndef TALLY_TESTS_CORPUS_RUNNER_H_
#define TALLY_TESTS_CORPUS_RUNNER_H_

#include <string>
#include <vector>

#include "tally/eval.h"
#include "tally/pipeline.h"

namespace tally::testing {

// Every *.txt file of directory (sorted), read through ingest (sidecars included) and processed
// as one batch.
std::vector<ProcessedDocument> ProcessDirectory(const std::string& directory);

// The claims of the documents, named by file name, as the scorer wants them.
std::vector<SystemClaim> SystemClaimsOf(const std::vector<ProcessedDocument>& documents);

}  // namespace tally::testing

#endif  // TALLY_TESTS_CORPUS_RUNNER_H_
