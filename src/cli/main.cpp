// tally: the command line. Only this layer prints and chooses exit statuses.
#include <cstdio>

#include <CLI/CLI.hpp>

#include "cli/commands.h"

#ifndef TALLY_VERSION
#define TALLY_VERSION "unknown"
#endif

int main(int argc, char** argv) {
  using namespace tally::cli;
  CLI::App app{
      "tally: reads news about an unfolding event and reconciles the figures it reports "
      "(dead, injured, detained, troops sent, cases opened) into a fact sheet with sources."};
  app.set_version_flag("--version", std::string("tally ") + TALLY_VERSION);
  app.require_subcommand(1);

  IngestArgs ingest;
  std::string ingest_db;
  CLI::App* ingest_cmd = app.add_subcommand(
      "ingest", "Add documents (text files with optional NAME.meta.json, JSONL, .gz, "
                "directories, - for stdin) to the store; idempotent by document id.");
  ingest_cmd->add_option("paths", ingest.paths, "Files or directories to read")->required();
  ingest_cmd->add_option("--db", ingest_db, "Store file (default: $TALLY_DB, else tally.db)");
  ingest_cmd->add_flag("-q,--quiet", ingest.quiet, "No progress or summary on stderr");

  ReportArgs report;
  std::string report_db;
  CLI::App* report_cmd =
      app.add_subcommand("report", "Print the fact sheet of the stored documents.");
  report_cmd->add_option("--db", report_db, "Store file (default: $TALLY_DB, else tally.db)");
  report_cmd->add_option("--format", report.format, "text, json or md (Markdown)")
      ->check(CLI::IsMember({"text", "json", "md", "markdown"}));
  report_cmd->add_option("--policy", report.policy,
                         "Best estimate: latest (newest as-of date), conservative (lowest "
                         "credible figure) or consensus (the figure most documents state)")
      ->check(CLI::IsMember({"latest", "conservative", "consensus"}));
  report_cmd->add_flag("--no-evidence", report.no_evidence,
                       "Leave out the evidence sentences (text format)");

  ExtractArgs extract;
  CLI::App* extract_cmd = app.add_subcommand(
      "extract", "Without a store: read documents and print one JSON object per document "
                 "(metadata, cleaned text, numbers, times, claims) per line on stdout.");
  extract_cmd->add_option("paths", extract.paths, "Files or directories (- for stdin)")
      ->required();
  extract_cmd->add_flag("-q,--quiet", extract.quiet, "No summary on stderr");

  TimexArgs timex;
  CLI::App* timex_cmd = app.add_subcommand(
      "timex", "Write IN (TimeML .tml, or plain text with --dct) to OUT with a TIMEX3 tag "
               "around each time expression of its text; directories: every *.tml.");
  timex_cmd->add_option("in", timex.in, "TimeML or text file, or directory")->required();
  timex_cmd->add_option("out", timex.out, "Output file or directory")->required();
  timex_cmd->add_option("--dct", timex.dct, "Creation date YYYY-MM-DD of plain text");
  timex_cmd->add_flag("-q,--quiet", timex.quiet, "No summary on stderr");

  CLI::App* eval_cmd = app.add_subcommand("eval", "Score tally against gold data.");
  eval_cmd->require_subcommand(1);
  EvalClaimsArgs eval_claims;
  CLI::App* eval_claims_cmd = eval_cmd->add_subcommand(
      "claims", "Precision, recall and F1 of the claims found in FILES against a gold file "
                "(one JSON figure per line: doc, measure, value, approx, ...).");
  eval_claims_cmd->add_option("--gold", eval_claims.gold, "Gold JSONL file")->required();
  eval_claims_cmd->add_option("paths", eval_claims.paths, "Documents to extract from")
      ->required();
  eval_claims_cmd->add_option("--format", eval_claims.format, "text or json")
      ->check(CLI::IsMember({"text", "json"}));
  eval_claims_cmd->add_flag("--details", eval_claims.details,
                            "List missed, spurious and wrongly attributed figures");
  EvalTimexArgs eval_timex;
  CLI::App* eval_timex_cmd = eval_cmd->add_subcommand(
      "timex", "TempEval-3 Task A scores (strict and relaxed P/R/F1, type and value accuracy, "
               "value F1) of system TimeML files against gold ones of the same names.");
  eval_timex_cmd->add_option("--gold", eval_timex.gold, "Gold .tml directory")->required();
  eval_timex_cmd->add_option("--system", eval_timex.system, "System .tml directory")
      ->required();
  eval_timex_cmd->add_option("--format", eval_timex.format, "text or json")
      ->check(CLI::IsMember({"text", "json"}));
  EvalIncidentsArgs eval_incidents;
  CLI::App* eval_incidents_cmd = eval_cmd->add_subcommand(
      "incidents", "Exact-match rates of the reconciled killed and injured figures of each "
                   "incident against its official counts (default: the files of "
                   "../shared/event-clusters/gva-incidents).");
  eval_incidents_cmd->add_option("--articles", eval_incidents.articles,
                                 "Articles JSONL(.gz): id, cluster_id, text, ...");
  eval_incidents_cmd->add_option("--incidents", eval_incidents.incidents,
                                 "Incidents JSONL(.gz): incident_id, num_killed, num_injured");
  eval_incidents_cmd->add_option("--format", eval_incidents.format, "text or json")
      ->check(CLI::IsMember({"text", "json"}));
  eval_incidents_cmd->add_flag("--details", eval_incidents.details,
                               "List every wrong incident figure with its evidence");

  EvalQuantitiesArgs eval_quantities;
  CLI::App* eval_quantities_cmd = eval_cmd->add_subcommand(
      "quantities", "Value and value+unit precision, recall and F1 of the quantities the number "
                    "reader finds in the sentences of a NewsQuant-format gold file (CQE).");
  eval_quantities_cmd->add_option("--gold", eval_quantities.gold, "Gold JSON file")->required();
  eval_quantities_cmd->add_option("--format", eval_quantities.format, "text or json")
      ->check(CLI::IsMember({"text", "json"}));
  eval_quantities_cmd->add_flag("--details", eval_quantities.details,
                                "List every sentence with an error, gold beside tally");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitFailure;
  }

  if (*ingest_cmd) {
    ingest.db = ResolveStorePath(ingest_db);
    return RunIngest(ingest);
  }
  if (*report_cmd) {
    report.db = ResolveStorePath(report_db);
    return RunReport(report);
  }
  if (*extract_cmd) return RunExtract(extract);
  if (*eval_claims_cmd) return RunEvalClaims(eval_claims);
  if (*eval_incidents_cmd) return RunEvalIncidents(eval_incidents);
  if (*eval_quantities_cmd) return RunEvalQuantities(eval_quantities);
  if (*timex_cmd) return RunTimex(timex);
  if (*eval_timex_cmd) return RunEvalTimex(eval_timex);
  return kExitFailure;
}
