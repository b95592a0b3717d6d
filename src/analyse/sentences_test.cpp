#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "tally/analyse.h"

namespace tally {
namespace {

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : SplitSentences(text)) {
    out.emplace_back(text.substr(s.span.begin, s.span.size()));
  }
  return out;
}

using Lines = std::vector<std::string>;

TEST(SentencesTest, SplitsAtSentenceEnds) {
  EXPECT_EQ(Split("The toll rose. Officials spoke!  Was it true? Yes."),
            (Lines{"The toll rose.", "Officials spoke!", "Was it true?", "Yes."}));
}

TEST(SentencesTest, KeepsAbbreviationsInside) {
  EXPECT_EQ(Split("Mr. Smith met the U.S. envoy. He left."),
            (Lines{"Mr. Smith met the U.S. envoy.", "He left."}));
  EXPECT_EQ(Split("Dr. Jones spoke at 10 a.m. on Monday."),
            (Lines{"Dr. Jones spoke at 10 a.m. on Monday."}));
}

TEST(SentencesTest, BreaksAtEveryLine) {
  EXPECT_EQ(Split("A headline without a stop\nFirst sentence. Second one.\n\n  Caption line  \n"),
            (Lines{"A headline without a stop", "First sentence.", "Second one.",
                   "Caption line"}));
  EXPECT_EQ(Split("one\r\ntwo"), (Lines{"one", "two"}));
}

TEST(SentencesTest, DropsEmptySpans) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences("   \n\t\n  ").empty());
  EXPECT_EQ(Split("\u00a0padded\u00a0"), (Lines{"padded"}));
}

TEST(SentencesTest, OffsetsAreBytes) {
  std::string text = "\u00dcber alles f\u00fcr \u20ac5. Zweiter Satz.";
  std::vector<Sentence> sentences = SplitSentences(text);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].span.begin, 0u);
  EXPECT_EQ(text.substr(sentences[1].span.begin, sentences[1].span.size()), "Zweiter Satz.");
  EXPECT_EQ(sentences[1].span.end, text.size());
}

TEST(SentencesTest, SurvivesInvalidUtf8) {
  std::string text = "Bad \xff\xfe bytes. More \xc3 here.\n\xed\xa0\x80 last";
  std::vector<Sentence> sentences = SplitSentences(text);
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_EQ(text.substr(sentences[0].span.begin, sentences[0].span.size()),
            "Bad \xff\xfe bytes.");
  for (const Sentence& s : sentences) EXPECT_LE(s.span.end, text.size());
}

TEST(SentencesTest, SurvivesAHugeLine) {
  std::string line;
  while (line.size() < (1 << 20)) line += "The figure rose again. ";
  std::vector<Sentence> sentences = SplitSentences(line);
  EXPECT_EQ(sentences.size(), line.size() / 23);
  for (std::size_t k = 1; k < sentences.size(); ++k) {
    EXPECT_LE(sentences[k - 1].span.end, sentences[k].span.begin);
  }
  std::string blob(1 << 20, 'x');
  ASSERT_EQ(SplitSentences(blob).size(), 1u);
}

TEST(SentencesTest, IsThreadSafe) {
  std::string text = "One. Two. Three.\nFour.";
  std::vector<std::thread> threads;
  std::vector<std::size_t> counts(4);
  for (std::size_t t = 0; t < counts.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int k = 0; k < 200; ++k) counts[t] = SplitSentences(text).size();
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (std::size_t count : counts) EXPECT_EQ(count, 4u);
}

}  // namespace
}  // namespace tally
