#include <cstdio>

#include "cli/batch_runner.h"
#include "cli/commands.h"
#include "tally/eval.h"

namespace tally::cli {

int RunEvalClaims(const EvalClaimsArgs& args) {
  Result<std::vector<GoldClaim>> gold = ReadGoldClaims(args.gold);
  if (!gold.ok()) {
    std::fprintf(stderr, "tally: %s\n", gold.status().message().c_str());
    return kExitFailure;
  }
  std::vector<SystemClaim> system;
  BatchSummary summary = RunBatches(
      args.paths, BatchOptions{},
      [&](std::vector<ProcessedDocument>& chunk, const std::vector<Reject>&) -> Status {
        for (const ProcessedDocument& p : chunk) {
          std::vector<SystemClaim> claims = SystemClaimsOf(p);
          system.insert(system.end(), claims.begin(), claims.end());
        }
        return Status::Ok();
      });
  if (summary.documents == 0) {
    std::fprintf(stderr, "tally: no documents could be read\n");
    return kExitFailure;
  }
  ClaimEvalReport report = EvaluateClaims(*gold, system);
  std::string out = args.format == "json" ? ClaimEvalJson(report) + "\n"
                                          : FormatClaimEval(report, args.details);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return summary.rejected > 0 ? kExitSomeRejected : kExitOk;
}

}  // namespace tally::cli
