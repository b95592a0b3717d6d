#include "pipeline/story_dating.h"

#include <optional>
#include <string>
#include <utility>

#include "pipeline/read_cleaned.h"

namespace tally::internal {
namespace {

constexpr int kDaysTried = 7;  // the bound and the six days after it: one of each weekday

bool IsWholeCumulative(const Claim& claim) {
  return !claim.subgroup && claim.period.kind == PeriodKind::kCumulative;
}

// The claim of `read` with the measure and number span of `stored`, if any.
const Claim* SameFigure(const std::vector<Claim>& read, const Claim& stored) {
  for (const Claim& claim : read) {
    if (claim.measure == stored.measure && claim.value_span.begin == stored.value_span.begin &&
        claim.value_span.end == stored.value_span.end) {
      return &claim;
    }
  }
  return nullptr;
}

// The day after the newest figure of a dated document that `claim` exceeds.
std::optional<Date> RisingBound(const Claim& claim, const std::vector<SourcedClaim>& story) {
  std::optional<Date> bound;
  if (!IsWholeCumulative(claim)) return bound;
  for (const SourcedClaim& other : story) {
    const Claim& dated = other.claim;
    if (!other.published || !dated.as_of || !IsWholeCumulative(dated) ||
        dated.measure != claim.measure || dated.place != claim.place || !(claim.lo > dated.hi)) {
      continue;
    }
    Date after = dated.as_of->AddDays(1);
    if (!bound || after > *bound) bound = after;
  }
  return bound;
}

// Reads the document as published on the first day from `bound` on which its rising claims
// all speak for `bound` or later; nullopt when no day of the week after it does.
std::optional<ProcessedDocument> ReadAfter(const StoredDocument& stored, Date bound,
                                           const std::vector<std::size_t>& rising) {
  for (int offset = 0; offset < kDaysTried; ++offset) {
    Document copy = stored.document;
    copy.published.date = bound.AddDays(offset);
    copy.published.inferred = true;
    ProcessedDocument read = ReadCleanedDocument(std::move(copy), 0, bound.year());
    bool dated = false, all_after = true;
    for (std::size_t ordinal : rising) {
      const Claim* again = SameFigure(read.claims, stored.claims[ordinal]);
      if (again == nullptr || !again->as_of) continue;
      dated = true;
      all_after = all_after && *again->as_of >= bound;
    }
    if (!dated) return std::nullopt;  // its rising figures take no date on any day
    if (all_after) return read;
  }
  return std::nullopt;
}

}  // namespace

void DateUndatedByStory(const std::vector<StoredDocument>& documents,
                        const std::vector<std::size_t>& members,
                        std::vector<SourcedClaim>& claims) {
  if (members.size() < 2) return;
  // All readings first, then their dates: bounds come from the documents dated before this
  // pass only (a date inferred here is weaker evidence), and the result must not depend on
  // the order of the documents.
  std::vector<std::pair<const StoredDocument*, ProcessedDocument>> readings;
  for (std::size_t index : members) {
    const StoredDocument& stored = documents[index];
    if (stored.document.published.date) continue;
    std::optional<Date> bound;
    std::vector<std::size_t> rising;
    for (std::size_t ordinal = 0; ordinal < stored.claims.size(); ++ordinal) {
      std::optional<Date> after = RisingBound(stored.claims[ordinal], claims);
      if (!after) continue;
      rising.push_back(ordinal);
      if (!bound || *after > *bound) bound = after;
    }
    if (!bound) continue;
    std::optional<ProcessedDocument> read = ReadAfter(stored, *bound, rising);
    if (read) readings.emplace_back(&stored, std::move(*read));
  }
  for (const auto& [stored, read] : readings) {
    for (SourcedClaim& sourced : claims) {
      if (sourced.document_id != stored->document.id || !sourced.ordinal ||
          *sourced.ordinal >= stored->claims.size()) {
        continue;
      }
      sourced.published = read.document.published.date;
      sourced.published_inferred = true;
      const Claim* again = SameFigure(read.claims, stored->claims[*sourced.ordinal]);
      if (again != nullptr && again->as_of) sourced.claim.as_of = again->as_of;
    }
  }
}

}  // namespace tally::internal
