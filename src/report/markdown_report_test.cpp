#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "report/report_test_util.h"
#include "tally/report.h"

namespace tally {
namespace {

using ::testing::HasSubstr;

TEST(MarkdownReportTest, HeadingsTablesAndEscapes) {
  std::string md = RenderMarkdownReport({testing::SampleStory()});
  EXPECT_THAT(md, HasSubstr("## Unrest in the capital"));
  EXPECT_THAT(md, HasSubstr("\n### killed · Kazakhstan\n"));
  EXPECT_THAT(md, HasSubstr("\n#### part: children\n"));
  EXPECT_THAT(md, HasSubstr("| as of | figure | source | document | relation | evidence |\n"
                            "|---|---|---|---|---|---|\n"));
  EXPECT_THAT(md, HasSubstr("| 2022-01-09 | 164 | health ministry | Daily Post | first |"));
  EXPECT_THAT(md, HasSubstr("best 225 (as of 2022-01-15"));
  EXPECT_THAT(md, HasSubstr("_markers:"));
}

TEST(MarkdownReportTest, WithoutEvidenceAndWithoutStories) {
  ReportOptions options;
  options.show_evidence = false;
  std::string md = RenderMarkdownReport({testing::SampleStory()}, options);
  EXPECT_THAT(md, HasSubstr("| as of | figure | source | document | relation |\n|---|"));
  EXPECT_EQ(md.find("evidence |"), std::string::npos);
  EXPECT_EQ(RenderMarkdownReport({}), "No stories.\n");
}

}  // namespace
}  // namespace tally
