// Binds the count numbers of one sentence to measures, by the phrase rules of the claim
// lexicon: a measure phrase after the number ("164 people were killed", "225 dead",
// "103 of the deaths"), an active verb before it ("detained nearly 6,000 people"), a toll noun
// before it ("the total number of detainees to about 12,000"), a subgroup attached to another
// figure ("including three children", "of which 19 were officers"), or a negative ("no one was
// killed").
#ifndef TALLY_CLAIMS_MEASURE_BINDER_H_
#define TALLY_CLAIMS_MEASURE_BINDER_H_

#include <optional>
#include <string>
#include <vector>

#include "claims/claim_lexicon.h"
#include "claims/tokens.h"
#include "tally/analyse.h"

namespace tally::internal::claims {

enum class BindingForm { kAfter, kBefore, kToll, kAttached, kNegative, kSingular };

struct Binding {
  const MeasureLexicon* measure = nullptr;
  BindingForm form = BindingForm::kAfter;
  // The number, or nullopt for a negative ("no one was killed" is a claim of zero) or a
  // singular subject ("a man was killed" is a claim of one).
  std::optional<std::size_t> number;  // index into the sentence's numbers
  // The value of a binding without a number: 0 for a negative, 1 for a singular subject ("a
  // man was killed").
  double implied_value = 0;
  // The people of conjoined subjects counted with it ("two adults and three children were
  // found dead" adds 2 to the 3); value_span then covers them all.
  double added = 0;
  Span value_span;  // the number expression, the negative words, or the singular subject
  std::optional<std::string> subgroup;
  std::string phrase;      // the measure phrase that bound it ("killed", "admitted to hospital")
  bool partitive = false;  // "N of them", "N of the deaths"
  bool increment = false;  // "1,700 more people", "another 300"
  bool total = false;      // "a total of", "the total number of": cumulative for sure
  double confidence = 0;
};

// numbers: the count-like number mentions inside the sentence, in text order. tokens: the
// sentence's tokens. Returns at most one binding per number, in text order. Pure.
std::vector<Binding> BindMeasures(const std::vector<Token>& tokens,
                                  const std::vector<const NumberMention*>& numbers,
                                  const ClaimLexicon& lexicon);

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_MEASURE_BINDER_H_
