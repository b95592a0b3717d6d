// EvaluateIncidents: each incident's articles run through the pipeline and are reconciled as one
// story; the best estimate of the whole killed and injured series meets the official count.
#include <cmath>
#include <cstdlib>
#include <map>

#include <fmt/format.h>

#include "common/json_writer.h"
#include "common/text.h"
#include "eval/incident_eval.h"
#include "tally/pipeline.h"
#include "tally/reconcile.h"

namespace tally {
namespace {

// A wrong figure dated further than this from the incident is likely about another event.
constexpr int kOtherEventDays = 7;

// The figure a claim states: the number as written, or the low end of a vague amount.
double StatedFigure(const Claim& claim) {
  return claim.approx == Approx::kVague ? claim.lo : claim.value;
}

bool SameFigure(double stated, int official) {
  return std::isfinite(stated) && std::llround(stated) == official;
}

// Places that name the incident's own scope: its city, its state, its country. Official counts
// are for the whole incident, so a series placed there (or nowhere) is the whole.
bool IsOwnPlace(const std::optional<std::string>& place, const Incident& incident) {
  if (!place) return true;
  std::string folded = internal::AsciiLower(internal::Trim(*place));
  return folded.empty() || folded == internal::AsciiLower(incident.city) ||
         folded == internal::AsciiLower(incident.state) || folded == "united states";
}

// The whole series of the measure: no subgroup, not a part, placed in the incident's own
// scope; among several, the one most claims support (the first on a tie).
const Series* WholeSeries(const Reconciliation& reconciliation, const std::string& measure,
                          const Incident& incident) {
  const Series* whole = nullptr;
  for (const Series& series : reconciliation.series) {
    if (series.measure != measure || series.subgroup || series.part_of) continue;
    if (!IsOwnPlace(series.place, incident)) continue;
    if (whole == nullptr || series.entries.size() > whole->entries.size()) whole = &series;
  }
  if (whole != nullptr) return whole;
  // Only parts ("two children were killed", "no one else was hurt"): the part most claims
  // support stands in for the whole, except a tally over several incidents.
  for (const Series& series : reconciliation.series) {
    if (series.measure != measure || !IsOwnPlace(series.place, incident)) continue;
    if (series.subgroup && *series.subgroup == "several incidents") continue;
    if (whole == nullptr || series.entries.size() > whole->entries.size()) whole = &series;
  }
  return whole;
}

}  // namespace

namespace internal {

IncidentJudgement JudgeIncidentMeasure(const Reconciliation& reconciliation,
                                       const std::string& measure, int official,
                                       const Incident& incident) {
  IncidentJudgement judgement;
  judgement.incident_id = incident.id;
  judgement.measure = measure;
  judgement.official = official;
  bool any_claim = false;
  for (const SourcedClaim& sourced : reconciliation.claims) {
    if (sourced.claim.measure != measure) continue;
    any_claim = true;
    judgement.official_was_stated |= SameFigure(StatedFigure(sourced.claim), official);
  }
  if (!any_claim) {
    judgement.outcome = IncidentOutcome::kNoClaim;
    return judgement;
  }
  const Series* whole = WholeSeries(reconciliation, measure, incident);
  if (whole == nullptr) {
    judgement.outcome = IncidentOutcome::kOnlyParts;
    return judgement;
  }
  const SourcedClaim& best = reconciliation.claims[whole->entries[whole->best].claim];
  double estimate = StatedFigure(best.claim);
  judgement.estimate = estimate;
  judgement.evidence = best.evidence_text;
  if (SameFigure(estimate, official)) {
    judgement.outcome = IncidentOutcome::kExact;
    return judgement;
  }
  judgement.outcome = estimate > official ? IncidentOutcome::kOver : IncidentOutcome::kUnder;
  if (best.claim.as_of && incident.date) {
    int days = best.claim.as_of->days_since_epoch() - incident.date->days_since_epoch();
    judgement.other_date = std::abs(days) > kOtherEventDays;
  }
  return judgement;
}

}  // namespace internal

namespace {

// The error kind a wrong judgement is counted under.
std::string ErrorKind(const IncidentJudgement& j) {
  std::string kind = IncidentOutcomeName(j.outcome);
  if (j.other_date) kind += " (dated another day)";
  if (j.outcome != IncidentOutcome::kOnlyParts && j.official_was_stated) {
    kind += " (official figure stated)";
  }
  return kind;
}

void Count(const IncidentJudgement& judgement, MeasureScore& score) {
  ++score.with_official;
  if (judgement.outcome == IncidentOutcome::kNoClaim) return;
  ++score.n;
  if (judgement.outcome == IncidentOutcome::kExact) {
    ++score.exact;
  } else {
    ++score.errors[ErrorKind(judgement)];
  }
}

Document ToDocument(IncidentArticle& article) {
  Document document;
  document.id = article.id;
  document.path = article.id;
  document.outlet = article.outlet;
  document.url = article.url;
  document.title = article.title;
  document.published.date = article.published;
  document.raw = std::move(article.text);
  return document;
}

std::vector<SourcedClaim> SourcedClaims(const std::vector<ProcessedDocument>& processed) {
  std::vector<SourcedClaim> claims;
  for (const ProcessedDocument& p : processed) {
    for (const Claim& claim : p.claims) claims.push_back(MakeSourcedClaim(p.document, claim));
  }
  return claims;
}

void WriteScore(internal::JsonWriter& w, const MeasureScore& score) {
  w.BeginObject();
  w.Key("exact").Number(score.rate());
  w.Key("n").Int(static_cast<long long>(score.n));
  w.Key("right").Int(static_cast<long long>(score.exact));
  w.Key("with_official").Int(static_cast<long long>(score.with_official));
  w.Key("errors").BeginObject();
  for (const auto& [kind, count] : score.errors) w.Key(kind).Int(static_cast<long long>(count));
  w.EndObject();
  w.EndObject();
}

std::string FormatScore(const char* measure, const MeasureScore& s) {
  std::string out = fmt::format(
      "{}: exact {}/{} = {:.3f} (incidents with an official count: {}, with no {} figure: {})\n",
      measure, s.exact, s.n, s.rate(), s.with_official, measure, s.with_official - s.n);
  for (const auto& [kind, count] : s.errors) out += fmt::format("  {:5}  {}\n", count, kind);
  return out;
}

}  // namespace

const char* IncidentOutcomeName(IncidentOutcome outcome) {
  switch (outcome) {
    case IncidentOutcome::kExact: return "exact";
    case IncidentOutcome::kNoClaim: return "no_claim";
    case IncidentOutcome::kOnlyParts: return "only_parts";
    case IncidentOutcome::kOver: return "over";
    case IncidentOutcome::kUnder: return "under";
  }
  return "exact";
}

IncidentEvalReport EvaluateIncidents(const std::vector<Incident>& incidents,
                                     std::vector<IncidentArticle> articles) {
  std::map<std::string, std::vector<Document>> documents_of;
  for (IncidentArticle& article : articles) {
    documents_of[article.incident_id].push_back(ToDocument(article));
  }
  IncidentEvalReport report;
  for (const Incident& incident : incidents) {
    if (!incident.killed && !incident.injured) continue;
    auto found = documents_of.find(incident.id);
    if (found == documents_of.end() || found->second.empty()) continue;
    ++report.incidents;
    report.articles += found->second.size();
    std::vector<ProcessedDocument> processed =
        ProcessBatch(std::move(found->second), PipelineOptions{});
    Reconciliation reconciliation = Reconcile(SourcedClaims(processed), ReconcileOptions{});
    for (const auto& [measure, official, score] :
         {std::tuple<const char*, std::optional<int>, MeasureScore*>{"killed", incident.killed,
                                                                     &report.killed},
          {"injured", incident.injured, &report.injured}}) {
      if (!official) continue;
      IncidentJudgement judgement = internal::JudgeIncidentMeasure(reconciliation, measure, *official, incident);
      Count(judgement, *score);
      if (judgement.outcome != IncidentOutcome::kNoClaim) {
        report.judgements.push_back(std::move(judgement));
      }
    }
  }
  return report;
}

std::string FormatIncidentEval(const IncidentEvalReport& report, bool details) {
  std::string out = fmt::format("incidents scored: {} ({} articles)\n", report.incidents,
                                report.articles);
  out += FormatScore("killed", report.killed);
  out += FormatScore("injured", report.injured);
  if (details) {
    for (const IncidentJudgement& j : report.judgements) {
      if (j.outcome == IncidentOutcome::kExact) continue;
      std::string estimate = j.estimate ? fmt::format("{}", std::llround(*j.estimate)) : "-";
      out += fmt::format("{} {} official {} tally {} {}: {}\n", j.incident_id, j.measure,
                         j.official, estimate, ErrorKind(j), j.evidence);
    }
  }
  return out;
}

std::string IncidentEvalJson(const IncidentEvalReport& report) {
  internal::JsonWriter w;
  w.BeginObject();
  w.Key("killed");
  WriteScore(w, report.killed);
  w.Key("injured");
  WriteScore(w, report.injured);
  w.Key("incidents").Int(static_cast<long long>(report.incidents));
  w.Key("articles").Int(static_cast<long long>(report.articles));
  w.EndObject();
  return w.Take();
}

}  // namespace tally
