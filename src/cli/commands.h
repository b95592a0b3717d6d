// The subcommands of the tally program. Each returns the process exit status:
// kExitOk, kExitFailure (usage errors, or nothing could be read), kExitSomeRejected.
#ifndef TALLY_CLI_COMMANDS_H_
#define TALLY_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace tally::cli {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitSomeRejected = 3;

struct IngestArgs {
  std::vector<std::string> paths;
  std::string db;     // resolved store path
  bool quiet = false;  // no progress or summary
};

struct ReportArgs {
  std::string db;
  std::string format = "text";  // text | json | md
  std::string policy = "latest";  // latest | conservative | consensus
  bool no_evidence = false;
};

struct ExtractArgs {
  std::vector<std::string> paths;  // "-" for stdin
  bool quiet = false;
};

struct EvalClaimsArgs {
  std::string gold;
  std::vector<std::string> paths;
  std::string format = "text";  // text | json
  bool details = false;
};

struct EvalIncidentsArgs {
  std::string articles;   // empty: ../shared/event-clusters/gva-incidents/articles.jsonl.gz
  std::string incidents;  // empty: ../shared/event-clusters/gva-incidents/incidents.jsonl.gz
  std::string format = "text";  // text | json
  bool details = false;
};

struct EvalQuantitiesArgs {
  std::string gold;             // a NewsQuant-format JSON file
  std::string format = "text";  // text | json
  bool details = false;         // list the sentences with errors
};

struct TimexArgs {
  std::string in;   // a TimeML (.tml) or plain-text file, or a directory of .tml files
  std::string out;  // a file, or a directory (created) when in is one
  std::string dct;  // YYYY-MM-DD: the creation time of plain text (and of TimeML without one)
  bool quiet = false;
};

struct EvalTimexArgs {
  std::string gold;    // directory of gold .tml files (or one file)
  std::string system;  // directory of system .tml files of the same names (or one file)
  std::string format = "text";  // text | json
};

int RunIngest(const IngestArgs& args);
int RunReport(const ReportArgs& args);
int RunExtract(const ExtractArgs& args);
int RunEvalClaims(const EvalClaimsArgs& args);
int RunEvalIncidents(const EvalIncidentsArgs& args);
int RunEvalQuantities(const EvalQuantitiesArgs& args);
int RunTimex(const TimexArgs& args);
int RunEvalTimex(const EvalTimexArgs& args);

// The store path: the --db value when given, else $TALLY_DB, else "tally.db".
std::string ResolveStorePath(const std::string& flag);

}  // namespace tally::cli

#endif  // TALLY_CLI_COMMANDS_H_
