// One victim named as the object of an active measure verb: "the gunman killed a 20-year-old
// man", "fatally shot a woman", "a shooting that killed 2-year-old Jane Roe". News English
// writes a single victim without a number; the subject forms ("a man was killed") are read by
// the binder, the object forms here.
#ifndef TALLY_CLAIMS_SINGULAR_OBJECTS_H_
#define TALLY_CLAIMS_SINGULAR_OBJECTS_H_

#include <vector>

#include "claims/claim_lexicon.h"
#include "claims/measure_binder.h"
#include "claims/tokens.h"

namespace tally::internal::claims {

// Adds a singular binding (value one, form kSingular) for each "before" verb of a
// measure (one that counts without a population word: MeasureLexicon::requires_population
// false) followed by "a"/"an", up to four modifiers and a person noun (lexicon.persons), by a
// possessive and a person noun ("fatally shooting her boyfriend"; not a list), or by
// a hyphenated age ("2-year-old") and a capitalised name or a person noun not followed by
// "and" or a comma (a list of victims, which the conjunct reader does not join). A verb after a
// negator ("did not kill a man") or one whose object already holds a binding adds nothing.
// The value span covers the object. Pure apart from bindings.
void AddSingularObjects(const std::vector<Token>& tokens, const ClaimLexicon& lexicon,
                        std::vector<Binding>& bindings);

// "3-year-old", "5-month-old": digits joined by a hyphen to words, a modifier and not a count.
bool IsAgeWord(const Token& t);

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_SINGULAR_OBJECTS_H_
