// Test helper: claims written in one line, with the intervals the claims stage gives each
// qualifier (about: +-10%, nearly: the 10% below, at least / more than: up to infinity).
#ifndef TALLY_RECONCILE_CLAIM_BUILDER_TEST_UTIL_H_
#define TALLY_RECONCILE_CLAIM_BUILDER_TEST_UTIL_H_

#include <cmath>
#include <string>
#include <utility>

#include "tally/reconcile.h"

namespace tally::testing {

inline Date Jan(int day) { return *Date::FromYmd(2022, 1, day); }

class ClaimBuilder {
 public:
  ClaimBuilder(std::string measure, double value, Approx approx = Approx::kExact) {
    sourced_.claim.measure = std::move(measure);
    sourced_.claim.value = value;
    sourced_.claim.approx = approx;
    sourced_.claim.confidence = 0.5;
    sourced_.claim.period.kind = PeriodKind::kCumulative;
    sourced_.claim.place = "Kazakhstan";
    double lo = value, hi = value;
    switch (approx) {
      case Approx::kAbout: lo = value * 0.9; hi = value * 1.1; break;
      case Approx::kNearly: lo = value * 0.9; break;
      case Approx::kAtLeast:
      case Approx::kMoreThan: hi = INFINITY; break;
      case Approx::kAtMost: lo = 0; break;
      default: break;
    }
    sourced_.claim.lo = lo;
    sourced_.claim.hi = hi;
    sourced_.document_id = "doc";
    sourced_.document_label = "doc";
  }
  ClaimBuilder& Interval(double lo, double hi) {
    sourced_.claim.lo = lo;
    sourced_.claim.hi = hi;
    return *this;
  }
  ClaimBuilder& AsOf(Date date) { sourced_.claim.as_of = date; return *this; }
  ClaimBuilder& Published(Date date) { sourced_.published = date; return *this; }
  ClaimBuilder& Source(std::string source) {
    sourced_.claim.source = std::move(source);
    return *this;
  }
  ClaimBuilder& Document(std::string id) {
    sourced_.document_id = id;
    sourced_.document_label = std::move(id);
    return *this;
  }
  ClaimBuilder& Subgroup(std::string subgroup) {
    sourced_.claim.subgroup = std::move(subgroup);
    return *this;
  }
  ClaimBuilder& Place(std::optional<std::string> place) {
    sourced_.claim.place = std::move(place);
    return *this;
  }
  ClaimBuilder& Increment(std::string window) {
    sourced_.claim.period = {PeriodKind::kIncrement, std::move(window)};
    return *this;
  }
  ClaimBuilder& Confidence(double confidence) {
    sourced_.claim.confidence = confidence;
    return *this;
  }

  const Claim& claim() const { return sourced_.claim; }
  operator SourcedClaim() const { return sourced_; }  // NOLINT: implicit for brace lists
  operator Claim() const { return sourced_.claim; }    // NOLINT: implicit for brace lists

 private:
  SourcedClaim sourced_;
};

}  // namespace tally::testing

#endif  // TALLY_RECONCILE_CLAIM_BUILDER_TEST_UTIL_H_
