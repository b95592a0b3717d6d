#include "pipeline/claim_agents.h"

#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "tally/pipeline.h"

namespace tally {
namespace {

// "measure value {subgroup} <- source" for each claim of a one-document pipeline run.
std::vector<std::string> Claims(const std::string& text) {
  Document document;
  document.raw = text;
  ProcessedDocument processed = ProcessDocument(document, PipelineOptions{});
  std::vector<std::string> lines;
  for (const Claim& claim : processed.claims) {
    lines.push_back(fmt::format("{} {} {{{}}} <- {}", claim.measure, claim.value,
                                claim.subgroup.value_or("-"), claim.source.value_or("-")));
  }
  return lines;
}

struct Case {
  const char* text;
  std::vector<std::string> expected;
};

// Sentences written for these tests; each expectation was worked out by reading them.
const Case kCases[] = {
    // The body is the subject of the sending verb.
    {"The CSTO flew 1,200 troops into the capital.",
     {"deployed 1200 {CSTO forces} <- Collective Security Treaty Organization"}},
    // Named after the figure.
    {"About 900 soldiers from the Collective Security Treaty Organization were deployed on Friday.",
     {"deployed 900 {CSTO forces} <- Collective Security Treaty Organization"}},
    // A reference word points back to the body named in an earlier sentence.
    {"The president turned to the Collective Security Treaty Organization for help. The group "
     "sent 1,500 troops within two days.",
     {"deployed 1500 {CSTO forces} <- Collective Security Treaty Organization"}},
    // A reference phrase that is itself an alias of the body.
    {"The Moscow-led bloc sent 700 troops.",
     {"deployed 700 {CSTO forces} <- Collective Security Treaty Organization"}},
    // The speaker is not the sender; no body named, nothing bound.
    {"The defence ministry said 400 troops had been sent to the border.",
     {"deployed 400 {-} <- Defence Ministry"}},
    // Other measures are left alone.
    {"The CSTO said 12 people were killed.",
     {"killed 12 {-} <- Collective Security Treaty Organization"}},
};

TEST(ClaimAgentsTest, Cases) {
  for (const Case& c : kCases) EXPECT_EQ(Claims(c.text), c.expected) << c.text;
}

SourcedClaim Deployed(double value, const char* subgroup) {
  SourcedClaim sourced;
  sourced.claim.measure = "deployed";
  sourced.claim.value = value;
  if (subgroup != nullptr) sourced.claim.subgroup = subgroup;
  return sourced;
}

TEST(ClaimAgentsTest, AStoryWithOneBodyGivesItToTheFiguresThatNameNone) {
  std::vector<SourcedClaim> claims = {Deployed(2000, nullptr), Deployed(2500, "CSTO forces")};
  internal::ShareSoleAgent(claims);
  EXPECT_EQ(claims[0].claim.subgroup, "CSTO forces");
}

TEST(ClaimAgentsTest, AStoryWithTwoBodiesLeavesTheOthersAlone) {
  std::vector<SourcedClaim> claims = {Deployed(2000, nullptr), Deployed(2500, "CSTO forces"),
                                      Deployed(300, "UN forces")};
  internal::ShareSoleAgent(claims);
  EXPECT_EQ(claims[0].claim.subgroup, std::nullopt);
}

}  // namespace
}  // namespace tally
