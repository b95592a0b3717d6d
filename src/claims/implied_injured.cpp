#include "claims/implied_injured.h"

#include <optional>

namespace tally::internal::claims {
namespace {

constexpr const char* kShot = "shot";
constexpr const char* kKilled = "killed";
constexpr const char* kInjured = "injured";

// Derived from figures the text did not write as injured: less sure than either.
constexpr double kDerivedConfidence = 0.8;

bool IsWhole(const Claim& claim, const char* measure) {
  return claim.measure == measure && !claim.subgroup && claim.approx != Approx::kVague;
}

bool IsNoneElse(const Claim& claim) {
  return claim.measure == kInjured && claim.subgroup && *claim.subgroup == "others" &&
         claim.value == 0;
}

}  // namespace

void ReadImpliedInjured(const ClaimLexicon& lexicon, std::vector<Claim>& claims,
                        std::vector<std::size_t>& sentence_of, std::vector<bool>& singular) {
  bool document_killed = false;
  bool document_injured = false;
  for (const Claim& claim : claims) {
    document_killed |= IsWhole(claim, kKilled);
    document_injured |= IsWhole(claim, kInjured);
  }
  std::vector<Claim> kept;
  std::vector<std::size_t> kept_sentence;
  std::vector<bool> kept_singular;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& claim = claims[i];
    std::optional<double> wounded;
    if (IsWhole(claim, kShot)) {
      std::optional<double> killed;
      std::optional<std::size_t> injured;
      for (std::size_t j = 0; j < claims.size(); ++j) {
        if (sentence_of[j] != sentence_of[i]) continue;
        if (!killed && IsWhole(claims[j], kKilled)) killed = claims[j].value;
        if (!injured && IsWhole(claims[j], kInjured)) injured = j;
      }
      if (!singular[i] && killed && !injured && claim.value >= *killed) {
        wounded = claim.value - *killed;
      } else if (singular[i] && !killed && injured && *injured > i) {
        Claim& others = claims[*injured];
        others.value += claim.value;
        others.lo += claim.value;
        others.hi += claim.value;
      }
    } else if (IsNoneElse(claim) && !document_killed && !document_injured) {
      wounded = 1;
    }
    if (wounded) {
      Claim derived = claim;
      derived.measure = kInjured;
      derived.subgroup.reset();
      derived.lo = derived.hi = derived.value = *wounded;
      if (claim.approx != Approx::kExact) {  // "at least 5 shot, two fatally": at least 3
        derived.lo = claim.lo - (claim.value - *wounded);
        derived.hi = claim.hi - (claim.value - *wounded);
      }
      derived.confidence = claim.confidence * kDerivedConfidence;
      kept.push_back(std::move(derived));
      kept_sentence.push_back(sentence_of[i]);
      kept_singular.push_back(false);
    }
    const MeasureLexicon* measure = lexicon.FindMeasure(claims[i].measure);
    if (measure != nullptr && !measure->reported) continue;
    kept.push_back(std::move(claims[i]));
    kept_sentence.push_back(sentence_of[i]);
    kept_singular.push_back(singular[i]);
  }
  claims = std::move(kept);
  sentence_of = std::move(kept_sentence);
  singular = std::move(kept_singular);
}

}  // namespace tally::internal::claims
