#include "cli/document_json.h"

#include "report/claim_json.h"


namespace tally::cli {

using internal::JsonWriter;

namespace {

std::string Slice(const std::string& text, const Span& span) {
  if (span.begin > span.end || span.end > text.size()) return std::string();
  return text.substr(span.begin, span.end - span.begin);
}

void WriteOptionalString(JsonWriter& w, const std::string& value) {
  if (value.empty()) {
    w.Null();
  } else {
    w.String(value);
  }
}

}  // namespace

std::string DocumentJson(const ProcessedDocument& processed) {
  const Document& d = processed.document;
  JsonWriter w;
  w.BeginObject();
  w.Key("id").String(d.id);
  w.Key("path").String(d.path);
  w.Key("outlet");
  WriteOptionalString(w, d.outlet);
  w.Key("url");
  WriteOptionalString(w, d.url);
  w.Key("published").BeginObject().Key("date");
  if (d.published.date) {
    w.String(d.published.date->ToIso());
  } else {
    w.Null();
  }
  w.Key("inferred").Bool(d.published.inferred).EndObject();
  w.Key("title");
  WriteOptionalString(w, d.title);
  w.Key("text").String(d.text);

  w.Key("numbers").BeginArray();
  for (const NumberMention& n : processed.analysis.numbers) {
    w.BeginObject();
    w.Key("start").Int(n.span.begin).Key("end").Int(n.span.end);
    w.Key("text").String(Slice(d.text, n.span));
    w.Key("value").BeginObject().Key("lo").Number(n.lo).Key("hi").Number(n.hi).EndObject();
    // The figure as written ("nearly 8,000" 8000; a range its first end); null for vague
    // amounts ("dozens"), which write none.
    w.Key("written");
    if (n.approx == Approx::kVague) {
      w.Null();
    } else {
      w.Number(n.value);
    }
    w.Key("approx").String(ApproxName(n.approx));
    w.Key("kind").String(NumberKindName(n.kind));
    w.Key("unit");
    WriteOptionalString(w, n.unit);
    w.EndObject();
  }
  w.EndArray();

  w.Key("times").BeginArray();
  for (const TimeMention& t : processed.analysis.times) {
    w.BeginObject();
    w.Key("start").Int(t.span.begin).Key("end").Int(t.span.end);
    w.Key("text").String(Slice(d.text, t.span));
    w.Key("type").String(TimexTypeName(t.type));
    w.Key("value").String(t.value);
    w.EndObject();
  }
  w.EndArray();

  w.Key("entities").BeginArray();
  for (const EntityMention& e : processed.entities) {
    w.BeginObject();
    w.Key("start").Int(e.span.begin).Key("end").Int(e.span.end);
    w.Key("text").String(Slice(d.text, e.span));
    w.Key("canonical").String(e.canonical);
    w.Key("kind").String(EntityKindName(e.kind));
    w.EndObject();
  }
  w.EndArray();

  w.Key("claims").BeginArray();
  for (const Claim& claim : processed.claims) {
    w.BeginObject();
    internal::WriteClaimMembers(w, claim, Slice(d.text, claim.evidence));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return w.Take();
}

}  // namespace tally::cli
