#include <algorithm>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "report/report_test_util.h"
#include "tally/report.h"

namespace tally {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

std::size_t Count(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + 1)) {
    ++count;
  }
  return count;
}

TEST(JsonReportTest, NoStories) { EXPECT_EQ(RenderJsonReport({}), R"({"stories":[]})"); }

TEST(JsonReportTest, StoryFields) {
  std::string json = RenderJsonReport({testing::SampleStory()});
  EXPECT_THAT(json, StartsWith(R"({"stories":[{"id":"0123456789abcdef",)"
                               R"("title":"Unrest in the capital","first_date":"2022-01-09",)"
                               R"("last_date":"2022-01-22","documents":3,"series":[)"));
  EXPECT_EQ(json.back(), '}');
}

TEST(JsonReportTest, SeriesFields) {
  std::string json = RenderJsonReport({testing::SampleStory()});
  EXPECT_THAT(json, HasSubstr(R"({"measure":"killed","subgroup":null,"place":"Kazakhstan",)"
                              R"("period":"cumulative","best":{"document_id":"c3",)"));
  EXPECT_THAT(json, HasSubstr(R"("range":{"lo":160,"hi":225},"disputed":false,)"
                              R"("reason":"newest as-of date 2022-01-15; exact","part_of":null,)"
                              R"("claims":[{"document_id":"a1")"));
  // Parts point at their whole by index in the story's series.
  EXPECT_THAT(json, HasSubstr(R"("measure":"killed","subgroup":"children")"));
  EXPECT_EQ(Count(json, R"("part_of":0,)"), 1u);
  EXPECT_EQ(Count(json, R"("part_of":2,)"), 1u);
  EXPECT_EQ(Count(json, R"("part_of":null,)"), 3u);
  EXPECT_THAT(json, HasSubstr(R"("range":{"lo":2000,"hi":2500},"disputed":true,)"));
  EXPECT_EQ(Count(json, R"("measure":)"), 5u /* series */ + 8u /* claims */ + 5u /* bests */);
}

TEST(JsonReportTest, ClaimFields) {
  std::string json = RenderJsonReport({testing::SampleStory()});
  EXPECT_THAT(json,
              HasSubstr(R"({"document_id":"b2","document":"Wire","published":null,)"
                        R"("published_inferred":false,)"
                        R"("measure":"killed","value":{"lo":160,"hi":null},"written":160,)"
                        R"("approx":"at_least","subgroup":null,"place":"Kazakhstan",)"
                        R"("period":{"kind":"cumulative"},"as_of":"2022-01-12","source":null,)"
                        R"("modality":"reported","confidence":0.75,)"
                        R"("evidence":{"start":100,"end":151,)"
                        R"("text":"At least 160 people died in the \"clashes\", it said.",)"
                        R"("value_start":104,"value_end":107},"relation":"consistent"})"));
  EXPECT_THAT(json, HasSubstr(R"("period":{"kind":"increment","window":"P1D"},)"
                              R"("as_of":"2022-01-12","source":"city police",)"
                              R"("modality":"reported",)"));
  EXPECT_THAT(json, HasSubstr(R"("value_end":107},"relation":"part"})"));
  EXPECT_THAT(json, HasSubstr(R"("written":2000,"approx":"more_than")"));
  EXPECT_THAT(json, HasSubstr(R"("relation":"contradiction")"));
}

TEST(JsonReportTest, BracketsBalance) {
  std::string json = RenderJsonReport({testing::SampleStory(), testing::SampleStory()});
  // No brace or bracket appears inside the sample's strings, so the counts must match.
  EXPECT_EQ(std::count(json.begin(), json.end(), '{'), std::count(json.begin(), json.end(), '}'));
  EXPECT_EQ(std::count(json.begin(), json.end(), '['), std::count(json.begin(), json.end(), ']'));
  EXPECT_EQ(Count(json, R"("id":"0123456789abcdef")"), 2u);
}

}  // namespace
}  // namespace tally
