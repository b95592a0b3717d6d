// Claims: binds the numbers of a document to the measures they count (killed, injured,
// detained, deployed, cases ...), with subgroup, place, period, as-of date and attribution.
// Measures and their language live in data/measures/*.tsv.
#ifndef TALLY_CLAIMS_H_
#define TALLY_CLAIMS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tally/analyse.h"
#include "tally/date.h"
#include "tally/document.h"

namespace tally {

enum class PeriodKind { kCumulative, kIncrement };

struct Period {
  PeriodKind kind = PeriodKind::kCumulative;
  std::string window;  // ISO 8601 duration of an increment ("P1D", "PT24H"); empty otherwise
};

// How the text holds a figure, from cue words near it (data/claims/modality.tsv).
enum class Modality {
  kReported,     // stated with no cue either way: the unmarked case
  kConfirmed,    // "confirmed", "official toll"
  kPreliminary,  // "preliminary", "initial", "so far", "expected to rise"
  kEstimated,    // "an estimated", "believed to", "feared dead"
  kClaimed,      // "claimed", "alleged", "could not be independently verified"
  kDenied,       // "denied reports that", "dismissed claims of": the source rejects the figure
};
const char* ModalityName(Modality modality);  // "reported", "confirmed", ...
std::optional<Modality> TryParseModality(std::string_view name);

struct Claim {
  std::string measure;  // "killed", "injured", "detained", "deployed", "cases", ...
  double lo = 0;        // the value interval the text allows
  double hi = 0;
  double value = 0;     // the number as written
  Approx approx = Approx::kExact;
  std::optional<std::string> subgroup;  // "children", "security forces", ...; nullopt = all
  std::optional<std::string> place;     // canonical place name, nullopt when unknown
  Period period;
  std::optional<Date> as_of;            // the date the figure speaks for
  std::optional<std::string> source;    // who the text says gave the figure
  Modality modality = Modality::kReported;
  Span evidence;                        // the sentence, bytes into Document::text
  Span value_span;                      // the number expression inside it
  double confidence = 0;                // 0..1, how sure the binding is
};

// The canonical name of a subgroup written as `phrase` ("law enforcement officers and military
// personnel" -> "security forces"): the subgroup of data/claims/subgroups.tsv whose phrase is
// the longest one contained in it as whole words, else the phrase itself, lower-cased.
std::string CanonicalSubgroup(std::string_view phrase);

// All claims of one analysed document, in text order. Pure; thread-safe.
std::vector<Claim> ExtractClaims(const Document& document, const Analysis& analysis);

}  // namespace tally

#endif  // TALLY_CLAIMS_H_
