// Attribution: who a sentence says gave its figures ("the interior ministry said", "according
// to the health ministry", "Kazakh authorities say", ", he said").
#ifndef TALLY_CLAIMS_ATTRIBUTION_H_
#define TALLY_CLAIMS_ATTRIBUTION_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claims/claim_lexicon.h"
#include "claims/tokens.h"

namespace tally::internal {

struct Attribution {
  std::string source;    // as written, e.g. "Kazakhstan's Interior Ministry"
  bool pronoun = false;  // the source is a pronoun ("he said"): resolve to the last one named
};

// The source named in the sentence, or nullopt. text: the document text the tokens point into.
std::optional<Attribution> FindAttribution(std::string_view text,
                                           const std::vector<Token>& tokens,
                                           const ClaimLexicon& lexicon);

}  // namespace tally::internal

#endif  // TALLY_CLAIMS_ATTRIBUTION_H_
