// The fast number reader against the slow reference (number_reader_reference.h) on generated
// sentences and hand-written ones, all inside the reference's subset.
#include "analyse/number_reader_reference.h"

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "tally/analyse.h"

namespace tally::internal {
namespace {

bool Close(double a, double b) {
  if (std::isinf(a) || std::isinf(b)) return a == b;
  return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

// Empty when both readers agree, else the first difference.
std::string Compare(const std::string& text) {
  std::vector<NumberMention> fast = ReadNumbers(text);
  std::vector<ReferenceNumber> slow = ReadNumbersReference(text);
  if (fast.size() != slow.size()) {
    return fmt::format("{} mentions, reference {}", fast.size(), slow.size());
  }
  for (std::size_t k = 0; k < fast.size(); ++k) {
    const NumberMention& f = fast[k];
    const ReferenceNumber& s = slow[k];
    std::string span = text.substr(f.span.begin, f.span.size());
    if (span != s.text || f.approx != s.approx || !Close(f.value, s.value) ||
        !Close(f.lo, s.lo) || !Close(f.hi, s.hi) || f.kind != NumberKind::kCount) {
      return fmt::format("'{}' {} {} [{},{}] {} vs reference '{}' {} {} [{},{}]", span,
                         ApproxName(f.approx), f.value, f.lo, f.hi, NumberKindName(f.kind),
                         s.text, ApproxName(s.approx), s.value, s.lo, s.hi);
    }
  }
  return {};
}

// A sentence of plain words and counts in the reference's subset.
std::string GenerateSentence(std::mt19937& rng) {
  static const char* kFiller[] = {"police", "said", "that", "were", "held", "reported",
                                  "officials", "crowd", "gathered", "later", "added"};
  static const char* kNouns[] = {"people", "protesters", "homes", "vehicles", "arrests"};
  static const char* kQualifiers[] = {"nearly", "almost", "about", "around", "roughly",
                                      "approximately", "some", "at least", "no fewer than",
                                      "more than", "over", "upwards of", "up to", "at most",
                                      "as many as", "fewer than", "under", "just under",
                                      "More than", "AT LEAST"};
  static const char* kSpacedScales[] = {"million", "billion", "bn", "thousand", "mn"};
  static const char* kGluedScales[] = {"m", "bn", "k"};
  auto pick = [&](auto& array) { return array[rng() % std::size(array)]; };
  std::string out;
  int parts = 1 + static_cast<int>(rng() % 4);
  for (int p = 0; p < parts; ++p) {
    for (int f = static_cast<int>(rng() % 3); f > 0; --f) out += std::string(pick(kFiller)) + " ";
    if (rng() % 2 == 0) out += std::string(pick(kQualifiers)) + " ";
    long long n = 1 + static_cast<long long>(rng() % 999'999'999ULL) /
                          static_cast<long long>(std::pow(10, rng() % 9));
    std::string digits = std::to_string(n);
    // A bare 1900-2039 that is not a round hundred is a year even before a plural ("2018
    // taxes"): outside the subset, so such figures are always written with a separator.
    bool year_shaped = n >= 1900 && n <= 2039 && n % 100 != 0;
    switch (year_shaped ? 0 : rng() % 3) {
      case 0: {  // comma groups
        std::string grouped;
        for (std::size_t k = 0; k < digits.size(); ++k) {
          if (k > 0 && (digits.size() - k) % 3 == 0) grouped += ',';
          grouped += digits[k];
        }
        digits = grouped;
        break;
      }
      case 1:  // space groups, only up to a million so the number stays short
        if (digits.size() > 3 && digits.size() <= 7) {
          std::string grouped;
          for (std::size_t k = 0; k < digits.size(); ++k) {
            if (k > 0 && (digits.size() - k) % 3 == 0) grouped += ' ';
            grouped += digits[k];
          }
          digits = grouped;
        }
        break;
      default:
        break;
    }
    bool small = n < 1000;
    if (small && rng() % 3 == 0) digits += fmt::format(".{}", rng() % 100);
    if (small && rng() % 3 == 0) {
      digits += rng() % 2 ? std::string(pick(kGluedScales))
                          : fmt::format(" {}", pick(kSpacedScales));
    }
    out += digits + " " + pick(kNouns) + (p + 1 < parts ? " " : "");
  }
  return out;
}

TEST(NumberReaderReferenceTest, ReferenceReadsItsSubset) {
  std::vector<ReferenceNumber> m =
      ReadNumbersReference("more than 1,200 people and 12 000 homes and about 1.5 million");
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].text, "more than 1,200");
  EXPECT_EQ(m[0].approx, Approx::kMoreThan);
  EXPECT_EQ(m[1].value, 12000);
  EXPECT_EQ(m[2].text, "about 1.5 million");
  EXPECT_DOUBLE_EQ(m[2].hi, 1650000);
}

TEST(NumberReaderReferenceTest, AgreesOnGeneratedSentences) {
  std::mt19937 rng(20220110);
  int failures = 0;
  for (int k = 0; k < 3000 && failures < 10; ++k) {
    std::string sentence = GenerateSentence(rng);
    std::string difference = Compare(sentence);
    if (!difference.empty()) {
      ++failures;
      ADD_FAILURE() << sentence << "\n  " << difference;
    }
  }
}

TEST(NumberReaderReferenceTest, AgreesOnWrittenSentences) {
  const char* kSentences[] = {
      "officials said more than 1,200 people were held and nearly 300 homes burned",
      "police reported at least 46 arrests after some 3,000 protesters gathered",
      "the ministry said about 2.3bn was spent on up to 40 vehicles",
      "the crowd of roughly 12 000 people grew to as many as 20 000 people",
      "no fewer than 164 people died and over 2,200 were injured",
      "approximately 1.5 million voters and fewer than 90 observers",
      "upwards of 19m viewers watched while 5k runners ran",
      "Almost 8,000 people were detained and just under 500 released",
      "the index fell -12 points and 200 or more homes burned",
      "greater than or equal to 40 vehicles and 1.5 lakh crore bricks",
      "less than or equal to -5 and 3 hundred marchers or fewer",
  };
  for (const char* sentence : kSentences) {
    EXPECT_EQ(Compare(sentence), "") << sentence;
  }
}

}  // namespace
}  // namespace tally::internal
