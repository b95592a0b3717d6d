#include "claims/aggregate_sentence.h"

#include "common/data_files.h"

namespace tally::internal::claims {
namespace {

// Words between a comparison and the aggregate phrase it ranks: "one of the [city's worst]
// mass shootings".
constexpr std::size_t kComparisonReach = 3;

const std::vector<Phrase>& Comparisons() {
  static const std::vector<Phrase>* const kComparisons = [] {
    auto* phrases = new std::vector<Phrase>;
    for (const DataRow& row : DataRows("claims/aggregate_comparisons.tsv")) {
      phrases->push_back(MakePhrase(row.fields[0]));
    }
    return phrases;
  }();
  return *kComparisons;
}

// True when a comparison phrase ends at most kComparisonReach words before token at.
bool AfterComparison(const std::vector<Token>& tokens, std::size_t at) {
  for (const Phrase& comparison : Comparisons()) {
    for (std::size_t gap = 0; gap <= kComparisonReach; ++gap) {
      if (at < gap + comparison.size()) break;
      if (MatchesAt(tokens, at - gap - comparison.size(), comparison)) return true;
    }
  }
  return false;
}

}  // namespace

bool TalliesSeveralEvents(const std::vector<Token>& tokens, const ClaimLexicon& lexicon) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (const Phrase& phrase : lexicon.aggregates) {
      if (MatchesAt(tokens, i, phrase) && !AfterComparison(tokens, i)) return true;
    }
  }
  return false;
}

}  // namespace tally::internal::claims
