// The day a news story tells of. A crime report dates its lede ("shot Monday night") and then
// gives details without a date ("two were taken to the hospital"): those details speak for the
// story's day, not for the day the article was published. Without this, a detail written a day
// after the event looks newer than the toll of the lede and wins under the latest policy.
#ifndef TALLY_CLAIMS_STORY_DATE_H_
#define TALLY_CLAIMS_STORY_DATE_H_

#include <optional>
#include <vector>

#include "tally/claims.h"
#include "tally/date.h"

namespace tally::internal::claims {

// claims: one document's claims in text order; dated_in_text[i]: claims[i] took its as-of date
// from a day named in its sentence (not from the publication date, nor from another period);
// publication: the document's date. Per measure, the story's day is the date of the first claim
// of that measure dated in the text. An undated claim (its as-of is the publication date) takes
// the story's day of its measure when that day is in the week before publication. The first
// day rather than the last: an update later in the text ("has risen to 225, up from 164 on
// January 9") speaks for the publication day, and dating it by the older figure would undo it.
// Claims dated in the text, and claims of a measure with no such day, keep their dates.
void DateByStory(std::vector<Claim>& claims, const std::vector<bool>& dated_in_text,
                 const std::optional<Date>& publication);

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_STORY_DATE_H_
