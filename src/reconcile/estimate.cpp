#include "reconcile/estimate.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <set>
#include <string_view>

#include <fmt/format.h>

#include "common/text.h"
#include "reconcile/figure.h"

namespace tally {

const char* EstimatePolicyName(EstimatePolicy policy) {
  switch (policy) {
    case EstimatePolicy::kLatest: return "latest";
    case EstimatePolicy::kConservative: return "conservative";
    case EstimatePolicy::kConsensus: return "consensus";
  }
  return "latest";
}

namespace internal {
namespace {

// The qualifier in the words of a reason ("at least"), not the JSON names ("at_least").
const char* QualifierWords(Approx approx) {
  switch (approx) {
    case Approx::kExact: return "exact";
    case Approx::kAbout: return "about";
    case Approx::kNearly: return "nearly";
    case Approx::kAtLeast: return "at least";
    case Approx::kMoreThan: return "more than";
    case Approx::kAtMost: return "at most";
    case Approx::kVague: return "vague";
    case Approx::kRange: return "range";
  }
  return "exact";
}

std::string_view SourceOf(const Claim& claim) {
  return claim.source ? Trim(*claim.source) : std::string_view();
}

struct Candidate {
  std::size_t entry = 0;
  const Claim* claim = nullptr;
  std::size_t support = 0;   // documents stating the figure
  std::size_t mentions = 0;  // entries stating the figure, several per document possible
};

// True when a is preferred to b by the tie-breaking chain shared by both policies.
bool Preferred(const Candidate& a, const Candidate& b) {
  int rank_a = PrecisionRank(a.claim->approx);
  int rank_b = PrecisionRank(b.claim->approx);
  if (rank_a != rank_b) return rank_a < rank_b;
  // A figure stated by more documents outranks one attribution: a lone source is as likely to
  // be the odd one out as the news wires that agree.
  if (a.support != b.support) return a.support > b.support;
  // Within one document, the figure the article repeats (headline, lede, summary) is its
  // whole; a figure written once is more often a detail ("two died at the scene").
  if (a.mentions != b.mentions) return a.mentions > b.mentions;
  // Of two figures for the same day stated equally often, the larger: a report gives its
  // whole and then parts of it ("four were wounded ... one man in the ankle"), never a part
  // above the whole, and a detail written once is rarely repeated by another report.
  if (a.claim->lo != b.claim->lo) return a.claim->lo > b.claim->lo;
  bool attributed_a = !SourceOf(*a.claim).empty();
  bool attributed_b = !SourceOf(*b.claim).empty();
  if (attributed_a != attributed_b) return attributed_a;
  if (a.claim->confidence != b.claim->confidence) {
    return a.claim->confidence > b.claim->confidence;
  }
  return a.entry < b.entry;
}

// "exact; attributed to health ministry; 2 sources".
std::string DescribeWinner(const Candidate& winner) {
  std::string_view source = SourceOf(*winner.claim);
  return fmt::format("{}; {}; {} source{}", QualifierWords(winner.claim->approx),
                     source.empty() ? std::string("unattributed")
                                    : fmt::format("attributed to {}", source),
                     winner.support, winner.support == 1 ? "" : "s");
}

// True when b restates the figure of a: the same figure (SameFigure), or a lower bound of the
// same number beside an exact one ("killing at least 10 people" and "10 people were dead"): an
// article that opens with the bound and then gives the count repeats one figure.
bool RestatesFigure(const Claim& a, const Claim& b) {
  if (SameFigure(a, b)) return true;
  auto bound_or_exact = [](Approx approx) {
    return approx == Approx::kExact || approx == Approx::kAtLeast;
  };
  return bound_or_exact(a.approx) && bound_or_exact(b.approx) &&
         WrittenFigure(a) == WrittenFigure(b);
}

bool IsVague(const Candidate& c) { return c.claim->approx == Approx::kVague; }

// A vague amount ("thousands were injured") never outranks a figure: it only stands in when a
// series has nothing else.
bool SetAsideVague(const std::vector<Candidate>& all) {
  return std::any_of(all.begin(), all.end(), [](const Candidate& c) { return !IsVague(c); });
}

BestEstimate Latest(const std::vector<Candidate>& all) {
  const bool set_aside_vague = SetAsideVague(all);
  std::optional<Date> newest;
  for (const Candidate& candidate : all) {
    if (set_aside_vague && IsVague(candidate)) continue;
    const std::optional<Date>& as_of = candidate.claim->as_of;
    if (as_of && (!newest || *as_of > *newest)) newest = as_of;
  }
  const Candidate* winner = nullptr;
  for (const Candidate& candidate : all) {
    if (set_aside_vague && IsVague(candidate)) continue;
    if (newest && candidate.claim->as_of != newest) continue;
    if (winner == nullptr || Preferred(candidate, *winner)) winner = &candidate;
  }
  assert(winner != nullptr);
  std::string when = newest ? fmt::format("newest as-of date {}", newest->ToIso())
                            : std::string("no as-of dates");
  return {winner->entry, fmt::format("{}; {}", when, DescribeWinner(*winner))};
}

BestEstimate Conservative(const std::vector<Candidate>& all) {
  const bool any_point = std::any_of(all.begin(), all.end(), [](const Candidate& c) {
    return ShapeOf(c.claim->approx) == Shape::kPoint;
  });
  const Candidate* winner = nullptr;
  for (const Candidate& candidate : all) {
    if (any_point && ShapeOf(candidate.claim->approx) != Shape::kPoint) continue;
    if (winner == nullptr || candidate.claim->lo < winner->claim->lo ||
        (candidate.claim->lo == winner->claim->lo && Preferred(candidate, *winner))) {
      winner = &candidate;
    }
  }
  assert(winner != nullptr);
  const std::optional<Date>& as_of = winner->claim->as_of;
  std::string when = as_of ? fmt::format("as of {}", as_of->ToIso()) : std::string("undated");
  return {winner->entry,
          fmt::format("{} ({}); {}", any_point ? "lowest point figure" : "lowest figure", when,
                      DescribeWinner(*winner))};
}

// The figure stated by the most documents; among equals the newest as-of date, then the
// shared preference chain. Vague amounts stand in only for a series without figures.
BestEstimate Consensus(const std::vector<Candidate>& all) {
  const bool set_aside_vague = SetAsideVague(all);
  const Candidate* winner = nullptr;
  for (const Candidate& candidate : all) {
    if (set_aside_vague && IsVague(candidate)) continue;
    if (winner == nullptr || candidate.support > winner->support) {
      winner = &candidate;
      continue;
    }
    if (candidate.support < winner->support) continue;
    const std::optional<Date>& a = candidate.claim->as_of;
    const std::optional<Date>& b = winner->claim->as_of;
    if (a != b) {
      if (a && (!b || *a > *b)) winner = &candidate;
      continue;
    }
    if (Preferred(candidate, *winner)) winner = &candidate;
  }
  assert(winner != nullptr);
  return {winner->entry, fmt::format("stated by the most documents; {}", DescribeWinner(*winner))};
}

}  // namespace

std::size_t CountSupportingDocuments(const std::vector<SeriesEntry>& entries,
                                     const std::vector<SourcedClaim>& claims, std::size_t entry) {
  const Claim& figure = claims[entries[entry].claim].claim;
  std::set<std::string_view> documents;
  for (const SeriesEntry& other : entries) {
    const SourcedClaim& sourced = claims[other.claim];
    if (SameFigure(figure, sourced.claim)) documents.insert(sourced.document_id);
  }
  return documents.size();
}

std::size_t CountMentions(const std::vector<SeriesEntry>& entries,
                          const std::vector<SourcedClaim>& claims, std::size_t entry) {
  const Claim& figure = claims[entries[entry].claim].claim;
  return static_cast<std::size_t>(
      std::count_if(entries.begin(), entries.end(), [&](const SeriesEntry& other) {
        return RestatesFigure(figure, claims[other.claim].claim);
      }));
}

BestEstimate ChooseBest(const std::vector<SeriesEntry>& entries,
                        const std::vector<SourcedClaim>& claims, EstimatePolicy policy) {
  assert(!entries.empty());
  std::vector<Candidate> all;
  all.reserve(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    all.push_back({i, &claims[entries[i].claim].claim,
                   CountSupportingDocuments(entries, claims, i),
                   CountMentions(entries, claims, i)});
  }
  // A figure the text reports as denied ("denied reports that 60 were killed") stands in only
  // when the series has nothing else.
  auto denied = [](const Candidate& c) { return c.claim->modality == Modality::kDenied; };
  if (!std::all_of(all.begin(), all.end(), denied)) std::erase_if(all, denied);
  switch (policy) {
    case EstimatePolicy::kLatest: return Latest(all);
    case EstimatePolicy::kConservative: return Conservative(all);
    case EstimatePolicy::kConsensus: return Consensus(all);
  }
  return Latest(all);
}

FigureRange SeriesRange(const std::vector<SeriesEntry>& entries,
                        const std::vector<SourcedClaim>& claims) {
  assert(!entries.empty());
  // Vague amounts widen the range only of a series that has nothing else.
  const bool any_figure = std::any_of(entries.begin(), entries.end(), [&](const SeriesEntry& e) {
    return claims[e.claim].claim.approx != Approx::kVague;
  });
  FigureRange range{INFINITY, -INFINITY};
  for (const SeriesEntry& entry : entries) {
    const Claim& claim = claims[entry.claim].claim;
    if (any_figure && claim.approx == Approx::kVague) continue;
    double lo = WrittenFigure(claim);
    double hi = lo;
    if (ShapeOf(claim.approx) == Shape::kInterval) {
      lo = claim.lo;
      hi = std::isfinite(claim.hi) ? claim.hi : claim.lo;
    }
    range.lo = std::min(range.lo, lo);
    range.hi = std::max(range.hi, hi);
  }
  return range;
}

}  // namespace internal
}  // namespace tally
