// The JSON fact sheet. Shape (every key always present; null where a value is unknown):
//
//   {"stories": [{"id", "title", "first_date", "last_date", "documents": N,
//     "series": [{"measure", "subgroup", "place", "period": "cumulative" | "increment",
//       "best": <claim> | null, "range": {"lo", "hi"}, "disputed", "reason",
//       "part_of": <index into this story's series> | null,
//       "claims": [<claim>, ...]}]}]}
//
//   <claim> = {"document_id", "document", "published", "published_inferred", "measure",
//     "value": {"lo", "hi"},            hi null when unbounded
//     "written", "approx", "subgroup", "place",
//     "period": {"kind": "cumulative"} | {"kind": "increment", "window": "P1D"},
//     "as_of", "source", "modality", "relation", "confidence",
//     "evidence": {"start", "end", "text", "value_start", "value_end"}}
//
// Offsets are bytes into the document's cleaned text: "start"/"end" the evidence sentence,
// "value_start"/"value_end" the number in it (Claim::value_span), for highlighting.
#include "tally/report.h"

#include "common/json_writer.h"
#include "report/claim_json.h"
#include "tally/analyse.h"

namespace tally {
namespace {

using internal::JsonWriter;


const char* PeriodName(PeriodKind kind) {
  return kind == PeriodKind::kIncrement ? "increment" : "cumulative";
}

void OptionalDate(JsonWriter& w, const std::optional<Date>& date) {
  if (date) {
    w.String(date->ToIso());
  } else {
    w.Null();
  }
}

void WriteClaim(JsonWriter& w, const SourcedClaim& sourced, Relation relation) {
  const Claim& claim = sourced.claim;
  w.BeginObject();
  w.Key("document_id").String(sourced.document_id);
  w.Key("document").String(sourced.document_label);
  w.Key("published");
  OptionalDate(w, sourced.published);
  w.Key("published_inferred").Bool(sourced.published_inferred);
  WriteClaimMembers(w, claim, sourced.evidence_text);
  w.Key("relation").String(RelationName(relation));
  w.EndObject();
}

void WriteSeries(JsonWriter& w, const Series& series, const Reconciliation& r) {
  w.BeginObject();
  w.Key("measure").String(series.measure);
  w.Key("subgroup").OptionalString(series.subgroup);
  w.Key("place").OptionalString(series.place);
  w.Key("period").String(PeriodName(series.period));
  w.Key("best");
  if (series.best < series.entries.size() && series.entries[series.best].claim < r.claims.size()) {
    const SeriesEntry& best = series.entries[series.best];
    WriteClaim(w, r.claims[best.claim], best.relation);
  } else {
    w.Null();
  }
  w.Key("range").BeginObject().Key("lo").Number(series.range_lo).Key("hi").Number(series.range_hi)
      .EndObject();
  w.Key("disputed").Bool(series.disputed);
  w.Key("reason").String(series.reason);
  w.Key("part_of");
  if (series.part_of) {
    w.Int(static_cast<long long>(*series.part_of));
  } else {
    w.Null();
  }
  w.Key("claims").BeginArray();
  for (const SeriesEntry& entry : series.entries) {
    if (entry.claim < r.claims.size()) WriteClaim(w, r.claims[entry.claim], entry.relation);
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string RenderJsonReport(const std::vector<DerivedStory>& stories) {
  JsonWriter w;
  w.BeginObject().Key("stories").BeginArray();
  for (const DerivedStory& derived : stories) {
    const Story& story = derived.story;
    w.BeginObject();
    w.Key("id").String(story.id);
    w.Key("title").String(story.title);
    w.Key("first_date");
    OptionalDate(w, story.first_date);
    w.Key("last_date");
    OptionalDate(w, story.last_date);
    w.Key("documents").Int(static_cast<long long>(story.documents.size()));
    w.Key("series").BeginArray();
    for (const Series& series : derived.reconciliation.series) {
      WriteSeries(w, series, derived.reconciliation);
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray().EndObject();
  return w.Take();
}

}  // namespace tally
