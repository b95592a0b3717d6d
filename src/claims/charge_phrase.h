// The charge that marks a subgroup of the detained, named after the figure: "52 were held on
// charges of arson and looting", "on lesser charges", "arrested for looting".
#ifndef TALLY_CLAIMS_CHARGE_PHRASE_H_
#define TALLY_CLAIMS_CHARGE_PHRASE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "claims/claim_lexicon.h"
#include "claims/tokens.h"

namespace tally::internal::claims {

// The words of the charge from the first cue of data/claims/charges.tsv at or after token
// `from` in its clause, lower-cased, up to the next clause break, bridge word or time cue;
// "on ... charges" within six words; "for" followed within three words by a charge word.
// nullopt when there is none, or when the charge is only taking part in the event itself
// ("held on suspicion of taking part in the rallies": what all of them were held for).
std::optional<std::string> ChargeAfter(const std::vector<Token>& tokens, std::size_t from,
                                       const ClaimLexicon& lexicon);

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_CHARGE_PHRASE_H_
