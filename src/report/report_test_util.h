// Test helper: a small derived story written by hand, with relations, best estimates and
// ranges set explicitly so that report tests do not depend on the reconcile rules.
#ifndef TALLY_REPORT_REPORT_TEST_UTIL_H_
#define TALLY_REPORT_REPORT_TEST_UTIL_H_

#include <cmath>
#include <string>

#include "tally/store.h"

namespace tally::testing {

inline Date Jan(int day) { return *Date::FromYmd(2022, 1, day); }

struct ClaimSpec {
  std::string measure;
  double value;
  Approx approx;
  std::optional<Date> as_of;
  std::optional<std::string> source;
  std::string document_id;
  std::string label;
  std::string evidence;
  std::optional<std::string> subgroup = std::nullopt;
  std::optional<std::string> place = std::string("Kazakhstan");
  std::string window = "";  // set: an increment
};

inline SourcedClaim MakeSourcedClaim(const ClaimSpec& spec) {
  SourcedClaim sourced;
  Claim& claim = sourced.claim;
  claim.measure = spec.measure;
  claim.value = spec.value;
  claim.approx = spec.approx;
  claim.lo = spec.value;
  claim.hi = spec.value;
  if (spec.approx == Approx::kAtLeast || spec.approx == Approx::kMoreThan) claim.hi = INFINITY;
  if (spec.approx == Approx::kAbout) {
    claim.lo = spec.value * 0.9;
    claim.hi = spec.value * 1.1;
  }
  claim.as_of = spec.as_of;
  claim.source = spec.source;
  claim.subgroup = spec.subgroup;
  claim.place = spec.place;
  if (!spec.window.empty()) claim.period = {PeriodKind::kIncrement, spec.window};
  claim.evidence = {100, static_cast<std::uint32_t>(100 + spec.evidence.size())};
  claim.value_span = {104, 107};
  claim.confidence = 0.75;
  sourced.document_id = spec.document_id;
  sourced.document_label = spec.label;
  sourced.evidence_text = spec.evidence;
  return sourced;
}

inline Series MakeSeries(const Reconciliation& r, std::vector<SeriesEntry> entries,
                         std::size_t best, double lo, double hi,
                         std::optional<std::size_t> part_of = std::nullopt) {
  Series series;
  const Claim& first = r.claims[entries.front().claim].claim;
  series.measure = first.measure;
  series.subgroup = first.subgroup;
  series.place = first.place;
  series.period = first.period.kind;
  series.entries = std::move(entries);
  series.best = best;
  series.range_lo = lo;
  series.range_hi = hi;
  series.part_of = part_of;
  for (const SeriesEntry& entry : series.entries) {
    if (entry.relation == Relation::kContradiction) series.disputed = true;
  }
  return series;
}

// Killed (with a children part), detained (with a city's increments as a part) and disputed
// troop figures, from three outlets. Every sentence is made up for the test.
inline DerivedStory SampleStory() {
  DerivedStory derived;
  derived.story.id = "0123456789abcdef";
  derived.story.title = "Unrest in the capital";
  derived.story.documents = {2, 0, 1};
  derived.story.first_date = Jan(9);
  derived.story.last_date = Jan(22);

  Reconciliation& r = derived.reconciliation;
  r.claims = {
      MakeSourcedClaim({"killed", 164, Approx::kExact, Jan(9), "health ministry", "a1",
                        "Daily Post", "The ministry said 164 people had died."}),
      MakeSourcedClaim({"killed", 160, Approx::kAtLeast, Jan(12), std::nullopt, "b2", "Wire",
                        "At least 160 people died in the \"clashes\", it said."}),
      MakeSourcedClaim({"killed", 225, Approx::kExact, Jan(15), "prosecutor's office", "c3",
                        "Evening Herald", "The death toll rose to 225, a prosecutor said."}),
      MakeSourcedClaim({"killed", 3, Approx::kExact, Jan(9), "health ministry", "a1",
                        "Daily Post", "Three of the dead were children.", "children"}),
      MakeSourcedClaim({"deployed", 2000, Approx::kMoreThan, std::nullopt, std::nullopt, "b2",
                        "Wire", "More than 2,000 troops arrived.", "allied troops"}),
      MakeSourcedClaim({"deployed", 2500, Approx::kAbout, std::nullopt, "the alliance", "c3",
                        "Evening Herald", "Around 2,500 troops were sent.", "allied troops"}),
      MakeSourcedClaim({"detained", 7939, Approx::kExact, Jan(10), "interior ministry", "a1",
                        "Daily Post", "Police have detained 7,939 people."}),
      MakeSourcedClaim({"detained", 1678, Approx::kExact, Jan(12), "city police", "b2", "Wire",
                        "Police made 1,678 arrests in the city on Wednesday.", std::nullopt,
                        "Almaty", "P1D"}),
  };
  r.series.push_back(MakeSeries(r,
                                {{0, Relation::kFirst}, {1, Relation::kConsistent},
                                 {2, Relation::kUpdate}},
                                2, 160, 225));
  r.series.back().reason = "newest as-of date 2022-01-15; exact";
  r.series.push_back(MakeSeries(r, {{3, Relation::kPart}}, 0, 3, 3, 0));
  r.series.push_back(MakeSeries(r, {{6, Relation::kFirst}}, 0, 7939, 7939));
  r.series.push_back(MakeSeries(r, {{7, Relation::kPart}}, 0, 1678, 1678, 2));
  r.series.push_back(
      MakeSeries(r, {{4, Relation::kFirst}, {5, Relation::kContradiction}}, 1, 2000, 2500));
  return derived;
}

}  // namespace tally::testing

#endif  // TALLY_REPORT_REPORT_TEST_UTIL_H_
