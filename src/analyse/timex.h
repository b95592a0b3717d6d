// The time tagger: TIMEX3 readings (TimeML) of the time expressions of a text, resolved
// against the document date (tally::TagTimes). Expressions read, in order of preference at
// each token:
//   dates          "Monday, January 10, 2022", "January 9", "9 January", "January 2022",
//                  "early January", "in January" (a month alone needs a cue: "come
//                  January", "the April jobs report", "in October and November"),
//                  "2022-01-10";
//   parts of days  "the night of January 8" (TIME 2022-01-08TNI);
//   weekdays       "Monday", "Monday morning", "last/next/this Monday";
//   windows        "the past 24 hours", "over the past day" (DURATION, window set);
//                  "the next two weeks" (DURATION, no window);
//   quantities     "30 years ago" (DATE 1992), "for three decades" (DURATION P30Y),
//                  "180-day", "several days" (PXD), "a week later", "another week" (P1W);
//   years          "in 2019", "since 2019" (a bare year needs a cue), "the 1990s" (199),
//                  "nineteen ninety-six", "January nineteen ninety-seven" (transcripts);
//   clock times    "10:30", "10 a.m.", "10.30pm";
//   holidays       data/analyse/holidays.tsv: "Thanksgiving Day", "last Christmas";
//   centuries      "the 20th century" (19);
//   rates          "$1 billion a year" (SET P1Y), "each Thursday" (SET XXXX-WXX-4),
//                  "every five years" (SET P5Y);
//   fixed phrases  data/analyse/time_words.tsv: "today", "last week", "now", "overnight",
//                  and anaphoric ones counted from the date the text last named ("later
//                  that year", "the next morning")...
// A part of the day makes a TIME, as in TIMEX3: "last night" is TIME 2022-01-09TNI; but a
// weekday with a part of the day is a DATE, as the TempEval-3 corpora type it: "Monday
// morning" is DATE 2022-01-10TMO with day 2022-01-10. Clock times are TIME, with the day
// written after them ("10 p.m. Wednesday") or else the anchor as their day. Consumers that
// want the calendar day of an expression should read `day`, which is set whenever the
// expression points at exactly one day, whatever its type.
// Prepositions ("on", "in", "since", "for") are outside the spans. Spans do not overlap and
// come in text order.
#ifndef TALLY_ANALYSE_TIMEX_H_
#define TALLY_ANALYSE_TIMEX_H_

#include <optional>
#include <vector>

#include "analyse/tokenizer.h"
#include "tally/analyse.h"

namespace tally::internal {

// TagTimes over an already tokenized text.
std::vector<TimeMention> TagTimesIn(const TokenizedText& text, std::optional<Date> anchor);

}  // namespace tally::internal

#endif  // TALLY_ANALYSE_TIMEX_H_
