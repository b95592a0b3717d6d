#include "corpus_runner.h"

#include <algorithm>
#include <filesystem>

#include "common/text.h"
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
    std::string doc(internal::BaseName(p.document.path));
    for (const Claim& c : p.claims) {
      claims.push_back({doc, c,
                        p.document.text.substr(c.evidence.begin,
                                               c.evidence.end - c.evidence.begin)});
    }
  }
  return claims;
}

}  // namespace tally::testing
