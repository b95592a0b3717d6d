#include <cstdio>

#include "cli/batch_runner.h"
#include "cli/commands.h"
#include "cli/document_json.h"

namespace tally::cli {

int RunExtract(const ExtractArgs& args) {
  BatchSummary summary = RunBatches(
      args.paths, BatchOptions{},
      [&](std::vector<ProcessedDocument>& chunk, const std::vector<Reject>&) -> Status {
        for (const ProcessedDocument& document : chunk) {
          std::string line = DocumentJson(document);
          line.push_back('\n');
          if (std::fwrite(line.data(), 1, line.size(), stdout) != line.size()) {
            return Status::Error(ErrorCode::kIoError, "cannot write to standard output");
          }
        }
        return Status::Ok();
      });
  std::fflush(stdout);
  if (!summary.failure.ok()) {
    std::fprintf(stderr, "tally: %s\n", summary.failure.ToString().c_str());
    return kExitFailure;
  }
  if (!args.quiet) {
    std::fprintf(stderr, "tally: %llu documents read, %llu rejected, %llu claims\n",
                 static_cast<unsigned long long>(summary.documents),
                 static_cast<unsigned long long>(summary.rejected),
                 static_cast<unsigned long long>(summary.claims));
  }
  if (summary.documents == 0) return kExitFailure;
  return summary.rejected > 0 ? kExitSomeRejected : kExitOk;
}

}  // namespace tally::cli
