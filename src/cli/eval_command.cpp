#include <cstdio>

#include "cli/batch_runner.h"
#include "cli/commands.h"
#include "common/text.h"
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
          // Gold files name documents by file name.
          std::string doc(internal::BaseName(p.document.path));
          for (const Claim& claim : p.claims) {
            const std::string& text = p.document.text;
            system.push_back(SystemClaim{
                doc, claim,
                text.substr(claim.evidence.begin, claim.evidence.end - claim.evidence.begin)});
          }
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
