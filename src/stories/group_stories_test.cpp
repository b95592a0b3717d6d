#include <string>

#include <gtest/gtest.h>

#include "stories/story_id.h"
#include "tally/stories.h"

namespace tally {
namespace {

Document MakeDocument(std::string id, std::optional<Date> published, std::string title,
                      std::string text) {
  Document document;
  document.id = std::move(id);
  document.published.date = published;
  document.title = std::move(title);
  document.text = std::move(text);
  return document;
}

std::optional<Date> Day(int day) { return Date::FromYmd(2022, 1, day); }

std::vector<const Document*> Pointers(const std::vector<Document>& documents) {
  std::vector<const Document*> pointers;
  for (const Document& document : documents) pointers.push_back(&document);
  return pointers;
}

TEST(GroupStoriesTest, NoDocumentsNoStory) {
  EXPECT_TRUE(GroupStories({}).empty());
}

TEST(GroupStoriesTest, OneStoryInDateOrderWithUndatedLast) {
  std::vector<Document> documents = {
      MakeDocument("d0", Day(22), "Later piece", ""),
      MakeDocument("d1", std::nullopt, "Undated one", ""),
      MakeDocument("d2", Day(9), "Earliest piece", ""),
      MakeDocument("d3", Day(10), "", ""),
      MakeDocument("d4", std::nullopt, "Undated two", ""),
      MakeDocument("d5", Day(10), "", ""),
  };
  std::vector<Story> stories = GroupStories(Pointers(documents));
  ASSERT_EQ(stories.size(), 1u);
  const Story& story = stories[0];
  // Equal dates (d3, d5) and the undated ones (d1, d4) keep their input order.
  EXPECT_EQ(story.documents, (std::vector<std::size_t>{2, 3, 5, 0, 1, 4}));
  EXPECT_EQ(story.title, "Earliest piece");
  EXPECT_EQ(story.first_date, Day(9));
  EXPECT_EQ(story.last_date, Day(22));
  EXPECT_EQ(story.id, internal::StoryIdFromDocumentIds({"d0", "d1", "d2", "d3", "d4", "d5"}));
}

TEST(GroupStoriesTest, IdDoesNotDependOnInputOrder) {
  std::vector<Document> forward = {MakeDocument("aa", Day(1), "", ""),
                                   MakeDocument("bb", Day(2), "", "")};
  std::vector<Document> backward = {forward[1], forward[0]};
  EXPECT_EQ(GroupStories(Pointers(forward))[0].id, GroupStories(Pointers(backward))[0].id);
}

TEST(GroupStoriesTest, UntitledEarliestDocumentGivesItsFirstLine) {
  std::vector<Document> documents = {
      MakeDocument("d0", Day(12), "Second", "text"),
      MakeDocument("d1", Day(3), "", "\n  \n  Unrest spreads to the south  \nBody text.\n"),
  };
  EXPECT_EQ(GroupStories(Pointers(documents))[0].title, "Unrest spreads to the south");
}

TEST(GroupStoriesTest, LongFirstLineIsCutOnACharacterBoundary) {
  // 99 ASCII bytes then a 2-byte letter: the cut at 100 bytes would split it.
  std::string line = std::string(99, 'x') + "\xC3\xA9" + "tail";
  std::vector<Document> documents = {MakeDocument("d0", Day(1), "", line)};
  EXPECT_EQ(GroupStories(Pointers(documents))[0].title, std::string(99, 'x'));
}

TEST(GroupStoriesTest, WithoutDatesTheFirstInputDocumentNamesTheStory) {
  std::vector<Document> documents = {MakeDocument("d0", std::nullopt, "", "First line"),
                                     MakeDocument("d1", std::nullopt, "Titled", "")};
  std::vector<Story> stories = GroupStories(Pointers(documents));
  EXPECT_EQ(stories[0].title, "First line");
  EXPECT_FALSE(stories[0].first_date.has_value());
  EXPECT_FALSE(stories[0].last_date.has_value());
}

}  // namespace
}  // namespace tally
