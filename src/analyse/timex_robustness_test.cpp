// The time tagger on hostile input: random bytes, huge texts, long runs of one token. It must
// not crash (AddressSanitizer runs the tests) and must stay linear in the input.
#include <chrono>
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "tally/analyse.h"

namespace tally {
namespace {

std::optional<Date> Anchor() { return Date::FromYmd(2022, 1, 10); }

void ExpectWellFormed(std::string_view text, const std::vector<TimeMention>& mentions) {
  std::uint32_t previous_end = 0;
  for (const TimeMention& m : mentions) {
    ASSERT_LE(previous_end, m.span.begin) << "in: " << text;
    ASSERT_LT(m.span.begin, m.span.end);
    ASSERT_LE(m.span.end, text.size());
    ASSERT_FALSE(m.value.empty());
    previous_end = m.span.end;
  }
}

TEST(TimexRobustnessTest, RandomBytesAndWordSoup) {
  std::mt19937 rng(20220110);
  const char* words[] = {"last", "week", "the", "third", "quarter", "Monday", "January", "9",
                         "2022", "a", "year", "ago", "10:30", "p.m.", "-", ",", "\n", "of",
                         "night", "every", "since", "1990s", "fourth-quarter", "June", "recent"};
  for (int round = 0; round < 300; ++round) {
    std::string text;
    std::size_t length = rng() % 400;
    if (round % 2 == 0) {
      for (std::size_t k = 0; k < length; ++k) text += static_cast<char>(rng() % 256);
    } else {
      for (std::size_t k = 0; k < length / 4; ++k) {
        text += words[rng() % std::size(words)];
        text += ' ';
      }
    }
    ExpectWellFormed(text, TagTimes(text, round % 3 == 0 ? std::nullopt : Anchor()));
  }
}

// Doubling the input must not much more than double the time: a quadratic tagger would take
// four times as long. Sizes are large enough to dominate timer noise under the sanitizers.
TEST(TimexRobustnessTest, TimeIsLinearInTheInput) {
  const std::string units[] = {"the third quarter of last year ", "1999 ", "a year ago ",
                               std::string(1000, '7') + " ", "Monday January 9, 2022 "};
  for (const std::string& unit : units) {
    auto seconds = [&](std::size_t bytes) {
      std::string text;
      while (text.size() < bytes) text += unit;
      auto start = std::chrono::steady_clock::now();
      std::vector<TimeMention> mentions = TagTimes(text, Anchor());
      std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
      ExpectWellFormed(text, mentions);
      return elapsed.count();
    };
    double small = seconds(200'000);
    double large = seconds(800'000);
    EXPECT_LT(large, 12 * small + 0.05) << "unit: " << unit.substr(0, 40);
  }
}

TEST(TimexRobustnessTest, OneHugeLineWithoutSpaces) {
  std::string text(2'000'000, 'x');
  text += " today";
  std::vector<TimeMention> mentions = TagTimes(text, Anchor());
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].value, "2022-01-10");
}

}  // namespace
}  // namespace tally
