// Inference of a document's publication date from its text (tally::InferDocumentDate).
#ifndef TALLY_ANALYSE_DOC_DATE_H_
#define TALLY_ANALYSE_DOC_DATE_H_

#include <optional>

#include "analyse/tokenizer.h"
#include "tally/date.h"

namespace tally::internal {

// The current year by the system clock (UTC).
int CurrentYear();

// InferDocumentDate with the current year given, so that tests do not depend on the clock.
// Rules, in order (the first that yields a date decides):
//   1. the latest full date with a year ("Monday, January 10, 2022", "10 January 2022",
//      "2022-01-10");
//   2. a weekday with a month and day ("on Saturday January 22"): the latest year not after
//      current_year, and not before the largest four-digit year the text names, in which that
//      day falls on that weekday; the latest such date when there are several;
//   3. with year_hint: the latest month-day the text names, years taken nearest to the month
//      the text names most often (so "December 28" in a January story is the year before).
// Dates announced for the future ("would announce ... on January 11": a future_cue or
// conditional_cue of context_words.tsv earlier in the sentence) are skipped by every rule: a
// publication date is not after the events it reports.
std::optional<Date> InferDocumentDateIn(const TokenizedText& text,
                                        std::optional<int> year_hint, int current_year);

}  // namespace tally::internal

#endif  // TALLY_ANALYSE_DOC_DATE_H_
