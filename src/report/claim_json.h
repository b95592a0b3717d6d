// The JSON members of one claim, shared by every output that prints claims (`tally extract`,
// `tally report --format json`), so that a claim reads the same everywhere.
#ifndef TALLY_REPORT_CLAIM_JSON_H_
#define TALLY_REPORT_CLAIM_JSON_H_

#include <string_view>

#include "common/json_writer.h"
#include "tally/claims.h"

namespace tally::internal {

// Writes, inside an object the caller opened: "measure", "value": {"lo", "hi"} (hi null when
// unbounded), "written", "approx", "subgroup", "place", "period": {"kind"[, "window"]},
// "as_of", "source", "modality", "confidence", "evidence": {"start", "end", "text", "value_start",
// "value_end"}. Offsets are bytes into the document's cleaned text; evidence_text is the
// sentence they delimit.
void WriteClaimMembers(JsonWriter& w, const Claim& claim, std::string_view evidence_text);

}  // namespace tally::internal

#endif  // TALLY_REPORT_CLAIM_JSON_H_
