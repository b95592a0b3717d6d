#include <cstdio>
#include <filesystem>

#include "cli/commands.h"
#include "tally/fact_sheet.h"
#include "tally/report.h"
#include "tally/store.h"

namespace tally::cli {

int RunReport(const ReportArgs& args) {
  if (!std::filesystem::exists(args.db)) {
    std::fprintf(stderr, "tally: no store at %s (run `tally ingest PATH... --db %s` first)\n",
                 args.db.c_str(), args.db.c_str());
    return kExitFailure;
  }
  Result<std::unique_ptr<Store>> opened = OpenSqliteStore(args.db);
  if (!opened.ok()) {
    std::fprintf(stderr, "tally: cannot open store %s: %s\n", args.db.c_str(),
                 opened.status().ToString().c_str());
    return kExitFailure;
  }
  Result<std::vector<StoredDocument>> documents = (*opened)->LoadDocuments();
  if (!documents.ok()) {
    std::fprintf(stderr, "tally: cannot read store %s: %s\n", args.db.c_str(),
                 documents.status().ToString().c_str());
    return kExitFailure;
  }
  ReconcileOptions options;
  options.policy = args.policy == "conservative" ? EstimatePolicy::kConservative
                   : args.policy == "consensus"  ? EstimatePolicy::kConsensus
                                                 : EstimatePolicy::kLatest;
  std::vector<DerivedStory> stories = DeriveStories(*documents, options);
  std::string out;
  if (args.format == "json") {
    out = RenderJsonReport(stories);
    out.push_back('\n');
  } else if (args.format == "md" || args.format == "markdown") {
    ReportOptions report;
    report.show_evidence = !args.no_evidence;
    out = RenderMarkdownReport(stories, report);
  } else {
    ReportOptions report;
    report.show_evidence = !args.no_evidence;
    out = RenderTextReport(stories, report);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

}  // namespace tally::cli
