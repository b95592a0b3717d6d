// The core of a number mention: the number itself, without qualifier, currency or unit —
// digits with separators, decimals and scales ("7,939", "12 000", "1.5 million", "2.3bn"),
// number words ("twenty-five", "one hundred and three", "a dozen", "half a million"), vague
// amounts ("dozens", "tens of thousands"), and the shapes that look like numbers but are not
// quantities (clock times, numeric dates, codes). The number reader and the time tagger both
// build on it.
#ifndef TALLY_ANALYSE_CORE_NUMBER_H_
#define TALLY_ANALYSE_CORE_NUMBER_H_

#include <cstddef>
#include <optional>

#include "analyse/lexicon.h"
#include "analyse/tokenizer.h"

namespace tally::internal {

struct CoreNumber {
  enum class Form { kDigits, kWords, kVague };

  std::size_t begin = 0;  // first token (a code may start at a word: "Khabat-24")
  std::size_t end = 0;    // the token after the number
  Form form = Form::kDigits;
  // The number as written, scale applied ("1.5 million" -> 1500000). For a clock time the
  // seconds since midnight ("10:30" -> 37800), for a timestamp its length in seconds
  // ("0:03:20" -> 200); 0 for vague amounts and for codes of more than 15 digits.
  double value = 0;
  double vague_lo = 0;  // the interval of a vague amount
  double vague_hi = 0;
  double scale = 1;          // the multiplier of a scale word or suffix, 1 if none
  std::size_t digits = 0;    // integer digits as written, separators excluded (digits form)
  bool grouped = false;      // thousands separators: "7,939", "12 000"
  bool decimal = false;      // a decimal point: "1.5"
  bool ordinal = false;      // "19th", "third", "twenty-first"
  bool decade = false;       // "1990s", "1990's"
  bool identifier = false;   // a code: "16x9", "Khabat-24", "MH17", a run of > 9 digits
  bool numeric_date = false; // "2022-01-10", "10.01.2022", "10/01/2022"
  bool lone_one = false;     // the single word "one" (may be a pronoun: "one of the")
  bool fraction = false;     // "two-thirds", "3/4" (ReadFraction): value is the proportion
  bool plus = false;         // "67+ million", "10+ years": a glued plus, at least the value
  bool approximate = false;  // a vague phrase that names one figure ("a couple of"): about it
  // Clock readings ("10:30", "0:03:20", "10am", "10.30pm"); hour is -1 when not a time.
  int hour = -1;
  int minute = 0;
  int second = 0;
  bool has_seconds = false;
  bool clock_marker = false;  // an a.m./p.m./o'clock marker was read (and is in the span)
  bool is_time() const { return hour >= 0; }
};

// The number at token i, or nullopt when none starts there. Digits and number words are
// read; ReadDigitNumber requires a digits token at i, ReadWordNumber a word token (number
// words or a vague amount). Linear in the tokens consumed; never reads past the line.
std::optional<CoreNumber> ReadCoreNumber(const TokenizedText& text, std::size_t i,
                                         const Lexicon& lexicon);
std::optional<CoreNumber> ReadDigitNumber(const TokenizedText& text, std::size_t i,
                                          const Lexicon& lexicon);
std::optional<CoreNumber> ReadWordNumber(const TokenizedText& text, std::size_t i,
                                         const Lexicon& lexicon);

// The fraction at token i ("two thirds", "two-thirds", "a quarter of", "3/4", "a half" ending
// a phrase), or nullopt. Before "of a <scale>" it is a share of that scale and no longer a
// fraction ("two thirds of a million": value 666667, fraction false, end after the scale).
// Only the number reader asks for fractions; ReadCoreNumber does not read them.
std::optional<CoreNumber> ReadFraction(const TokenizedText& text, std::size_t i,
                                       const Lexicon& lexicon);

// The clock marker ("a.m.", "pm", "o'clock") at token i, applied to core when it reads as an
// hour (1-12, or a clock time with minutes): sets hour, clock_marker and end. Returns whether
// it did.
bool ApplyClockMarker(const TokenizedText& text, std::size_t i, const Lexicon& lexicon,
                      CoreNumber& core);

}  // namespace tally::internal

#endif  // TALLY_ANALYSE_CORE_NUMBER_H_
