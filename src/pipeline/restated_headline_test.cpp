#include "pipeline/restated_headline.h"

#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "tally/pipeline.h"

namespace tally {
namespace {

// "measure value period {subgroup} <- source" for each claim of a one-document pipeline run.
std::vector<std::string> Claims(const std::string& raw) {
  Document document;
  document.raw = raw;
  ProcessedDocument processed = ProcessDocument(document, PipelineOptions{});
  std::vector<std::string> lines;
  for (const Claim& claim : processed.claims) {
    lines.push_back(fmt::format(
        "{} {} {} {{{}}} <- {}", claim.measure, claim.value,
        claim.period.kind == PeriodKind::kIncrement ? "+" + claim.period.window : "cumulative",
        claim.subgroup.value_or("-"), claim.source.value_or("-")));
  }
  return lines;
}

// Texts written for these tests.
TEST(RestatedHeadlineTest, TheHeadlineTakesThePeriodAndSourceOfItsRestatement) {
  EXPECT_EQ(Claims("River town police detains nearly 640 people after clashes\n\nThe ministry said "
                   "officers arrested nearly 640 more people in the past 24 hours.\n"),
            (std::vector<std::string>{"detained 640 +PT24H {-} <- The ministry",
                                      "detained 640 +PT24H {-} <- The ministry"}));
}

TEST(RestatedHeadlineTest, TheBodySaysWhoTheHeadlineCounts) {
  EXPECT_EQ(Claims("Nearly 900 police detained in the capital\n\nThe ministry said nearly 900 "
                   "people had been detained by police in the capital.\n"),
            (std::vector<std::string>{"detained 900 cumulative {-} <- The ministry",
                                      "detained 900 cumulative {-} <- The ministry"}));
}

TEST(RestatedHeadlineTest, ADifferentFigureOrQualifierIsNoRestatement) {
  EXPECT_EQ(Claims("River town police detains 640 people after clashes\n\nThe ministry said "
                   "officers arrested nearly 640 more people in the past 24 hours.\n"),
            (std::vector<std::string>{"detained 640 cumulative {-} <- -",
                                      "detained 640 +PT24H {-} <- The ministry"}));
}

TEST(RestatedHeadlineTest, OthersInTheHeadlineStayAPart) {
  EXPECT_EQ(Claims("A third victim of the shooting, which killed two others, has died\n\nPolice "
                   "said two people were killed.\n"),
            (std::vector<std::string>{"killed 3 cumulative {-} <- -",
                                      "killed 2 cumulative {others} <- Police",
                                      "killed 2 cumulative {-} <- Police"}));
}

}  // namespace
}  // namespace tally
