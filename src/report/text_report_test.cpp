#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "report/report_test_util.h"
#include "tally/report.h"

namespace tally {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kAtLeast = "\xE2\x89\xA5";  // ≥
constexpr const char* kDash = "\xE2\x80\x94";     // —

// The line of text that contains needle, without its newline; "" when none does.
std::string LineWith(const std::string& text, const std::string& needle) {
  std::size_t at = text.find(needle);
  if (at == std::string::npos) return "";
  std::size_t begin = text.rfind('\n', at);
  begin = begin == std::string::npos ? 0 : begin + 1;
  std::size_t end = text.find('\n', at);
  return text.substr(begin, end - begin);
}

TEST(TextReportTest, StoryHeadline) {
  std::string text = RenderTextReport({testing::SampleStory()});
  EXPECT_EQ(LineWith(text, "Unrest in the capital"),
            "Unrest in the capital · 2022-01-09 … 2022-01-22 · 3 articles, 3 outlets · "
            "id 0123456789abcdef");
}

TEST(TextReportTest, WholeSeriesHeadlineWithBestAndRange) {
  std::string text = RenderTextReport({testing::SampleStory()});
  EXPECT_EQ(LineWith(text, "killed · Kazakhstan"),
            "killed · Kazakhstan   best 225 (as of 2022-01-15, prosecutor's office)   "
            "range 160–225");
  EXPECT_EQ(LineWith(text, "why: newest"), "  why: newest as-of date 2022-01-15; exact");
  EXPECT_EQ(LineWith(text, "detained · Kazakhstan"),
            "detained · Kazakhstan   best 7,939 (as of 2022-01-10, interior ministry)   "
            "range 7,939");
}

TEST(TextReportTest, EntryLinesAreAlignedColumns) {
  std::string text = RenderTextReport({testing::SampleStory()});
  // Widths of the killed series: figures 4 columns (≥160), sources 19 (prosecutor's office),
  // documents 16 ([Evening Herald]).
  EXPECT_EQ(LineWith(text, "[Daily Post]      first"),
            "  2022-01-09  164   health ministry      [Daily Post]      first");
  EXPECT_EQ(LineWith(text, "2022-01-12"),
            std::string("  2022-01-12  ") + kAtLeast + "160  " + kDash +
                "                    [Wire]            consistent with 164");
  EXPECT_THAT(LineWith(text, "2022-01-15  225"),
              HasSubstr(std::string("[Evening Herald]  update from ") + kAtLeast + "160"));
}

TEST(TextReportTest, AModalityOtherThanReportedFollowsTheFigure) {
  DerivedStory story = testing::SampleStory();
  for (SourcedClaim& sourced : story.reconciliation.claims) {
    if (sourced.claim.value == 7939) sourced.claim.modality = Modality::kPreliminary;
  }
  std::string text = RenderTextReport({story});
  EXPECT_THAT(LineWith(text, "2022-01-10  7,939"), HasSubstr("7,939 (preliminary)  "));
  // The unmarked modality adds nothing.
  EXPECT_THAT(LineWith(text, "2022-01-09  164"), Not(HasSubstr("(reported)")));
}

TEST(TextReportTest, EvidenceIsQuotedUnderItsClaim) {
  std::string text = RenderTextReport({testing::SampleStory()});
  EXPECT_THAT(text, HasSubstr("first\n      \"The ministry said 164 people had died.\"\n"));
  EXPECT_THAT(text, HasSubstr("      \"At least 160 people died in the \"clashes\", it said.\"\n"));
}

TEST(TextReportTest, LongEvidenceIsCut) {
  ReportOptions options;
  options.evidence_width = 12;
  std::string text = RenderTextReport({testing::SampleStory()}, options);
  EXPECT_THAT(text, HasSubstr("      \"The ministry…\"\n"));
  EXPECT_THAT(text, Not(HasSubstr("had died")));
}

TEST(TextReportTest, EvidenceCanBeLeftOut) {
  ReportOptions options;
  options.show_evidence = false;
  std::string text = RenderTextReport({testing::SampleStory()}, options);
  EXPECT_THAT(text, Not(HasSubstr("The ministry said")));
  EXPECT_THAT(text, HasSubstr("[Daily Post]      first\n"));
}

TEST(TextReportTest, PartsAreIndentedUnderTheirWhole) {
  std::string text = RenderTextReport({testing::SampleStory()});
  EXPECT_EQ(LineWith(text, "part: children"),
            "  part: children   best 3 (as of 2022-01-09, health ministry)   range 3");
  EXPECT_EQ(LineWith(text, "[Daily Post]  part"),
            "    2022-01-09  3  health ministry  [Daily Post]  part");
  EXPECT_EQ(LineWith(text, "part: Almaty"),
            "  part: Almaty · increments   best 1,678 in 1 day (as of 2022-01-12, city police)   "
            "range 1,678");
  // The children part comes right after the killed entries, before detained.
  EXPECT_LT(text.find("part: children"), text.find("detained · Kazakhstan"));
  EXPECT_GT(text.find("part: Almaty"), text.find("detained · Kazakhstan"));
}

TEST(TextReportTest, DisputedSeriesSaySo) {
  std::string text = RenderTextReport({testing::SampleStory()});
  EXPECT_EQ(LineWith(text, "deployed · Kazakhstan"),
            "deployed · Kazakhstan · allied troops   "
            "sources disagree: >2,000 [Wire] · ~2,500 [Evening Herald]   "
            "best ~2,500 (undated, the alliance)   range 2,000–2,500");
  EXPECT_THAT(LineWith(text, "[Evening Herald]  contradiction"),
              HasSubstr(std::string(kDash) + "           ~2,500  the alliance  [Evening Herald]  "
                        "contradiction with >2,000"));
  EXPECT_THAT(text, Not(HasSubstr("killed · Kazakhstan   sources disagree")));
}

TEST(TextReportTest, DisagreementListsEachFigureOnceWithItsDocuments) {
  DerivedStory derived = testing::SampleStory();
  Reconciliation& r = derived.reconciliation;
  r.claims.push_back(testing::MakeSourcedClaim({"deployed", 2000, Approx::kMoreThan, std::nullopt,
                                                std::nullopt, "a1", "Daily Post",
                                                "Over 2,000 soldiers came.", "allied troops"}));
  r.series[4].entries.push_back({r.claims.size() - 1, Relation::kSame});
  std::string text = RenderTextReport({derived});
  EXPECT_THAT(LineWith(text, "deployed · "),
              HasSubstr("sources disagree: >2,000 [Wire, Daily Post] · ~2,500 [Evening Herald]   "
                        "best"));
}

TEST(TextReportTest, LegendExplainsMarkers) {
  std::string text = RenderTextReport({testing::SampleStory()});
  std::string legend = LineWith(text, "markers:");
  EXPECT_THAT(legend, HasSubstr("~ about"));
  EXPECT_THAT(legend, HasSubstr(std::string(kAtLeast) + " at least"));
  EXPECT_EQ(text.substr(text.size() - legend.size() - 1), legend + "\n");
}

TEST(TextReportTest, Deterministic) {
  EXPECT_EQ(RenderTextReport({testing::SampleStory(), testing::SampleStory()}),
            RenderTextReport({testing::SampleStory(), testing::SampleStory()}));
}

TEST(TextReportTest, EmptyStoriesAndUndatedStory) {
  EXPECT_EQ(RenderTextReport({}), "no stories\n");
  DerivedStory bare;
  bare.story.id = "00000000000000ff";
  bare.story.documents = {0};
  std::string text = RenderTextReport({bare});
  EXPECT_THAT(text, HasSubstr(std::string("story 00000000000000ff · ") + kDash +
                              " · 1 article, 0 outlets"));
  EXPECT_THAT(text, HasSubstr("  no figures\n"));
}

}  // namespace
}  // namespace tally
