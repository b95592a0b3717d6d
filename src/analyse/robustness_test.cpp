// Bad input for the number reader and the time tagger (issue: invalid UTF-8, 10 MB without a
// newline, a document of digits only, deeply repeated qualifiers). They must return, without a
// sanitizer report, and do work linear in the input: the cases are sized so that a quadratic
// path would not finish within the test timeout. Not timed.
#include <string>

#include <gtest/gtest.h>

#include "tally/analyse.h"

namespace tally {
namespace {

const Date kAnchor = *Date::FromYmd(2022, 1, 10);

void ReadAll(const std::string& text) {
  (void)ReadNumbers(text);
  (void)TagTimes(text, kAnchor);
  (void)TagTimes(text, std::nullopt);
  (void)InferDocumentDate(text, 2022);
}

TEST(RobustnessTest, InvalidUtf8) {
  std::string text;
  for (int k = 0; k < 4096; ++k) {
    text += static_cast<char>(k * 37 % 256);
    if (k % 7 == 0) text += "5 ";
    if (k % 11 == 0) text += "\xE2\x82";  // a truncated sequence
    if (k % 13 == 0) text += "\xED\xA0\x80January 9";  // a surrogate, then a date
  }
  ReadAll(text);
  std::vector<NumberMention> m = ReadNumbers("\xC3\x28 7 \xF0\x28\x8C\x28 people");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].value, 7);
}

TEST(RobustnessTest, TenMegabytesWithoutANewline) {
  std::string text;
  text.reserve(10 << 20);
  const std::string sentence =
      "On Monday, January 10, 2022 more than 8,000 people were held in the past 24 hours; ";
  while (text.size() < (10u << 20)) text += sentence;
  std::vector<NumberMention> numbers = ReadNumbers(text);
  EXPECT_GE(numbers.size(), text.size() / sentence.size() * 3);
  std::vector<TimeMention> times = TagTimes(text, kAnchor);
  EXPECT_GE(times.size(), text.size() / sentence.size());
}

TEST(RobustnessTest, DigitsOnly) {
  ReadAll(std::string(4 << 20, '4'));
  std::string spaced;
  while (spaced.size() < (2u << 20)) spaced += "2022 ";
  ReadAll(spaced);
  std::string grouped;
  while (grouped.size() < (2u << 20)) grouped += "123 ";
  std::vector<NumberMention> m = ReadNumbers(grouped);
  EXPECT_FALSE(m.empty());
}

TEST(RobustnessTest, RepeatedQualifiers) {
  std::string text;
  while (text.size() < (2u << 20)) text += "more than ";
  text += "5 people";
  std::vector<NumberMention> m = ReadNumbers(text);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].approx, Approx::kMoreThan);
  EXPECT_EQ(text.substr(m[0].span.begin, m[0].span.size()), "more than 5");
  ReadAll(text);

  std::string mixed;
  while (mixed.size() < (2u << 20)) mixed += "at least nearly between about up to ";
  ReadAll(mixed + "12");
}

TEST(RobustnessTest, LongNumberWordChains) {
  std::string text;
  while (text.size() < (1u << 20)) text += "twenty-five thousand and ";
  ReadAll(text);
  std::string halves;
  while (halves.size() < (1u << 20)) halves += "two and a half ";
  ReadAll(halves);
  std::string fractions;
  while (fractions.size() < (1u << 20)) fractions += "two-thirds 3/4/";
  ReadAll(fractions);
}

}  // namespace
}  // namespace tally
