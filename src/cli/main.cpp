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
  report_cmd->add_option("--format", report.format, "text or json")
      ->check(CLI::IsMember({"text", "json"}));
  report_cmd->add_option("--policy", report.policy,
                         "Best estimate: latest (newest as-of date) or conservative (lowest "
                         "credible figure)")
      ->check(CLI::IsMember({"latest", "conservative"}));
  report_cmd->add_flag("--no-evidence", report.no_evidence,
                       "Leave out the evidence sentences (text format)");

  ExtractArgs extract;
  CLI::App* extract_cmd = app.add_subcommand(
      "extract", "Without a store: read documents and print one JSON object per document "
                 "(metadata, cleaned text, numbers, times, claims) per line on stdout.");
  extract_cmd->add_option("paths", extract.paths, "Files or directories (- for stdin)")
      ->required();
  extract_cmd->add_flag("-q,--quiet", extract.quiet, "No summary on stderr");

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
  return kExitFailure;
}
