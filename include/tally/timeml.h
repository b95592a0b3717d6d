// TimeML documents (the format of TimeBank, AQUAINT and TempEval-3): reading the text and its
// TIMEX3 annotations, and writing the same document with new TIMEX3 tags. Only the XML subset
// TimeML uses is read: elements, attributes in double or single quotes, the XML declaration,
// comments and the five predefined entities left as written.
#ifndef TALLY_TIMEML_H_
#define TALLY_TIMEML_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tally/analyse.h"
#include "tally/date.h"
#include "tally/status.h"

namespace tally {

// One TIMEX3 of a document's text.
struct TimexAnnotation {
  Span span;          // bytes into TimeMLDocument::text
  std::string tid;    // "t1"
  std::string type;   // as written: DATE, TIME, DURATION, SET
  std::string value;  // the TIMEX3 value, as written
};

struct TimeMLDocument {
  std::string head;  // every byte before the content of <TEXT>, the <TEXT> tag included
  // The content of <TEXT> with every tag removed (TIMEX3, EVENT, SIGNAL...); entities stay
  // as written ("&amp;"), so that writing the text back is byte-identical.
  std::string text;
  // From </TEXT> to the end, without the link elements (MAKEINSTANCE, TLINK, SLINK, ALINK),
  // which name the annotations removed from the text.
  std::string tail;
  std::optional<Date> creation_time;     // the day of the CREATION_TIME TIMEX3 (in <DCT>)
  std::vector<TimexAnnotation> timexes;  // the TIMEX3 tags of the text, in text order
};

// Reads a TimeML document. Fails with kParseError, naming source and the byte offset, on
// unterminated tags, mismatched or unclosed elements, or a missing <TEXT> element.
Result<TimeMLDocument> ReadTimeML(std::string_view bytes, std::string_view source);

// A TimeML document around plain text: text is XML-escaped (&, <, >) into the <TEXT> element
// and creation_time becomes the <DCT> TIMEX3 (tid t0).
TimeMLDocument TimeMLFromPlainText(std::string_view text, Date creation_time);

// TimeMLDocument::text as a reader sees it: the five predefined entities ("&amp;", "&lt;",
// "&gt;", "&quot;", "&apos;") decoded, every other byte as it is. Byte i of text comes from
// byte raw_offset[i] of the escaped text; raw_offset has one entry more, the escaped size.
struct UnescapedText {
  std::string text;
  std::vector<std::uint32_t> raw_offset;
  // A span of text as the span of the escaped text that holds the same characters.
  Span ToRaw(Span span) const { return {raw_offset[span.begin], raw_offset[span.end]}; }
};
UnescapedText Unescape(std::string_view escaped);

// The time mentions of document.text, read in its unescaped form (a quote written "&quot;"
// opens a sentence as '"' does), with spans into document.text.
std::vector<TimeMention> TagTimesOf(const TimeMLDocument& document);

// The TIMEX3 annotations of time mentions found in document.text: tids t1, t2... in order.
std::vector<TimexAnnotation> TimexAnnotationsOf(const std::vector<TimeMention>& mentions);

// head + text with a TIMEX3 tag (tid, type, value) around each annotation + tail. The
// annotations must be in text order and not overlap (those that do are left out).
std::string WriteTimeML(const TimeMLDocument& document,
                        const std::vector<TimexAnnotation>& timexes);

}  // namespace tally

#endif  // TALLY_TIMEML_H_
