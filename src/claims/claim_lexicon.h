// The language of claims, loaded from data/claims/: measures and their trigger phrases,
// population and subgroup words, charges, attribution cues, bridge words.
#ifndef TALLY_CLAIMS_CLAIM_LEXICON_H_
#define TALLY_CLAIMS_CLAIM_LEXICON_H_

#include <map>
#include <memory>
#include <set>
#include <string_view>
#include <unordered_set>
#include <string>
#include <vector>

#include "claims/tokens.h"
#include "tally/analyse.h"
#include "claims/word_filter.h"

namespace tally::internal::claims {

struct MeasureLexicon {
  std::string name;
  std::vector<Phrase> after;       // follow the number: "killed", "dead", "detainees"
  std::vector<Phrase> before;      // active verbs right before it: "killed", "detained"
  std::vector<Phrase> toll;        // noun phrases the number measures: "death toll"
  std::vector<Phrase> population;  // default population: "people", "troops"
  bool undated_speaks_for_publication = true;  // "as_of document" (default) or "as_of none"
  bool requires_population = false;            // "require population"
  bool reported = true;  // "report no": read only to derive other measures, never a claim
  bool ordinal_counts = false;  // "ordinal count": "a third person died" is a figure of 3
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
  std::set<std::string> event_part_words;  // "participating", "protests": no charge alone
  std::vector<Phrase> attribution_verbs;  // "said"
  std::vector<Phrase> attribution_preps;  // "according to"
  std::set<std::string> pronouns;         // "he", "they"
  std::set<std::string> bridges;          // "were", "of"
  std::set<std::string> clause_breaks;    // "whom", "where": another clause starts
  std::set<std::string> suspect_verbs;    // "charged": the figure before it counts suspects
  std::set<std::string> negators;         // "not", "none": deny the measure phrase after them
  std::map<std::string, int> ordinals;    // "third" -> 3: "a third person has died"
  std::set<std::string> reflexives;       // "himself": "killed two and then himself"
  std::set<std::string> possessives;      // "their": "two children and their mother"
  std::set<std::string> auxiliaries;      // "was", "has": agree with a partitive's head
  std::set<std::string> persons;          // "man", "woman": one person after "a"/"an"
  std::set<std::string> severity;         // "life-threatening": denies a degree, not harm
  std::vector<Phrase> aggregates;         // "shootings", "citywide": a tally over many events

  // False only when text holds, for no measure's after, before or toll phrase, its longest word
  // (case-insensitive, as a whole ASCII word): such a sentence can bind no figure, since every
  // binding rule needs a whole phrase. May be true without a binding. Thread-safe.
  bool MayBind(std::string_view text) const;

  // False only when text holds no first word of an attribution verb or preposition phrase (as
  // a whole ASCII word, any case): then FindAttributions finds nothing in it. Thread-safe.
  bool MayAttribute(std::string_view text) const;

  // MayBind and MayAttribute of one text, in one scan.
  struct Cues {
    bool may_bind = false;
    bool may_attribute = false;
  };
  Cues FindCues(std::string_view text) const;
  // FindCues of each sentence of text (in text order, as Analyse gives them), from one scan of
  // the text where it can.
  std::vector<Cues> FindCuesOfSentences(std::string_view text,
                                        const std::vector<Sentence>& sentences) const;

  // True when word starts an attribution verb or preposition phrase ("said", "according").
  bool StartsAttribution(const std::string& word) const {
    return attribution_starts_.count(word) != 0;
  }

  // Any measure's population word or any subgroup's first word.
  bool IsPopulationWord(const std::string& word) const;
  // The measure with this name, or nullptr.
  const MeasureLexicon* FindMeasure(const std::string& name) const;

 private:
  ClaimLexicon();
  ~ClaimLexicon();
  std::set<std::string> population_words_;
  // Group kTriggerGroup: the longest word of each measure phrase; kAttributionGroup: the first
  // words of attribution phrases.
  static constexpr std::size_t kTriggerGroup = 0;
  static constexpr std::size_t kAttributionGroup = 1;
  std::unique_ptr<WholeWordFilter> cue_filter_;
  std::unordered_set<std::string> attribution_starts_;
};

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_CLAIM_LEXICON_H_
