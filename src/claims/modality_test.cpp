#include "claims/modality.h"

#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "tally/analyse.h"
#include "tally/claims.h"

namespace tally {
namespace {

// "measure value modality" for each claim of text.
std::vector<std::string> Modalities(const std::string& text) {
  Document document;
  document.text = text;
  Analysis analysis = Analyse(document.text, AnalyseOptions{});
  std::vector<std::string> lines;
  for (const Claim& claim : ExtractClaims(document, analysis)) {
    lines.push_back(fmt::format("{} {} {}", claim.measure, claim.value,
                                ModalityName(claim.modality)));
  }
  return lines;
}

struct Case {
  const char* text;
  std::vector<std::string> expected;
};

// Sentences written for these tests; each expectation was worked out by reading the sentence.
const Case kCases[] = {
    {"Police said 14 people were killed in the blast.", {"killed 14 reported"}},
    {"The governor confirmed that 14 people were killed in the blast.", {"killed 14 confirmed"}},
    {"The official toll stands at 31 dead.", {"killed 31 confirmed"}},
    {"According to preliminary figures, 31 people died.", {"killed 31 preliminary"}},
    {"So far 31 people have been confirmed dead, and the toll is expected to rise.",
     {"killed 31 preliminary"}},
    {"An estimated 4,000 people fled the valley.", {"displaced 4000 estimated"}},
    {"Rebels claimed that 200 soldiers were killed in the ambush.", {"killed 200 claimed"}},
    {"Activists said 90 people were killed, a figure that could not be independently "
     "verified.",
     {"killed 90 claimed"}},
    {"The army denied reports that 60 civilians were killed in the strike.",
     {"killed 60 denied"}},
    // Each figure takes the cue nearest to it.
    {"The ministry confirmed 12 deaths, while opposition groups claimed that more than 300 "
     "people were killed.",
     {"killed 12 confirmed", "killed 300 claimed"}},
    // "not confirmed" is read as one cue, not as "confirmed".
    {"Local media reported 45 people killed, but the figure was not confirmed by officials.",
     {"killed 45 claimed"}},
    // An adjective cue qualifies only what follows it in its clause.
    {"Prosecutors opened 40 criminal cases, several of them over alleged abuse in custody.",
     {"cases 40 reported"}},
};

TEST(ModalityTest, Cases) {
  for (const Case& c : kCases) {
    EXPECT_EQ(Modalities(c.text), c.expected) << c.text;
  }
}

TEST(ModalityTest, NamesRoundTrip) {
  for (Modality m : {Modality::kReported, Modality::kConfirmed, Modality::kPreliminary,
                     Modality::kEstimated, Modality::kClaimed, Modality::kDenied}) {
    EXPECT_EQ(TryParseModality(ModalityName(m)), m);
  }
  EXPECT_EQ(TryParseModality("likely"), std::nullopt);
}

// The modality the cues of text give to the token at `at`.
Modality ModalityAt(const std::string& text, std::size_t at) {
  std::vector<internal::claims::Token> tokens =
      internal::claims::Tokenize(text, 0, static_cast<std::uint32_t>(text.size()));
  return internal::claims::ModalityCues::Of(
      internal::claims::ModalityCues::Default().FindIn(tokens), at);
}

TEST(ModalityTest, AheadCueReachesOnlyForwardInItsSegment) {
  // Tokens: the(0) alleged(1) 75(2) looters(3) ,(4) and(5) 9(6) guards(7)
  const std::string text = "the alleged 75 looters, and 9 guards";
  EXPECT_EQ(ModalityAt(text, 2), Modality::kClaimed);
  EXPECT_EQ(ModalityAt(text, 6), Modality::kReported);
  // Tokens: 75(0) alleged(1) looters(2)
  EXPECT_EQ(ModalityAt("75 alleged looters", 0), Modality::kReported);
  // A cue of any reach: "denied" speaks of the figure after it and before it.
  EXPECT_EQ(ModalityAt("75 dead , which the army denied", 0), Modality::kDenied);
}

TEST(ModalityTest, FarCueSaysNothing) {
  std::vector<internal::claims::ModalityCues::Found> found = {
      {0, 1, Modality::kDenied}};
  EXPECT_EQ(internal::claims::ModalityCues::Of(found, 1), Modality::kDenied);
  EXPECT_EQ(internal::claims::ModalityCues::Of(
                found, internal::claims::ModalityCues::kMaxCueDistance + 1),
            Modality::kReported);
}

}  // namespace
}  // namespace tally
