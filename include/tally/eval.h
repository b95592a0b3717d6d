// Evaluation of claims against hand-written gold data (the format of shared seeds/gold.jsonl
// and examples/*/expected.jsonl): precision, recall and F1 on (document, measure, value), then
// the accuracy of each claim's attributes on the matched pairs.
#ifndef TALLY_EVAL_H_
#define TALLY_EVAL_H_

#include <optional>
#include <string>
#include <vector>

#include "tally/claims.h"
#include "tally/pipeline.h"
#include "tally/status.h"

namespace tally {

// One line of a gold file.
struct GoldClaim {
  std::string doc;      // the document's file name
  std::string measure;
  double value = 0;     // the number as written; for vague amounts ("hundreds") lo
  double hi = 0;        // equal to value unless vague
  bool vague = false;   // value was written as [lo, hi]
  std::string approx;
  std::optional<std::string> subgroup;
  std::optional<std::string> location;
  std::optional<std::string> period;
  // As written: an ISO date, null (nullopt), or a marker such as "saturday-of-publication-week"
  // when the text gives only a weekday (markers are not scored).
  std::optional<std::string> as_of;
  std::optional<std::string> source;
  std::string evidence;
  std::size_t line = 0;  // 1-based line in the gold file
};

// Reads a gold file. Errors (kIoError, kParseError) name the file and line.
Result<std::vector<GoldClaim>> ReadGoldClaims(const std::string& path);

// A claim found by tally in document `doc` (the file name), with the document's text so that
// reports can quote the evidence.
struct SystemClaim {
  std::string doc;
  Claim claim;
  std::string evidence_text;
};

// The claims of a processed document as the scorer wants them: named by the file name of the
// document's path ("FILE:LINE" of a JSONL record keeps its line), with their evidence sentences.
std::vector<SystemClaim> SystemClaimsOf(const ProcessedDocument& document);

struct FieldScore {
  std::size_t right = 0;
  std::size_t scored = 0;  // matched pairs where the gold gives a scorable value
  double rate() const { return scored == 0 ? 1.0 : static_cast<double>(right) / scored; }
};

struct ClaimEvalReport {
  std::size_t gold = 0;            // gold figures (distinct document, measure, value)
  std::size_t system = 0;          // system figures (distinct document, measure, value)
  std::size_t matched = 0;         // figures in both
  double precision = 0;
  double recall = 0;
  double f1 = 0;
  FieldScore as_of, place, subgroup, source, approx;  // over matched gold lines
  std::vector<std::string> missed;    // one line per gold figure not found
  std::vector<std::string> spurious;  // one line per system figure not in the gold
  std::vector<std::string> wrong;     // one line per attribute scored wrong
};

// Scores system claims against the gold. Only documents named in the gold are scored.
ClaimEvalReport EvaluateClaims(const std::vector<GoldClaim>& gold,
                               const std::vector<SystemClaim>& system);

// The report for people (several lines) and for machines (one JSON object).
std::string FormatClaimEval(const ClaimEvalReport& report, bool details);
std::string ClaimEvalJson(const ClaimEvalReport& report);

}  // namespace tally

#endif  // TALLY_EVAL_H_
