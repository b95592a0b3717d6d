#include "tally/reconcile.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "common/text.h"
#include "reconcile/estimate.h"
#include "reconcile/figure.h"
#include "reconcile/relation.h"
#include "reconcile/series_layout.h"

namespace tally {
namespace {

// Subgroups and places compare case-insensitively and trimmed; an empty one counts as absent.
std::string FoldKey(const std::optional<std::string>& text) {
  if (!text) return std::string();
  std::string folded = internal::AsciiLower(internal::Trim(*text));
  return folded.empty() ? folded : "=" + folded;
}

std::optional<std::string> PresentOrNull(const std::optional<std::string>& text) {
  if (!text || internal::Trim(*text).empty()) return std::nullopt;
  return text;
}

// Dates ascending, absent last.
int CompareDates(const std::optional<Date>& a, const std::optional<Date>& b) {
  if (a.has_value() != b.has_value()) return a.has_value() ? -1 : 1;
  if (!a || *a == *b) return 0;
  return *a < *b ? -1 : 1;
}

// A total order on doubles with NaN after every number, so a malformed value cannot break the
// sort's strict weak ordering.
int CompareFigures(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) {
    if (std::isnan(a) && std::isnan(b)) return 0;
    return std::isnan(a) ? 1 : -1;
  }
  if (a == b) return 0;
  return a < b ? -1 : 1;
}

// Series order: by as-of date (undated last), then publication date (undated last), then the
// figure; stable for the rest.
void SortEntries(std::vector<SeriesEntry>& entries, const std::vector<SourcedClaim>& claims) {
  std::stable_sort(entries.begin(), entries.end(), [&](const SeriesEntry& a, const SeriesEntry& b) {
    const SourcedClaim& x = claims[a.claim];
    const SourcedClaim& y = claims[b.claim];
    if (int c = CompareDates(x.claim.as_of, y.claim.as_of)) return c < 0;
    if (int c = CompareDates(x.published, y.published)) return c < 0;
    return CompareFigures(internal::WrittenFigure(x.claim), internal::WrittenFigure(y.claim)) < 0;
  });
}

std::vector<Series> GroupIntoSeries(const std::vector<SourcedClaim>& claims) {
  using Key = std::tuple<std::string, std::string, std::string, PeriodKind>;
  std::map<Key, std::size_t> index_of;
  std::vector<Series> series;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& claim = claims[i].claim;
    Key key{claim.measure, FoldKey(claim.subgroup), FoldKey(claim.place), claim.period.kind};
    auto [it, inserted] = index_of.try_emplace(key, series.size());
    if (inserted) {
      Series fresh;
      fresh.measure = claim.measure;
      fresh.period = claim.period.kind;
      series.push_back(std::move(fresh));
    }
    series[it->second].entries.push_back({i, Relation::kFirst});
  }
  for (Series& one : series) {
    SortEntries(one.entries, claims);
    // Spelled as the first claim of the series spells them.
    const Claim& first = claims[one.entries.front().claim].claim;
    one.subgroup = PresentOrNull(first.subgroup);
    one.place = PresentOrNull(first.place);
  }
  return series;
}

// The claims of a series as the relation rules read them: an undated claim that states the
// same figure as a dated one of the series ("225" in an undated article, "225" as of Jan 22 in
// another) is taken to speak for that date (the latest such), since nothing else dates it.
std::vector<Claim> DatedForRelations(const Series& series,
                                     const std::vector<SourcedClaim>& claims) {
  std::vector<Claim> read;
  read.reserve(series.entries.size());
  for (const SeriesEntry& entry : series.entries) read.push_back(claims[entry.claim].claim);
  for (Claim& claim : read) {
    if (claim.as_of) continue;
    for (const SeriesEntry& entry : series.entries) {
      const Claim& dated = claims[entry.claim].claim;
      if (dated.as_of && internal::SameFigure(dated, claim) &&
          (!claim.as_of || *dated.as_of > *claim.as_of)) {
        claim.as_of = dated.as_of;
      }
    }
  }
  return read;
}

void Relate(Series& series, const std::vector<SourcedClaim>& claims) {
  // The first claim of a part relates to its whole, not to an earlier claim.
  series.entries.front().relation = series.part_of ? Relation::kPart : Relation::kFirst;
  std::vector<Claim> read = DatedForRelations(series, claims);
  for (std::size_t i = 1; i < series.entries.size(); ++i) {
    series.entries[i].relation = internal::RelateClaims(read[i - 1], read[i]);
  }
  series.disputed =
      std::any_of(series.entries.begin(), series.entries.end(),
                  [](const SeriesEntry& e) { return e.relation == Relation::kContradiction; });
}

}  // namespace

SourcedClaim MakeSourcedClaim(const Document& document, const Claim& claim) {
  SourcedClaim sourced;
  sourced.claim = claim;
  sourced.document_id = document.id;
  sourced.document_label = document.DisplaySource();
  sourced.published = document.published.date;
  sourced.published_inferred = document.published.inferred;
  const std::string& text = document.text;
  if (claim.evidence.begin <= claim.evidence.end && claim.evidence.end <= text.size()) {
    sourced.evidence_text =
        text.substr(claim.evidence.begin, claim.evidence.end - claim.evidence.begin);
  }
  return sourced;
}

Reconciliation Reconcile(std::vector<SourcedClaim> claims, const ReconcileOptions& options) {
  Reconciliation result;
  result.series = internal::ArrangeSeries(GroupIntoSeries(claims), internal::MainPlace(claims));
  for (Series& series : result.series) {
    Relate(series, claims);
    internal::BestEstimate best = internal::ChooseBest(series.entries, claims, options.policy);
    series.best = best.entry;
    series.reason = std::move(best.reason);
    internal::FigureRange range = internal::SeriesRange(series.entries, claims);
    series.range_lo = range.lo;
    series.range_hi = range.hi;
  }
  result.claims = std::move(claims);
  return result;
}

}  // namespace tally
