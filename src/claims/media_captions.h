// Page furniture around news text that a scraper keeps: video teasers that open with the
// clip's length ("0:50 One dead after shooting involving officer" links another story) and
// gallery counters ("Image 10 of 12"). Their numbers and words are no claims of the article.
#ifndef TALLY_CLAIMS_MEDIA_CAPTIONS_H_
#define TALLY_CLAIMS_MEDIA_CAPTIONS_H_

#include <cstddef>
#include <vector>

#include "claims/tokens.h"

namespace tally::internal::claims {

// True when the sentence opens with a clip length (digits, ":", two digits) followed by a
// capitalised word: the headline of a linked video, not a sentence of the article.
bool IsVideoTeaser(const std::vector<Token>& tokens);

// True when the number whose tokens start at first is a gallery counter: right after "image",
// "photo" or "slide" ("Image 10 of 12"), or the total after such a counter and "of".
bool IsGalleryCounter(const std::vector<Token>& tokens, std::size_t first);

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_MEDIA_CAPTIONS_H_
