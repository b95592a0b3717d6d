// Conjoined subjects: "two adults and three children were found dead", "a man and a woman were
// killed", "injuring four men and two women". News English counts the victims of one clause
// in coordinated noun phrases; the measure holds for their sum.
#ifndef TALLY_CLAIMS_CONJOINED_SUBJECTS_H_
#define TALLY_CLAIMS_CONJOINED_SUBJECTS_H_

#include <cstddef>
#include <optional>
#include <vector>

#include "claims/claim_lexicon.h"
#include "claims/measure_binder.h"
#include "claims/tokens.h"
#include "tally/analyse.h"

namespace tally::internal::claims {

// One coordinated noun phrase that counts people: a number, "a"/"an", or nothing (after a
// singular conjunct: "a father and daughter"), up to three modifiers, and a person head
// ("adults", "children", "woman", "officers").
struct Conjunct {
  std::size_t first = 0;  // first token
  std::size_t after = 0;  // token after the head
  double value = 0;       // the number's value, or 1 for a singular
  int number = -1;        // index of its number among the sentence's numbers, or -1
};

// Reads conjuncts around one counted subject. number_at[i]: the number index whose span holds
// token i, or -1. value_of[n]: the value of number n. Pure; views must outlive the object.
class ConjunctReader {
 public:
  ConjunctReader(const std::vector<Token>& tokens, const std::vector<int>& number_at,
                 const std::vector<double>& value_of, const ClaimLexicon& lexicon)
      : tokens_(tokens), number_at_(number_at), value_of_(value_of), lexicon_(lexicon) {}

  // The conjunct that starts at token first (a number or "a"/"an"), or nullopt when no person
  // head follows within three words.
  std::optional<Conjunct> StartingAt(std::size_t first) const;

  // The conjuncts joined to the subject [first, after): those before it by "and" (then list
  // commas: "[a man], [a woman] and a child") and those after it by "and" only ("killing
  // [12 soldiers] and one civilian", "two people and then himself"). Empty when the subject
  // stands alone.
  std::vector<Conjunct> JoinedTo(std::size_t first, std::size_t after) const;

 private:
  bool IsPersonHead(const Token& t) const;
  std::optional<Conjunct> EndingBefore(std::size_t end) const;  // head at end - 1
  // One person named by up to three capitalised words ending at end - 1, or before an age set
  // off by commas ("Sam Poe, 40,"); nullopt when no such word stands there.
  std::optional<Conjunct> NameEndingBefore(std::size_t end) const;

  const std::vector<Token>& tokens_;
  const std::vector<int>& number_at_;
  const std::vector<double>& value_of_;
  const ClaimLexicon& lexicon_;
};

// Adds to each binding of a number or a singular subject the conjuncts joined to its subject
// (Binding::added; the value span grows to cover them; the subgroup of a single conjunct is
// dropped), and removes the bindings of the same measure that those conjuncts held. Conjuncts
// whose number is bound to another measure are not joined. Pure apart from bindings.
void JoinConjoinedSubjects(const std::vector<Token>& tokens,
                           const std::vector<const NumberMention*>& numbers,
                           const ClaimLexicon& lexicon, std::vector<Binding>& bindings);

// "One person was critically injured and three others suffered minor injuries": a figure of
// "others" adds to the whole figure of the same measure named before it in the sentence. The
// "others" binding takes the sum (Binding::added, value span from the first) and the earlier
// binding is removed. Figures of another measure ("a man was killed and two others were
// wounded") are not added: the others are others than the dead, and the figure is whole.
// "N others" or "the other N" as the first figure of the sentence, with no measure phrase
// before it, are others than people counted in an earlier sentence: subgroup "others" (a part).
// lexicon: its measures' phrases tell whether a measure is named before the figure.
void AddOthersToNamed(const std::vector<Token>& tokens,
                      const std::vector<const NumberMention*>& numbers, const ClaimLexicon& lexicon,
                      std::vector<Binding>& bindings);

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_CONJOINED_SUBJECTS_H_
