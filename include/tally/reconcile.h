// Reconcile: orders the claims of a story into series (same measure, subgroup, place, kind of
// period), relates each claim to the one before it, and picks a best estimate per series.
// Relations as in docs/DESIGN: same, consistent, update, revision, contradiction, part.
#ifndef TALLY_RECONCILE_H_
#define TALLY_RECONCILE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "tally/claims.h"
#include "tally/date.h"

namespace tally {

// A claim with what reconciliation and reports need to know of its document.
struct SourcedClaim {
  Claim claim;
  std::string document_id;
  std::string document_label;   // outlet or file name, for reports
  std::optional<Date> published;
  bool published_inferred = false;  // read from the text or placed by the story, not given
  std::string evidence_text;    // the evidence sentence
  // The claim's position among its document's claims (ExtractClaims order), when it comes from
  // a store: how a store finds the claim again after reconciliation changed its copy (a story
  // may give a claim the subgroup other documents name).
  std::optional<std::size_t> ordinal;
};

// The claim with what reconciliation needs of its document (label, date, evidence sentence).
SourcedClaim MakeSourcedClaim(const Document& document, const Claim& claim);

enum class Relation {
  kFirst,          // the earliest claim of a whole series: nothing to relate to
  kSame,           // the same figure again (at the same as-of date, or unchanged later)
  kConsistent,     // a bound that the other figure satisfies ("at least 160" and 164), or
                   // increments for different windows
  kUpdate,         // a cumulative figure rising over time
  kRevision,       // a cumulative figure falling over time
  kContradiction,  // disjoint intervals for the same as-of date (or no dates to order them)
  kPart,           // the earliest claim of a part: a subgroup or place inside a whole's scope
};
const char* RelationName(Relation relation);  // "first", "same", ...

enum class EstimatePolicy {
  kLatest,        // the newest as-of date, preferring attributed claims and more sources
  kConservative,  // the lowest credible figure (ACLED's rule)
  kConsensus,     // the figure the most documents state, the newest among equals
};
const char* EstimatePolicyName(EstimatePolicy policy);

struct SeriesEntry {
  std::size_t claim = 0;  // index into Reconciliation::claims
  Relation relation = Relation::kFirst;  // to the entry before it in the series
};

struct Series {
  std::string measure;
  std::optional<std::string> subgroup;
  std::optional<std::string> place;
  PeriodKind period = PeriodKind::kCumulative;
  // Ordered by as-of date (undated last), then publication date (undated last), then value.
  std::vector<SeriesEntry> entries;
  std::size_t best = 0;              // index into entries
  // Lowest and highest figure of the entries: bounds and point figures count with the number
  // written ("more than 2,000" gives 2,000), vague amounts and ranges with their interval.
  double range_lo = 0;
  double range_hi = 0;
  bool disputed = false;             // some entries contradict each other
  std::string reason;                // why best won, in words
  std::optional<std::size_t> part_of;  // index into Reconciliation::series of the whole
};

struct ReconcileOptions {
  EstimatePolicy policy = EstimatePolicy::kLatest;
};

struct Reconciliation {
  std::vector<SourcedClaim> claims;
  std::vector<Series> series;  // wholes first (by measure), each followed by its parts
};

// Pure; thread-safe. Takes ownership of the claims of one story.
Reconciliation Reconcile(std::vector<SourcedClaim> claims, const ReconcileOptions& options);

}  // namespace tally

#endif  // TALLY_RECONCILE_H_
