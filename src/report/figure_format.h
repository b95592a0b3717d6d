// How the report writes figures for people: thousands separators, one short marker per
// qualifier, and increment windows in words.
#ifndef TALLY_REPORT_FIGURE_FORMAT_H_
#define TALLY_REPORT_FIGURE_FORMAT_H_

#include <string>
#include <string_view>

#include "tally/claims.h"

namespace tally::internal {

// "7,939" for whole numbers (up to 10^15), "2.5" for fractions, "∞" for infinity.
std::string FormatCount(double value);

// The marker written before a qualified figure: "" exact, "~" about, "<~" nearly, "≥" at least,
// ">" more than, "≤" at most, "?" vague amount; "" for a range, written as "lo–hi" instead.
const char* ApproxMarker(Approx approx);

// The legend of the markers above, one line without a newline.
std::string MarkerLegend();

// A claim's figure as a reader sees it: "164", "≥5,969", "~12,000", "?200–999" (a vague amount
// shows its interval; "?1,000+" when it has no upper end), "10–20" (a range).
std::string FormatFigure(const Claim& claim);

// An ISO 8601 duration of one component in words: "P1D" -> "1 day", "PT24H" -> "24 hours",
// "P2W" -> "2 weeks". Anything else is returned as written; "" stays "".
std::string DurationInWords(std::string_view iso_duration);

}  // namespace tally::internal

#endif  // TALLY_REPORT_FIGURE_FORMAT_H_
