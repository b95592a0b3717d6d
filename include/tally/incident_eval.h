// Evaluation of reconciled figures against official incident counts: the articles of each
// incident are processed and reconciled as one story, and the best estimate of the whole
// series of killed and of injured is compared with the official count (the shape of the
// gva-incidents event clusters: articles grouped by incident, one record per incident with its
// num_killed and num_injured).
#ifndef TALLY_INCIDENT_EVAL_H_
#define TALLY_INCIDENT_EVAL_H_

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "tally/date.h"
#include "tally/status.h"

namespace tally {

// One article of an incident.
struct IncidentArticle {
  std::string id;
  std::string incident_id;  // the incident (cluster) it reports
  std::string outlet;
  std::string url;
  std::string title;
  std::optional<Date> published;
  std::string text;
};

// One incident with its official counts; nullopt where the record gives none.
struct Incident {
  std::string id;
  std::optional<Date> date;
  std::string state;
  std::string city;  // city or county
  std::optional<int> killed;
  std::optional<int> injured;
};

// Reads gzipped (or plain) JSON Lines. Articles need "id", "cluster_id" and "text" (optional:
// "source_domain", "url", "title", "published"); incidents need "incident_id" (optional:
// "date", "state", "city_or_county", "num_killed", "num_injured"). Errors: kIoError when the
// file cannot be read (naming it), kParseError naming file and line for a line that is not a
// JSON object or lacks a required field.
Result<std::vector<IncidentArticle>> ReadIncidentArticles(const std::string& path);
Result<std::vector<Incident>> ReadIncidents(const std::string& path);

// How the best estimate of one measure of one incident compares with the official count.
enum class IncidentOutcome {
  kExact,
  kNoClaim,    // no article states a figure of the measure: not scored
  kOnlyParts,  // figures only for subgroups, parts or other places: no whole series
  kOver,       // the best estimate is above the official count
  kUnder,      // below it
};
const char* IncidentOutcomeName(IncidentOutcome outcome);  // "exact", "no_claim", ...

struct IncidentJudgement {
  std::string incident_id;
  std::string measure;
  int official = 0;
  std::optional<double> estimate;  // the best estimate of the whole series, when there is one
  IncidentOutcome outcome = IncidentOutcome::kNoClaim;
  // A wrong estimate although some claim of the measure states the official count: the right
  // figure was extracted but not chosen (a choice error, not an extraction error).
  bool official_was_stated = false;
  // A wrong estimate from a claim dated more than a week away from the incident: probably a
  // figure about another event (an earlier shooting, a yearly total).
  bool other_date = false;
  std::string evidence;  // the winning claim's sentence, for --details
};

struct MeasureScore {
  std::size_t n = 0;      // incidents with an official count where some article states a figure
  std::size_t exact = 0;  // of which the best estimate equals the official count
  std::size_t with_official = 0;  // incidents with an official count of the measure
  std::map<std::string, std::size_t> errors;  // error kind -> incidents
  double rate() const { return n == 0 ? 0.0 : static_cast<double>(exact) / n; }
};

struct IncidentEvalReport {
  std::size_t incidents = 0;  // incidents scored (with articles and an official count)
  std::size_t articles = 0;   // articles processed
  MeasureScore killed;
  MeasureScore injured;
  std::vector<IncidentJudgement> judgements;  // every scored (incident, measure), wrong or not
};

// Scores every incident that has articles and an official count. Articles whose incident is
// not listed are ignored. Pure; thread-safe; runs the whole pipeline (ProcessBatch then
// Reconcile with the latest policy) once per incident.
IncidentEvalReport EvaluateIncidents(const std::vector<Incident>& incidents,
                                     std::vector<IncidentArticle> articles);

// The report for people (several lines; with details, one line per wrong judgement) and for
// machines: {"killed": {"exact": rate, "n": n, ...}, "injured": {...}, ...}.
std::string FormatIncidentEval(const IncidentEvalReport& report, bool details);
std::string IncidentEvalJson(const IncidentEvalReport& report);

}  // namespace tally

#endif  // TALLY_INCIDENT_EVAL_H_
