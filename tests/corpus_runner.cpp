#include "corpus_runner.h"

#include <algorithm>
#include <filesystem>

#include "tally/ingest.h"

namespace tally::testing {

std::vector<ProcessedDocument> ProcessDirectory(const std::string& directory) {
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(directory)) {
    if (entry.path().extension() == ".txt") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<Document> documents;
  ReadInputs(paths, IngestOptions{}, [&](Document&& d) { documents.push_back(std::move(d)); },
             [](const Reject&) {});
  return ProcessBatch(std::move(documents), PipelineOptions{});
}

std::vector<SystemClaim> SystemClaimsOf(const std::vector<ProcessedDocument>& documents) {
  std::vector<SystemClaim> claims;
  for (const ProcessedDocument& p : documents) {
    std::vector<SystemClaim> of_document = tally::SystemClaimsOf(p);
    claims.insert(claims.end(), of_document.begin(), of_document.end());
  }
  return claims;
}

}  // namespace tally::testing
