// The language of claims, loaded from data/claims/: measures and their trigger phrases,
// population and subgroup words, charges, attribution cues, bridge words.
#ifndef TALLY_CLAIMS_CLAIM_LEXICON_H_
#define TALLY_CLAIMS_CLAIM_LEXICON_H_

#include <set>
#include <string>
#include <vector>

#include "claims/tokens.h"

namespace tally::internal::claims {

struct MeasureLexicon {
  std::string name;
  std::vector<Phrase> after;       // follow the number: "killed", "dead", "detainees"
  std::vector<Phrase> before;      // active verbs right before it: "killed", "detained"
  std::vector<Phrase> toll;        // noun phrases the number measures: "death toll"
  std::vector<Phrase> population;  // default population: "people", "troops"
  bool undated_speaks_for_publication = true;  // "as_of document" (default) or "as_of none"
  bool requires_population = false;            // "require population"
};

struct SubgroupPhrase {
  Phrase phrase;
  std::string canonical;
};

class ClaimLexicon {
 public:
  // Loaded from the data files on first use; a malformed file aborts naming file and line.
  static const ClaimLexicon& Default();

  std::vector<MeasureLexicon> measures;  // in report order
  std::vector<SubgroupPhrase> subgroups;  // longest phrase first
  std::vector<Phrase> charge_cues;        // "on charges of"
  std::set<std::string> charge_words;     // "terrorism"
  std::vector<Phrase> attribution_verbs;  // "said"
  std::vector<Phrase> attribution_preps;  // "according to"
  std::set<std::string> pronouns;         // "he", "they"
  std::set<std::string> bridges;          // "were", "of"
  std::set<std::string> persons;          // "man", "woman": one person after "a"/"an"

  // Any measure's population word or any subgroup's first word.
  bool IsPopulationWord(const std::string& word) const;
  // The measure with this name, or nullptr.
  const MeasureLexicon* FindMeasure(const std::string& name) const;

 private:
  ClaimLexicon();
  std::set<std::string> population_words_;
};

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_CLAIM_LEXICON_H_
