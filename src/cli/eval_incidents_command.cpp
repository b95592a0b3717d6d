#include <cstdio>
#include <filesystem>

#include "cli/commands.h"
#include "tally/incident_eval.h"

namespace tally::cli {
namespace {

// The default inputs: the gva-incidents event clusters of the shared data, beside the
// repository (../shared from the current directory).
constexpr const char* kDefaultDir = "../shared/event-clusters/gva-incidents";

std::string OrDefault(const std::string& path, const char* name) {
  if (!path.empty()) return path;
  return (std::filesystem::path(kDefaultDir) / name).string();
}

}  // namespace

int RunEvalIncidents(const EvalIncidentsArgs& args) {
  std::string articles_path = OrDefault(args.articles, "articles.jsonl.gz");
  std::string incidents_path = OrDefault(args.incidents, "incidents.jsonl.gz");
  for (const std::string& path : {articles_path, incidents_path}) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
      std::fprintf(stderr,
                   "tally: %s not found (give --articles and --incidents, or run from a "
                   "directory beside ../shared/event-clusters/gva-incidents)\n",
                   path.c_str());
      return kExitFailure;
    }
  }
  Result<std::vector<Incident>> incidents = ReadIncidents(incidents_path);
  if (!incidents.ok()) {
    std::fprintf(stderr, "tally: %s\n", incidents.status().message().c_str());
    return kExitFailure;
  }
  Result<std::vector<IncidentArticle>> articles = ReadIncidentArticles(articles_path);
  if (!articles.ok()) {
    std::fprintf(stderr, "tally: %s\n", articles.status().message().c_str());
    return kExitFailure;
  }
  IncidentEvalReport report = EvaluateIncidents(*incidents, std::move(*articles));
  std::string out = args.format == "json" ? IncidentEvalJson(report) + "\n"
                                          : FormatIncidentEval(report, args.details);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

}  // namespace tally::cli
