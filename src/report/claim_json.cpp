#include "report/claim_json.h"

#include <cmath>

#include "tally/analyse.h"

namespace tally::internal {

void WriteClaimMembers(JsonWriter& w, const Claim& claim, std::string_view evidence_text) {
  w.Key("measure").String(claim.measure);
  // JsonWriter writes a non-finite number as null: an open upper bound ("at least 160").
  w.Key("value").BeginObject().Key("lo").Number(claim.lo).Key("hi").Number(claim.hi).EndObject();
  w.Key("written").Number(claim.value);
  w.Key("approx").String(ApproxName(claim.approx));
  w.Key("subgroup").OptionalString(claim.subgroup);
  w.Key("place").OptionalString(claim.place);
  w.Key("period").BeginObject();
  if (claim.period.kind == PeriodKind::kCumulative) {
    w.Key("kind").String("cumulative");
  } else {
    w.Key("kind").String("increment").Key("window");
    if (claim.period.window.empty()) {
      w.Null();
    } else {
      w.String(claim.period.window);
    }
  }
  w.EndObject();
  w.Key("as_of");
  if (claim.as_of) {
    w.String(claim.as_of->ToIso());
  } else {
    w.Null();
  }
  w.Key("source").OptionalString(claim.source);
  w.Key("modality").String(ModalityName(claim.modality));
  w.Key("confidence").Number(std::round(claim.confidence * 100) / 100);
  w.Key("evidence").BeginObject();
  w.Key("start").Int(claim.evidence.begin).Key("end").Int(claim.evidence.end);
  w.Key("text").String(evidence_text);
  w.Key("value_start").Int(claim.value_span.begin).Key("value_end").Int(claim.value_span.end);
  w.EndObject();
}

}  // namespace tally::internal
