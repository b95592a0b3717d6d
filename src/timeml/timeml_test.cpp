#include "tally/timeml.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace tally {
namespace {

// A TempEval-3 style document: gold TIMEX3, EVENT and SIGNAL tags in the text, links after.
constexpr char kGold[] =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>X1</DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" temporalFunction=\"false\" "
    "functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT>\n"
    "<TEXT>\nPrices <EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</EVENT> "
    "<SIGNAL sid=\"s1\">on</SIGNAL> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-05\">"
    "Monday</TIMEX3> at A&amp;B.\n</TEXT>\n"
    "<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\" />\n"
    "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t1\" />\n"
    "</TimeML>\n";

TEST(TimeMLTest, ReadsTextAnnotationsAndCreationTime) {
  Result<TimeMLDocument> doc = ReadTimeML(kGold, "gold.tml");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->text, "\nPrices fell on Monday at A&amp;B.\n");
  ASSERT_TRUE(doc->creation_time.has_value());
  EXPECT_EQ(doc->creation_time->ToIso(), "1998-01-08");
  ASSERT_EQ(doc->timexes.size(), 1u);
  const TimexAnnotation& t = doc->timexes[0];
  EXPECT_EQ(doc->text.substr(t.span.begin, t.span.size()), "Monday");
  EXPECT_EQ(t.tid, "t1");
  EXPECT_EQ(t.type, "DATE");
  EXPECT_EQ(t.value, "1998-01-05");
  EXPECT_EQ(doc->tail, "</TEXT>\n</TimeML>\n");
}

TEST(TimeMLTest, WritesTagsAroundTheSameText) {
  Result<TimeMLDocument> doc = ReadTimeML(kGold, "gold.tml");
  ASSERT_TRUE(doc.ok());
  std::string out = WriteTimeML(*doc, doc->timexes);
  EXPECT_NE(out.find("on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-05\">Monday</TIMEX3> "
                     "at A&amp;B."),
            std::string::npos)
      << out;
  // Reading the output back gives the same text and annotations.
  Result<TimeMLDocument> again = ReadTimeML(out, "out.tml");
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(again->text, doc->text);
  ASSERT_EQ(again->timexes.size(), 1u);
  EXPECT_EQ(again->timexes[0].span.begin, doc->timexes[0].span.begin);
  EXPECT_EQ(again->timexes[0].span.end, doc->timexes[0].span.end);
}

TEST(TimeMLTest, PlainTextIsEscapedAndTaggedByteForByte) {
  TimeMLDocument doc = TimeMLFromPlainText("Q&A <today>", *Date::FromYmd(2022, 1, 9));
  EXPECT_EQ(doc.text, "Q&amp;A &lt;today&gt;");
  std::vector<TimeMention> mentions = TagTimes(doc.text, doc.creation_time);
  ASSERT_EQ(mentions.size(), 1u);
  std::string out = WriteTimeML(doc, TimexAnnotationsOf(mentions));
  EXPECT_NE(out.find("&lt;<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2022-01-09\">today</TIMEX3>"
                     "&gt;"),
            std::string::npos)
      << out;
  Result<TimeMLDocument> back = ReadTimeML(out, "plain");
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back->creation_time->ToIso(), "2022-01-09");
  EXPECT_EQ(back->text, doc.text);
}

TEST(TimeMLTest, UnescapeMapsEveryByteBackToTheEscapedText) {
  UnescapedText plain = Unescape("a &amp; b &quot;c&apos; &lt;&gt; &copy; &#39;");
  EXPECT_EQ(plain.text, "a & b \"c' <> &copy; &#39;");
  ASSERT_EQ(plain.raw_offset.size(), plain.text.size() + 1);
  EXPECT_EQ(plain.raw_offset[2], 2u);   // '&' from "&amp;"
  EXPECT_EQ(plain.raw_offset[3], 7u);   // the space after it
  EXPECT_EQ(plain.raw_offset[6], 10u);  // '"' from "&quot;"
  EXPECT_EQ(plain.raw_offset.back(), 45u);
  Span raw = plain.ToRaw({6, 9});  // the quote, "c" and the apostrophe
  EXPECT_EQ(raw.begin, 10u);
  EXPECT_EQ(raw.end, 23u);
}

TEST(TimeMLTest, TimesAreReadInTheUnescapedTextAndTaggedInTheEscapedOne) {
  // An escaped quote opens the sentence as a quote does: "Tomorrow" is a time, not a name.
  TimeMLDocument doc = TimeMLFromPlainText("\"Tomorrow we vote,\" she said. R&D fell on Monday.",
                                           *Date::FromYmd(2022, 1, 12));
  std::string out = WriteTimeML(doc, TimexAnnotationsOf(TagTimesOf(doc)));
  EXPECT_NE(out.find("&quot;<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2022-01-13\">Tomorrow"
                     "</TIMEX3> we vote,&quot;"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("R&amp;D fell on <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2022-01-10\">"
                     "Monday</TIMEX3>."),
            std::string::npos)
      << out;
}

TEST(TimeMLTest, RejectsMalformedDocumentsWithSourceAndOffset) {
  struct Case {
    const char* input;
    const char* message;
  };
  const Case cases[] = {
      {"<TimeML><DCT></DCT></TimeML>", "f.tml: byte 28: no <TEXT> element"},
      {"<TimeML><TEXT>a</TimeML>", "f.tml: byte 15: </TimeML> does not close the open element"},
      {"<TimeML><TEXT>a<TIMEX3 tid=\"t1\">b</TEXT></TimeML>", "f.tml: byte 33: </TEXT> does not close the open element"},
      {"<TimeML><TEXT>a</TEXT>", "f.tml: byte 0: <TimeML> is not closed"},
      {"<TimeML><TEXT>a <b</TEXT></TimeML>", "f.tml: byte 18: unexpected character in a tag"},
  };
  for (const Case& c : cases) {
    Result<TimeMLDocument> doc = ReadTimeML(c.input, "f.tml");
    ASSERT_FALSE(doc.ok()) << c.input;
    EXPECT_EQ(doc.status().message(), c.message) << c.input;
  }
}

// Every training document re-reads to the same text after writing its own annotations back.
TEST(TimeMLTest, RoundTripsTheTrainingCorpusWhenPresent) {
  std::string path = std::string(TALLY_SOURCE_DIR) +
                     "/../shared/corpus/tempeval3-train/TimeBank/ABC19980108.1830.0711.tml";
  std::ifstream in(path, std::ios::binary);
  if (!in) GTEST_SKIP() << "corpus absent: " << path;
  std::stringstream buffer;
  buffer << in.rdbuf();
  Result<TimeMLDocument> doc = ReadTimeML(buffer.str(), path);
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_FALSE(doc->timexes.empty());
  Result<TimeMLDocument> again = ReadTimeML(WriteTimeML(*doc, doc->timexes), "out");
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(again->text, doc->text);
  EXPECT_EQ(again->timexes.size(), doc->timexes.size());
}

}  // namespace
}  // namespace tally
