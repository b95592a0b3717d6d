#include "cli/document_json.h"

#include <cmath>

namespace tally::cli {

using internal::JsonWriter;

namespace {

void WriteInterval(JsonWriter& w, double lo, double hi) {
  // An open upper bound ("at least 160") is null: JSON has no infinity.
  w.BeginObject().Key("lo").Number(lo).Key("hi");
  if (std::isinf(hi)) {
    w.Null();
  } else {
    w.Number(hi);
  }
  w.EndObject();
}

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

void WriteClaim(JsonWriter& w, const Claim& claim, const std::string& text) {
  w.BeginObject();
  w.Key("measure").String(claim.measure);
  w.Key("value");
  WriteInterval(w, claim.lo, claim.hi);
  w.Key("written").Number(claim.value);
  w.Key("approx").String(ApproxName(claim.approx));
  w.Key("subgroup").OptionalString(claim.subgroup);
  w.Key("place").OptionalString(claim.place);
  w.Key("period").BeginObject();
  if (claim.period.kind == PeriodKind::kCumulative) {
    w.Key("kind").String("cumulative");
  } else {
    w.Key("kind").String("increment").Key("window");
    WriteOptionalString(w, claim.period.window);
  }
  w.EndObject();
  w.Key("as_of");
  if (claim.as_of) {
    w.String(claim.as_of->ToIso());
  } else {
    w.Null();
  }
  w.Key("source").OptionalString(claim.source);
  w.Key("confidence").Number(std::round(claim.confidence * 100) / 100);
  w.Key("evidence").BeginObject();
  w.Key("start").Int(claim.evidence.begin).Key("end").Int(claim.evidence.end);
  w.Key("text").String(Slice(text, claim.evidence));
  w.EndObject();
  w.Key("value_span").BeginObject();
  w.Key("start").Int(claim.value_span.begin).Key("end").Int(claim.value_span.end);
  w.Key("text").String(Slice(text, claim.value_span));
  w.EndObject();
  w.EndObject();
}

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
    w.Key("value");
    WriteInterval(w, n.lo, n.hi);
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

  w.Key("claims").BeginArray();
  for (const Claim& claim : processed.claims) WriteClaim(w, claim, d.text);
  w.EndArray();
  w.EndObject();
  return w.Take();
}

}  // namespace tally::cli
