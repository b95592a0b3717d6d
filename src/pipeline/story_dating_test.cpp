#include "pipeline/story_dating.h"

#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "tally/pipeline.h"

namespace tally {
namespace {

// Texts written for these tests. The dated report is a Monday, 2022-03-07.
constexpr const char* kDatedReport =
    "Officials in the port city said on Monday, March 7, 2022, that 40 people had been detained.\n";

StoredDocument Read(const std::string& id, const std::string& raw, std::optional<Date> published) {
  Document document;
  document.id = id;
  document.raw = raw;
  document.published.date = published;
  PipelineOptions options;
  options.year_hint = 2022;
  ProcessedDocument processed = ProcessDocument(document, options);
  return StoredDocument{processed.document, processed.claims};
}

// "document value as_of published" for each claim of the story after dating.
std::vector<std::string> Dated(const std::vector<StoredDocument>& documents) {
  std::vector<SourcedClaim> claims;
  std::vector<std::size_t> members;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    members.push_back(d);
    for (std::size_t k = 0; k < documents[d].claims.size(); ++k) {
      claims.push_back(MakeSourcedClaim(documents[d].document, documents[d].claims[k]));
      claims.back().ordinal = k;
    }
  }
  internal::DateUndatedByStory(documents, members, claims);
  std::vector<std::string> lines;
  for (const SourcedClaim& c : claims) {
    lines.push_back(fmt::format("{} {} {} {}", c.document_id, c.claim.value,
                                c.claim.as_of ? c.claim.as_of->ToIso() : "-",
                                c.published ? c.published->ToIso() : "-"));
  }
  return lines;
}

TEST(StoryDatingTest, ARisingTotalDatesItsWeekdayAfterTheOlderFigure) {
  std::vector<StoredDocument> documents = {
      Read("a", kDatedReport, Date::FromYmd(2022, 3, 7)),
      Read("b",
           "Police reported on Wednesday that about 90 people had been detained since the "
           "protests began.\n",
           std::nullopt)};
  // The first Wednesday after March 7 is March 9; the article is read as published then.
  EXPECT_EQ(Dated(documents), (std::vector<std::string>{"a 40 2022-03-07 2022-03-07",
                                                         "b 90 2022-03-09 2022-03-09"}));
}

TEST(StoryDatingTest, WithoutAWeekdayTheTotalSpeaksForTheDayAfter) {
  std::vector<StoredDocument> documents = {
      Read("a", kDatedReport, Date::FromYmd(2022, 3, 7)),
      Read("b", "About 90 people have been detained, the police said.\n", std::nullopt)};
  EXPECT_EQ(Dated(documents), (std::vector<std::string>{"a 40 2022-03-07 2022-03-07",
                                                         "b 90 2022-03-08 2022-03-08"}));
}

TEST(StoryDatingTest, ALowerOrEqualFigureOrAPartLeavesTheDocumentUndated) {
  std::vector<StoredDocument> documents = {
      Read("a", kDatedReport, Date::FromYmd(2022, 3, 7)),
      Read("b", "Police said on Wednesday that 40 people had been detained.\n", std::nullopt),
      Read("c",
           "Police said on Wednesday that 90 people, including 12 children, had been detained in "
           "the past 24 hours.\n",
           std::nullopt)};
  std::vector<std::string> lines = Dated(documents);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[1], "b 40 - -");
  // An increment and a subgroup are no running totals: they say nothing of when they were read.
  EXPECT_EQ(lines[2], "c 90 - -");
  EXPECT_EQ(lines[3], "c 12 - -");
}

TEST(StoryDatingTest, AStoryOfOneDocumentIsLeftAlone) {
  std::vector<StoredDocument> documents = {
      Read("b", "About 90 people have been detained, the police said.\n", std::nullopt)};
  EXPECT_EQ(Dated(documents), (std::vector<std::string>{"b 90 - -"}));
}

}  // namespace
}  // namespace tally
