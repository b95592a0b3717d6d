// A slow, obvious number reader for tests: the reference the fast reader (number_reader.h) is
// checked against. It covers a well-defined subset of English: counts written in digits with
// comma or space thousands separators, an optional minus sign and decimal part ("7,939", "-3",
// "12 000", "1.5"), an optional scale word or glued suffix from scales.tsv ("1.5 million",
// "19m", "1.5 lakh crore"), an optional qualifier from qualifiers.tsv after it ("or more"), and an
// optional qualifier from qualifiers.tsv before it ("more than", "nearly"; not "between").
// Words are split at white space only; every number outside that subset is ignored, so it
// must only be run on text made of that subset and plain words (see the cross-check test).
#ifndef TALLY_ANALYSE_NUMBER_READER_REFERENCE_H_
#define TALLY_ANALYSE_NUMBER_READER_REFERENCE_H_

#include <string>
#include <string_view>
#include <vector>

#include "tally/analyse.h"

namespace tally::internal {

struct ReferenceNumber {
  std::string text;  // the whole mention, qualifier included
  Approx approx = Approx::kExact;
  double value = 0;
  double lo = 0;
  double hi = 0;
};

std::vector<ReferenceNumber> ReadNumbersReference(std::string_view text);

}  // namespace tally::internal

#endif  // TALLY_ANALYSE_NUMBER_READER_REFERENCE_H_
