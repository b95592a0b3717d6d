// Calendar dates as written in English news: "Monday, January 10, 2022", "January 9",
// "Jan. 9", "9 January", "the 9th of January", "January 2022", "early January",
// "mid-January", "2022-01-10". Shared by the time tagger and the document date inference.
#ifndef TALLY_ANALYSE_DATE_PHRASE_H_
#define TALLY_ANALYSE_DATE_PHRASE_H_

#include <cstddef>
#include <optional>

#include "analyse/lexicon.h"
#include "analyse/tokenizer.h"

namespace tally::internal {

struct DatePhrase {
  std::size_t begin = 0;  // tokens [begin, end)
  std::size_t end = 0;
  int weekday = 0;  // 1..7 when a weekday is written before the date, else 0
  int month = 0;    // 1..12
  int day = 0;      // 0 when not written
  int year = 0;     // 0 when not written
  bool modified = false;  // opened by a month modifier ("early January")
  bool has_day() const { return day != 0; }
  bool has_year() const { return year != 0; }
};

// The date phrase starting at token i, or nullopt. A month without day or year is returned
// (with day = year = 0) only when written out in full; whether it is a time expression is the
// caller's decision (it needs a cue: "in January"). A weekday is only part of a phrase when
// a day follows it. Day-month combinations are not checked against the calendar (February
// 30 is returned); callers validate with Date::FromYmd.
std::optional<DatePhrase> ReadDatePhrase(const TokenizedText& text, std::size_t i,
                                         const Lexicon& lexicon);

// Whether a future cue (context_words.tsv future_cue: "will", "plans to"; with
// include_conditional also conditional_cue: "would") comes before token i in its sentence,
// looking back at most a dozen tokens: "will meet on Monday", "would announce ... on
// January 11"; not across a reporting or past verb (context_words.tsv deadline_blocker:
// "they will be sued, he said Sunday").
bool InFutureContext(const TokenizedText& text, std::size_t i, const Lexicon& lexicon,
                     bool include_conditional);

// Whether a period-start cue (context_words.tsv period_start_cue: "since", "began") comes
// before token i in its clause (back to the previous comma or sentence end): "since the
// demonstrations began on January 2".
bool InPeriodStartContext(const TokenizedText& text, std::size_t i, const Lexicon& lexicon);

}  // namespace tally::internal

#endif  // TALLY_ANALYSE_DATE_PHRASE_H_
