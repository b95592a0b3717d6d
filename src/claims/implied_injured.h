// The injured that a document implies without writing them as injured. US crime news counts
// the victims of a shooting as the people hit ("four people were shot, one fatally": three
// wounded), names one victim and then the others ("a woman was shot in the chest, and three men
// were also wounded": four), or tells of one victim and adds that "no one else was hurt".
#ifndef TALLY_CLAIMS_IMPLIED_INJURED_H_
#define TALLY_CLAIMS_IMPLIED_INJURED_H_

#include <cstddef>
#include <vector>

#include "claims/claim_lexicon.h"
#include "tally/claims.h"

namespace tally::internal::claims {

// claims: one document's claims; sentence_of[i]: the sentence index of claims[i]; singular[i]:
// claims[i] comes from a singular subject ("a man was shot"). "Whole" below means no subgroup
// and not vague; "shot" is the measure of data/claims/measures/shot.tsv.
//   - A whole shot figure S (not singular) with a whole killed figure K in its sentence and no
//     whole injured one: an injured claim S - K (when not negative) takes its place.
//   - A singular shot claim before a whole injured claim of its sentence, with no killed claim
//     there: the injured claim counts the one shot too.
//   - An injured zero among "others" ("no one else was hurt") in a document with no whole
//     killed or injured claim: an injured claim of one stands before it.
// Derived claims copy the fields of the claim they come from, with a lower confidence. Then the
// claims of measures that make no claims of their own (MeasureLexicon::reported false) are
// removed. The side vectors follow the claims. Pure apart from its arguments.
void ReadImpliedInjured(const ClaimLexicon& lexicon, std::vector<Claim>& claims,
                        std::vector<std::size_t>& sentence_of, std::vector<bool>& singular);

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_IMPLIED_INJURED_H_
