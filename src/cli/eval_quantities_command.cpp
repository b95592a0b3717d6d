// `tally eval quantities --gold FILE`: the NewsQuant (CQE) scores of the number reader.
#include <cstdio>

#include "cli/commands.h"
#include "tally/quantity_eval.h"

namespace tally::cli {

int RunEvalQuantities(const EvalQuantitiesArgs& args) {
  Result<std::vector<QuantitySentence>> gold = ReadQuantityGold(args.gold);
  if (!gold.ok()) {
    std::fprintf(stderr, "tally: %s\n", gold.status().message().c_str());
    return kExitFailure;
  }
  if (gold->empty()) {
    std::fprintf(stderr, "tally: no sentences in %s\n", args.gold.c_str());
    return kExitFailure;
  }
  QuantityEvalReport report = EvaluateQuantities(*gold);
  std::string out = args.format == "json" ? QuantityEvalJson(report) + "\n"
                                          : FormatQuantityEval(report, args.details);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

}  // namespace tally::cli
