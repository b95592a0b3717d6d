// The time tagger's internals: the TimeTagger class behind TagTimesIn (timex.h), whose
// matchers are split by what they read: calendar dates, weekdays, years and clock times in
// timex_dates.cpp; amounts of time, windows and fixed time words in timex.cpp; readings that
// count from another date than the anchor in timex_references.cpp.
#ifndef TALLY_ANALYSE_TIME_TAGGER_H_
#define TALLY_ANALYSE_TIME_TAGGER_H_

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "analyse/calendar.h"
#include "analyse/core_number.h"
#include "analyse/date_phrase.h"
#include "analyse/lexicon.h"
#include "analyse/tokenizer.h"
#include "tally/analyse.h"

namespace tally::internal {

// Placeholders of TIMEX3 for the parts of a value that need the anchor.
inline constexpr char kUnknownDay[] = "XXXX-XX-XX";
inline constexpr char kUnknownWeek[] = "XXXX-WXX";
inline constexpr char kUnknownMonth[] = "XXXX-XX";
inline constexpr char kUnknownYear[] = "XXXX";
// Past the cap, arithmetic on the anchor is not meaningful ("a million years ago").
inline constexpr double kMaxUnitsBack = 10000;

// "P3D", "PT24H"; decades and centuries in years ("P30Y"); a fraction goes to the next
// smaller unit when it makes a whole number of it ("PT1H30M", "P2Y6M"), else stays decimal
// ("P1.5M"); an unknown amount (NaN) is X ("PXD").
std::string DurationValue(double amount, TimeUnit unit);

// An amount of time units: a number, a vague word ("several": NaN), or an article ("a week")
// when allowed.
struct Amount {
  double value = 0;
  std::size_t end = 0;
  bool article = false;
};

struct TimeUnitMatch {
  TimeUnit unit = TimeUnit::kNone;
  std::size_t end = 0;
  bool plural = false;
};

// Reads the time expressions of one tokenized text; used once (Run moves the result out).
class TimeTagger {
 public:
  TimeTagger(const TokenizedText& text, std::optional<Date> anchor, const Lexicon& lexicon)
      : text_(text), anchor_(anchor), lexicon_(lexicon) {}

  std::vector<TimeMention> Run() {
    std::size_t i = 0;
    while (i < text_.size()) {
      if (!lexicon_.MayStartTime(text_, i)) {  // most tokens: no matcher can start there
        ++i;
        continue;
      }
      std::optional<std::size_t> end = MatchAt(i);
      if (end && *end > i) {
        i = *end;
        continue;
      }
      // A number that starts no time expression is skipped whole: its inner tokens start
      // none either, and reading it again from each of them would be quadratic in its length
      // ("1,000,000,...").
      const std::optional<CoreNumber>& core = CoreAt(i);
      i = core ? std::max(core->end, i + 1) : i + 1;
    }
    return std::move(mentions_);
  }

 private:
  std::optional<std::size_t> MatchAt(std::size_t i) {
    if (auto end = SpelledYearAt(i)) return end;  // before "January" alone and amounts
    if (auto end = HolidayAt(i)) return end;      // before "May" in "May Day"
    if (auto end = DateAt(i)) return end;
    if (auto end = DayPartOfDateAt(i)) return end;
    if (auto end = WeekdayAt(i)) return end;
    if (auto end = RelativeMonthAt(i)) return end;
    if (auto end = WindowAt(i)) return end;
    if (auto end = CenturyAt(i)) return end;  // before amounts: "20th" is no count
    if (auto end = QuantityAt(i)) return end;
    if (auto end = YearAt(i)) return end;
    if (auto end = ClockAt(i)) return end;
    return TimeWordAt(i);
  }

  // The word before a weekday, holiday or month that places it from the anchor ("next",
  // "this coming", "last", "this", "each") and the token after it; kNone with end i when
  // token i starts none.
  enum class Relative { kNone, kNext, kLast, kThis, kEvery };
  struct RelativeWord {
    Relative relative = Relative::kNone;
    std::size_t end = 0;
  };
  RelativeWord RelativeWordAt(std::size_t i) const;

  std::optional<std::size_t> DateAt(std::size_t i);
  // Whether the month written alone at token i (no day, no year) is a time expression: after
  // a cue ("in January", "figures for January", "come January", "between June and July"),
  // joined to a date just read ("in October and November"), possessive ("December's
  // figures"), between an article or possessive and a lower-case word ("a June agreement",
  // "its March meeting"), or before a noun it dates ("April retail sales", month_noun); not
  // "January said".
  bool BareMonthIsDate(std::size_t i) const;
  // Whether the month at token i follows "and", "or" or "to" right after a month read as a
  // DATE or "now" ("in October and November", "between now and June"; not "a revision
  // Friday to December's figures").
  bool JoinedToDate(std::size_t i) const;
  // The year of a month joined so (JoinedToDate) to a month with a year: that year, or the
  // next when the month comes earlier in the calendar; after "now", the first such month
  // from the anchor's on; nullopt otherwise.
  std::optional<int> JoinedMonthYear(std::size_t i, int month) const;
  // The year of a day and month without a year at token i joined by "to" or a dash (not
  // "and": "rallies on May 3 and Aug. 4" may be a year apart) to a full date that ends at
  // token i - 2 ("June 10-Aug. 15", "from June 10 to Aug. 15"): that date's year, or the
  // next when the month comes earlier in the calendar; nullopt otherwise.
  std::optional<int> JoinedDayYear(std::size_t i, int month) const;
  // Whether a vote (context_words.tsv election_noun) is named at token e or after one more
  // lower-case word: "the November election", "the March general election".
  bool ElectionAfter(std::size_t e) const;
  // Whether a vote (election_noun) and a year cue come right before token begin: "urged
  // them to vote in November", "the election in May".
  bool ElectionBefore(std::size_t begin) const;
  // Whether a deadline cue (context_words.tsv deadline_cue: "by", "until", "until after")
  // ends right before token i.
  bool DeadlineCueBefore(std::size_t i) const;
  // "April 24 and 25": the second day after a date that ends before token e, in the same
  // month, when the number closes the phrase (a comma, a period or a line end follows it).
  // Returns the token after it, or e when there is none.
  std::size_t SecondDayAt(std::size_t e, Date first);
  // "from March to April", "from July to August this year": a month without a day or year
  // and a second one after "to" or a dash, both read, in the year the second is given (the
  // first in the year before when it comes later in the calendar), else in the first one's.
  // Returns the token after the second; nullopt when no second month follows.
  std::optional<std::size_t> MonthRangeAt(const DatePhrase& first);
  std::optional<std::size_t> HolidayAt(std::size_t i);
  std::optional<std::size_t> CenturyAt(std::size_t i);
  std::optional<std::size_t> DayPartOfDateAt(std::size_t i);
  std::optional<std::size_t> WeekdayAt(std::size_t i);
  std::optional<std::size_t> RelativeMonthAt(std::size_t i);
  std::optional<std::size_t> WindowAt(std::size_t i);
  std::optional<std::size_t> QuantityAt(std::size_t i);
  std::optional<std::size_t> YearAt(std::size_t i);
  std::optional<std::size_t> SpelledYearAt(std::size_t i);
  // A year said in words at token k, as broadcast transcripts write them: "nineteen
  // ninety-six" (a teen for the century, then the tens and a unit). Sets *end.
  int SpelledYear(std::size_t k, std::size_t* end) const;
  std::optional<std::size_t> ClockAt(std::size_t i);
  std::optional<std::size_t> TimeWordAt(std::size_t i);
  // Whether the one-word time word at token i is part of a name or a noun: written with a
  // capital inside a sentence next to another capitalised word ("USA Today", "The Daily
  // Caller", "Daily Dispatch"), or a rate word between two capitalised words (a newspaper:
  // "the Communist Party daily Granma") or after an article with no noun after it ("a
  // respected daily,").
  bool NameWord(std::size_t i) const;
  // Whether token i is inside the name of a broadcast or paper that holds a time word
  // (context_words.tsv time_name: "Fox News Sunday", "the Today show"), starting at most
  // two tokens before it with a capital.
  bool InTimeName(std::size_t i) const {
    std::size_t first = i;  // the earliest token on i's line, at most two back
    while (first > 0 && first + 2 > i && text_.SameLine(first)) --first;
    for (std::size_t k = first; k <= i; ++k) {
      if (!text_.IsWord(k) || !text_[k].upper) continue;
      std::optional<PhraseTable::Match> name = lexicon_.RoleAt(Role::kTimeName, text_, k);
      if (name && name->end > i) return true;
    }
    return false;
  }
  // Whether the one-word time word at token i means "suddenly" (context_words.tsv
  // figurative_time): a negation or hedge (figurative_cue) within a few words before it in
  // its clause ("won't happen overnight", "almost overnight").
  bool FigurativeWord(std::size_t i) const;
  // Whether the sentence around token i tells the past: a past auxiliary (past_verb: "was",
  // "had") within a dozen tokens either side and no future or conditional cue (future_cue,
  // conditional_cue) in that stretch.
  bool PastSentence(std::size_t i) const;
  // The value of a time word whose rule counts from the date the text last named
  // (granularity "ref_day", "ref_week", "ref_month", "ref_year"), starting at token i; sets
  // *day for a day.
  std::string ReferredValue(std::size_t i, const TimeWord& word,
                            std::optional<Date>* day) const;
  // "this year's third quarter", "last year's quarter": a quarter of the year the time word
  // before "'s" names (year + offset). Sets *end past it; nullopt when no quarter follows.
  std::optional<std::string> QuarterOfYearAfter(std::size_t e, int year, std::size_t* end);
  // "The year 2000", "the year two thousand": the year written after "the year" at token e.
  // Sets *end past it; 0 when none.
  int YearAfterTheYear(std::size_t e, std::size_t* end);

  // Whether token i opens a sentence: the text's or a line's first token, or the first after
  // a sentence-ending mark (and the quotes that close it).
  bool SentenceStartsAt(std::size_t i) const {
    std::size_t k = i;
    while (k > 0 && text_.SameLine(k) &&
           (text_.IsChar(k - 1, '"') || text_.IsChar(k - 1, '\'') || text_.IsChar(k - 1, '`'))) {
      --k;
    }
    if (k == 0 || !text_.SameLine(k)) return true;
    return text_.IsChar(k - 1, '.') || text_.IsChar(k - 1, '!') || text_.IsChar(k - 1, '?');
  }

  // Whether the four digits at token i read as a year without a cue ("its 1990 invasion"):
  // 1900-2099, not grouped, and with no unit, count noun or currency beside them ("2000
  // people", "$1990").
  bool BareYear(std::size_t i) {
    const std::optional<CoreNumber>& core = CoreAt(i);
    if (!core || core->grouped || core->decimal || core->value < 1900 || core->value > 2099) {
      return false;
    }
    std::size_t next = core->end;
    if (next < text_.size() && text_.SameLine(next) &&
        (lexicon_.UnitAt(text_, next) || lexicon_.Is(Role::kCountNoun, text_, next) ||
         lexicon_.CurrencyAt(text_, next) || text_.IsChar(next, '%'))) {
      return false;
    }
    if (i >= 1 && text_.SameLine(i) &&
        (lexicon_.CurrencyAt(text_, i - 1) || lexicon_.Is(Role::kMathOperator, text_, i - 1))) {
      return false;
    }
    return true;
  }

  // ReadCoreNumber at token i, remembered for the matchers that try the same token.
  const std::optional<CoreNumber>& CoreAt(std::size_t i) {
    if (core_at_ != i) {
      core_ = ReadCoreNumber(text_, i, lexicon_);
      core_at_ = i;
    }
    return core_;
  }
  // The amount at token i, which may open a line ("A decade ago, ..." in a new paragraph).
  std::optional<Amount> AmountAt(std::size_t i, bool allow_article);
  // Whether token i - 1 ends an amount that "a year" at token i is the rate of: a number, a
  // scale ("$1 billion"), a percent sign, "times"/"twice", or a plural noun ("flights").
  bool RateBefore(std::size_t i) const;
  // Whether an amount in digits, a number word or a scale ends at token i - 1, or one
  // lower-case word after such an amount in digits ("300 people a day before ..."): "a day"
  // is then a rate even when "before"/"after" follows.
  bool CountedRateBefore(std::size_t i) const;
  // The first token of a qualifier (context_words.tsv span_qualifier) that ends right
  // before token i and is kept in the span of the amount there ("nearly four years ago",
  // "at least the past 18 months"); i when there is none.
  std::size_t QualifiedBegin(std::size_t i) const;
  // i - 1 when "the" is token i - 1 and no mention covers it ("the year-ago third
  // quarter"), else i.
  std::size_t TheBefore(std::size_t i) const;
  // The token after "and a half" starting at token e, or 0: "an hour and a half".
  std::size_t AndAHalfAt(std::size_t e) const;
  std::optional<TimeUnitMatch> TimeUnitAt(std::size_t k) const;
  // "12 to 18", "two or three" (range_to) before a unit, the first amount at token i: one
  // amount ending after the second number, which must be larger, valued at its lower end as
  // TempEval-3 training values "two to three weeks" (P2W); first otherwise, and after
  // "from" (range_blocker: "extended from 14 to 21 days" is a change, not a range).
  Amount RangeOf(std::size_t i, Amount first);
  // The token after "or so" (approx_after) at token e, kept in a span ("a week or so");
  // e when there is none.
  std::size_t ApproxEnd(std::size_t e) const;
  // Whether the window word at token i ("last") follows a modal or "to" (modal_before) and
  // so is a verb: "the crisis could last months".
  bool LastIsVerb(std::size_t i) const;
  // The part of the day after token e - 1 ("morning" in "Monday morning"): its TIMEX3 code.
  const std::string* DayPartAfter(std::size_t e) const {
    if (!text_.SameLine(e) || text_.Glued(e)) return nullptr;
    return lexicon_.DayPartAt(text_, e);
  }
  // A bare weekday at token i: news reports the past, so the latest such day, unless the
  // sentence speaks of the future (WeekdayAhead). Needs the anchor.
  Date NearestWeekday(std::size_t i, int weekday) const {
    return WeekdayAhead(i) ? WeekdayOnOrAfter(*anchor_, weekday)
                           : WeekdayOnOrBefore(*anchor_, weekday);
  }
  // Whether the weekday expression starting at token i points forward: a future cue before
  // it in its sentence ("will meet on Monday", "planned a rally on Saturday"), a deadline
  // (DeadlineBefore), reported future (ReportedFutureBefore), or a future verb after an
  // opening weekday ("By Friday, it will be ...").
  bool WeekdayAhead(std::size_t i) const;
  // "the deadline is Friday", "extended its deadline until 9 a.m. Tuesday", "has given them
  // until Tuesday to sign" (context_words.tsv weekday_deadline, deadline_grant), unless a
  // past or reporting verb stands between ("the deadline passed Tuesday").
  bool DeadlineBefore(std::size_t i) const;
  // "said the father would be traveling to the United States Thursday": "would" (not "would
  // have") earlier in the same clause, with no comma or reporting verb between and the
  // weekday not a possessive ("would look for ways around Wednesday's ruling").
  bool ReportedFutureBefore(std::size_t i) const;
  // "By Friday, it will be forgotten", "On Monday, the court will rule": a weekday opening
  // its sentence (after at most a preposition) whose main clause after the comma has a
  // future modal (context_words.tsv future_modal) before any reporting verb; "On Friday,
  // the government planned ..." stays past. Without the comma the modal must follow within
  // three words ("Earlier Monday Trump will lead").
  bool FutureAfterOpening(std::size_t i) const;
  // "the store is reopening Friday", "they are holding a vote on Tuesday": a present form of
  // "be" (context_words.tsv progressive_be), at most one word, a verb in "-ing" and at most
  // four words (no mark, no progressive_blocker: "is saying", "are investigating a
  // shooting", "after") before the weekday expression at token i, which is no possessive.
  bool ProgressiveBefore(std::size_t i) const;
  // "Friday is the deadline", "Monday is his birthday": a weekday opening its sentence as
  // the subject of a present "is" (progressive_be) speaks of the coming one.
  bool WeekdaySubjectOfIs(std::size_t i) const;
  // The token after the weekday that begins at or shortly after token i and its part of the
  // day ("Monday", "Monday night"); i when there is none.
  std::size_t WeekdayEnd(std::size_t i) const {
    for (std::size_t k = i; k < i + 4 && k < text_.size() && (k == i || text_.SameLine(k)); ++k) {
      if (lexicon_.WeekdayAt(text_, k) != 0) {
        std::size_t e = k + 1;
        if (DayPartAfter(e) != nullptr) ++e;
        return e;
      }
    }
    return i;
  }
  // The day named right after a time of day that ends before token e: "10 p.m. Wednesday",
  // "9 a.m. EST Tuesday", "5 p.m. EST, Nov. 9" (TimeML spans and values take the day in);
  // "10:35 a.m. (0735 GMT) Friday" (the day after a bracket dates the clock time, but *end
  // stays before the bracket).
  // Sets *end to the token after it. The tense is read before token begin, where the time
  // expression starts (the dots of "a.m." would end the look-back). Needs the anchor.
  std::optional<Date> DayAfterClock(std::size_t begin, std::size_t e, std::size_t* end) const;
  // The day of the date or time the text named just before the clock time of tokens [i, e),
  // a few tokens back in its clause: "deliberated Monday afternoon until 5 p.m." (that
  // Monday); none when a day follows the clock time ("until 11:59 p.m. on June 12").
  std::optional<Date> DayBeforeClock(std::size_t i, std::size_t e) const;
  // The value of a date phrase, or empty when it names no real day.
  std::string DateValue(const DatePhrase& phrase, std::optional<Date>* day) const;
  // The anchor moved back by amount units ("30 years ago": 1992), written at the unit's
  // granularity; PAST_REF below a day or past kMaxUnitsBack. A negative amount moves forward
  // ("five months from now").
  std::string AgoValue(double amount, TimeUnit unit, std::optional<Date>* day) const;

  // "a year ago" or "a year earlier" in a report about a quarter ("third-quarter profit
  // rose ... from a year ago") is that quarter a year before (TimeML: 1988-Q3), not the
  // whole year. The quarter is the latest one the text has named so far (results reports
  // name it once, early, and compare with it throughout); nullopt when none was named.
  std::optional<std::string> QuarterYearBefore() const { return ReportedQuarter(1); }
  // The reported quarter (see QuarterYearBefore) years_back years before; nullopt when the
  // text has named none.
  std::optional<std::string> ReportedQuarter(int years_back) const {
    if (reported_quarter_.empty()) return std::nullopt;
    return fmt::format("{:04}-Q{}", ReportedYear() - years_back, reported_quarter_[6]);
  }
  // The reported quarter's number (1..4) placed in another year: "the 1988 period".
  std::optional<std::string> ReportedQuarterIn(int year) const {
    if (reported_quarter_.empty()) return std::nullopt;
    return fmt::format("{:04}-Q{}", year, reported_quarter_[6]);
  }
  int ReportedYear() const {
    int year = 0;
    for (int d = 0; d < 4; ++d) {
      year = year * 10 + (reported_quarter_[static_cast<std::size_t>(d)] - '0');
    }
    return year;
  }
  // Remembers value when it names a quarter ("1989-Q3"), for QuarterYearBefore. A quarter
  // after the anchor's is a forecast ("losses through the third quarter of 1990"), not the
  // quarter a report is about (the anchor's own may be: a fiscal fourth quarter that ended
  // in September is reported in October).
  void NoteQuarter(const std::string& value) {
    if (value.size() == 7 && value[4] == '-' && value[5] == 'Q' && value[6] >= '1' &&
        value[6] <= '4' && value[0] != 'X') {
      if (anchor_) {
        int year = (value[0] - '0') * 1000 + (value[1] - '0') * 100 + (value[2] - '0') * 10 +
                   (value[3] - '0');
        int quarter = value[6] - '0';
        if (year * 4 + quarter > anchor_->year() * 4 + (anchor_->month() - 1) / 3 + 1) return;
      }
      reported_quarter_ = value;
    }
  }

  // Whether tokens [begin, end) open a quotation and a word after the first is written in
  // title case, as names of shows and works are ("This Week", "60 Minutes"): a title, not a
  // time. Month and weekday names are capitalised anyway and do not count.
  bool QuotedTitle(std::size_t begin, std::size_t end) const {
    if (begin == 0 || !text_.Glued(begin)) return false;
    std::string_view quote = text_.Text(begin - 1);
    if (quote != "\"" && quote != "`" && quote != "'" && quote != "\u201c") return false;
    for (std::size_t k = begin + 1; k < end; ++k) {
      std::string_view word = text_.Text(k);
      if (text_.IsWord(k) && text_[k].upper && word.size() > 1 && word[1] >= 'a' &&
          word[1] <= 'z' && lexicon_.MonthAt(text_, k) == nullptr &&
          lexicon_.WeekdayAt(text_, k) == 0) {
        return true;
      }
    }
    return false;
  }

  // The first token of the modifiers TimeML keeps in the span of a date that starts at
  // token begin: "early", "late", "mid-" (month_modifier, one word) with a "the" before
  // them ("the early 1990s", "late yesterday", "mid-1996"), "the end of" and the other
  // month_modifier phrases ("the end of 1990"), "fiscal" and "the fiscal" (period_prefix:
  // "fiscal 1989"); begin when there is none or a mention ends after it. The "the" is taken
  // only before a year, decade, century or quarter (value): not "the early Monday raid".
  std::size_t ModifiedBegin(std::size_t begin, const std::string& value) const;
  // Records a mention of tokens [begin, end) (unless it is a quoted title) and returns end;
  // a DATE or TIME takes in the modifiers before it (ModifiedBegin).
  std::size_t Emit(std::size_t begin, std::size_t end, TimexType type, std::string value,
                   std::optional<Date> day, std::string window = {}) {
    if (QuotedTitle(begin, end)) return end;
    if (type == TimexType::kDate || type == TimexType::kTime) begin = ModifiedBegin(begin, value);
    TimeMention mention;
    mention.span = {text_[begin].begin, text_[end - 1].end};
    mention.type = type;
    mention.value = std::move(value);
    mention.day = day;
    mention.window = std::move(window);
    if (type == TimexType::kDate || type == TimexType::kTime) NoteReferred(mention);
    // A report that turns to its half-year or nine months ("net for the nine months rose")
    // compares those with the year before, no longer a quarter: "a year earlier" is a year.
    if (type == TimexType::kDuration && (mention.value == "P6M" || mention.value == "P9M")) {
      reported_quarter_.clear();
    }
    mentions_.push_back(std::move(mention));
    return end;
  }
  // Remembers the day, month and year a calendar value names ("1998-10-23", "1998-10",
  // "1998-Q3", "1998"), for the anaphoric time words ("later that year": ReferredValue).
  void NoteReferred(const TimeMention& mention) {
    const std::string& v = mention.value;
    auto digit = [&](std::size_t k) { return k < v.size() && v[k] >= '0' && v[k] <= '9'; };
    if (!digit(0) || !digit(1) || !digit(2) || !digit(3) || (v.size() > 4 && v[4] != '-')) {
      return;
    }
    referred_year_ = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
    referred_month_ = 0;
    if (digit(5) && digit(6) && (v.size() == 7 || v[7] == '-' || v[7] == 'T')) {
      referred_month_ = (v[5] - '0') * 10 + (v[6] - '0');
    }
    if (mention.day) referred_day_ = mention.day;
  }

  const TokenizedText& text_;
  std::optional<Date> anchor_;
  const Lexicon& lexicon_;
  std::vector<TimeMention> mentions_;
  std::string reported_quarter_;  // see QuarterYearBefore
  // The last day, month (1..12, 0 if the last value named none) and year (0: none) the text
  // named; see NoteReferred.
  std::optional<Date> referred_day_;
  int referred_month_ = 0;
  int referred_year_ = 0;
  std::size_t core_at_ = static_cast<std::size_t>(-1);
  std::optional<CoreNumber> core_;
};

}  // namespace tally::internal

#endif  // TALLY_ANALYSE_TIME_TAGGER_H_
