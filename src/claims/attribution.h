// Attribution: who a sentence says gave its figures ("the interior ministry said", "according
// to the health ministry", "reported by police", "Kazakh authorities say", ", he said").
#ifndef TALLY_CLAIMS_ATTRIBUTION_H_
#define TALLY_CLAIMS_ATTRIBUTION_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "claims/claim_lexicon.h"
#include "claims/tokens.h"

namespace tally::internal::claims {

struct Attribution {
  std::string source;    // as written, e.g. "Kazakhstan's Interior Ministry"
  bool pronoun = false;  // the source is a pronoun ("he said"): resolve to the last one named
  std::size_t cue = 0;   // token index of the reporting verb or preposition
};

// Every source the sentence names, in token order. text: the document text the tokens point
// into. Pure.
std::vector<Attribution> FindAttributions(std::string_view text,
                                          const std::vector<Token>& tokens,
                                          const ClaimLexicon& lexicon);

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_ATTRIBUTION_H_
