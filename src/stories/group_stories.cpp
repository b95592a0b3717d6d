#include <algorithm>
#include <cassert>
#include <numeric>
#include <string_view>

#include "common/text.h"
#include "stories/story_id.h"
#include "common/utf8_prefix.h"
#include "tally/stories.h"

namespace tally {
namespace {

// Titles made from a first line are cut to this many bytes: a headline rarely needs more, and a
// scraped first line can be a whole paragraph.
constexpr std::size_t kMaxLineTitleBytes = 100;

// The first line of text with anything but white space, trimmed; empty when there is none.
std::string_view FirstLine(std::string_view text) {
  while (!text.empty()) {
    std::size_t newline = text.find('\n');
    std::string_view line = internal::Trim(text.substr(0, newline));
    if (!line.empty()) return line;
    if (newline == std::string_view::npos) break;
    text.remove_prefix(newline + 1);
  }
  return {};
}

std::string TitleOf(const Document& document) {
  std::string_view title = internal::Trim(document.title);
  if (!title.empty()) return std::string(title);
  return std::string(internal::Utf8Prefix(FirstLine(document.text), kMaxLineTitleBytes));
}

}  // namespace

std::vector<Story> GroupStories(const std::vector<const Document*>& documents) {
  if (documents.empty()) return {};
  for (const Document* document : documents) {
    assert(document != nullptr && "GroupStories takes non-null documents");
    (void)document;
  }

  Story story;
  story.documents.resize(documents.size());
  std::iota(story.documents.begin(), story.documents.end(), std::size_t{0});
  // By publication date, undated last; stable, so equal dates keep input order.
  std::stable_sort(story.documents.begin(), story.documents.end(),
                   [&](std::size_t a, std::size_t b) {
                     const std::optional<Date>& da = documents[a]->published.date;
                     const std::optional<Date>& db = documents[b]->published.date;
                     if (da.has_value() != db.has_value()) return da.has_value();
                     return da.has_value() && *da < *db;
                   });

  std::vector<std::string_view> ids;
  ids.reserve(documents.size());
  for (const Document* document : documents) ids.push_back(document->id);
  story.id = internal::StoryIdFromDocumentIds(std::move(ids));

  // The first document in date order is the earliest dated one, or the first of the input when
  // none is dated.
  story.title = TitleOf(*documents[story.documents.front()]);

  for (std::size_t index : story.documents) {
    const std::optional<Date>& date = documents[index]->published.date;
    if (!date) continue;
    if (!story.first_date || *date < *story.first_date) story.first_date = date;
    if (!story.last_date || *date > *story.last_date) story.last_date = date;
  }

  std::vector<Story> stories;
  stories.push_back(std::move(story));
  return stories;
}

}  // namespace tally
