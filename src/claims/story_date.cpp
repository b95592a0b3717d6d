#include "claims/story_date.h"

#include <cassert>
#include <map>
#include <string_view>

namespace tally::internal::claims {
namespace {

// Crime and disaster news is published within days of the event; a day further back is an
// earlier event recalled for context ("last month, two were wounded on the same block").
constexpr int kStoryWindowDays = 7;

}  // namespace

void DateByStory(std::vector<Claim>& claims, const std::vector<bool>& dated_in_text,
                 const std::optional<Date>& publication) {
  assert(claims.size() == dated_in_text.size());
  if (!publication) return;
  // Per measure, the day of its first figure dated in the text: the story's day for it.
  std::map<std::string_view, Date> story_day;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    Claim& claim = claims[i];
    if (!claim.as_of) continue;
    auto found = story_day.find(claim.measure);
    if (dated_in_text[i]) {
      if (found == story_day.end()) story_day.emplace(claim.measure, *claim.as_of);
      continue;
    }
    if (found == story_day.end() || *claim.as_of != *publication) continue;
    const Date day = found->second;
    if (day < *publication && publication->AddDays(-kStoryWindowDays) <= day) claim.as_of = day;
  }
}

}  // namespace tally::internal::claims
