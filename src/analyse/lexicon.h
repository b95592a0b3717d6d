// The linguistic knowledge of the analyse stage, loaded once from data/analyse/*.tsv (see the
// header of each file for its format and the reasons behind its entries).
#ifndef TALLY_ANALYSE_LEXICON_H_
#define TALLY_ANALYSE_LEXICON_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/phrase_table.h"
#include "analyse/tokenizer.h"
#include "tally/analyse.h"

namespace tally::internal {

enum class WordClass { kUnit, kTeen, kTens, kHundred, kScale, kDozen, kArticle, kHalf, kAnd };

struct NumberWord {
  double value = 0;
  WordClass word_class = WordClass::kUnit;
  bool ordinal = false;
};

struct Scale {
  double multiplier = 1;
  bool glued_only = false;  // "19m" but not "19 m"
};

struct VagueAmount {
  double lo = 0;
  double hi = 0;
  std::string next;  // a word that must follow ("scores of"), or empty
};

enum class CurrencyPosition { kBefore, kAfter, kEither };

// kAny: glued, spaced or hyphenated after the number; kGlued: only glued ("24h").
enum class UnitAttach { kAny, kGlued };

// Granularity of a unit of time, as TIMEX3 durations and "ago" expressions use it.
enum class TimeUnit { kNone, kSecond, kMinute, kHour, kDay, kWeek, kMonth, kYear, kDecade,
                      kCentury };

struct Unit {
  std::string unit_class;  // "percent", "length", "time", "age", ...
  UnitAttach attach = UnitAttach::kAny;
  TimeUnit time_unit = TimeUnit::kNone;
  bool percent() const { return unit_class == "percent"; }
};

// A fraction word (fractions.tsv): "thirds" has denominator 3 and is plural.
struct Fraction {
  double denominator = 1;
  bool plural = false;
};

struct Month {
  int number = 0;
  bool abbreviation = false;
};

// A fixed time expression (time_words.tsv).
struct TimeWord {
  TimexType type = TimexType::kDate;
  // "day", "week", "weekend", "month", "quarter", "q1".."q4", "year", "period", "ref_day",
  // "ref_month", "ref_year" (see time_words.tsv); empty for a literal
  std::string granularity;
  int offset = 0;
  std::string literal;  // the value when granularity is empty ("PRESENT_REF")
  std::string suffix;   // appended to the value ("TNI", "T12:00")
  bool cued = false;    // read only after a year or duration cue ("for the year")
};

// A holiday (holidays.tsv): a fixed day (weekday == 0), the nth weekday of a month counted
// from day `day` (nth == -1: the last), or a day relative to Easter Sunday (easter).
struct Holiday {
  int month = 0;
  int day = 1;
  int weekday = 0;  // 1..7 (ISO) for a weekday rule
  int nth = 0;
  bool easter = false;
  int easter_offset = 0;
  bool lower_case = false;  // also read written in lower case ("memorial day")
  bool alone = false;       // read only before a mark or "and"/"or" ("New Year's")
};

// Roles of context_words.tsv; the names there are these in snake_case.
enum class Role {
  kOnePronounBefore, kOnePronounAfter, kOrdinalSuffix, kDecadeSuffix, kClockAm, kClockPm,
  kClockOclock, kMathOperator, kRangeTo, kRangeAnd, kRangeBlocker, kHyphenPrefix, kCountNoun,
  kNotUnit, kYearCue, kMonthModifier, kWeekdayLast, kWeekdayNext, kWeekdayThis, kWindowStart,
  kAgo, kVagueQuantity, kDurationCue, kFutureCue, kConditionalCue, kPeriodStartCue,
  kArticleThe, kOf, kTimeZone, kPeriodEnd, kCoupleQuantity, kDurationQualifier, kRateAfter,
  kRateBlocker, kDeadlineCue, kReportPeriod, kPastPerfect, kNameTitle, kWeekdayPrevious, kWeekOf, kEvery,
  kAmbiguousMonth, kUnitModifier, kUnitKind, kWeekdayDeadline, kDeadlineGrant, kDeadlineBlocker,
  kConditionalPast, kFutureModal, kFromNow, kUnitSequence, kAnother, kMonthAhead, kPossessive,
  kMonthNoun, kElectionNoun, kMonthCue, kFigurativeTime, kFigurativeCue,
  kWindowAhead, kSpanQualifier, kPeriodOrdinal, kPeriodPrefix, kApproxAfter, kModalBefore,
  kTimeName, kPastVerb, kProgressiveBe, kProgressiveBlocker,
  kDesignator,  // number_context.tsv: "Article 5", "Flight 370" name a thing, not a count
  kFractionAfter,  // number_context.tsv: "by a fifth since": a fraction ends before these
  kRangeOpener,    // number_context.tsv: "ranging from 25 to 60" is a range after all
  kUnitBefore,     // number_context.tsv: "magnitude 7.8": a unit written before the number
  kAgeBefore,      // number_context.tsv: "aged between 40 and 75": an age in years
  kPeriodOver,     // number_context.tsv: "fell 3.4% over seven days": a period, not "more than"
  kAddressAfter,   // number_context.tsv: "1460 W. 78th St.", "the 7600 block of Main": an address
  kOneIdiom,       // number_context.tsv: "at one point", "one by one": the "one" counts nothing
  kPeriodVerb,     // number_context.tsv: "averaged over seven days": "over" after it is a period
  kPhoneVerb,      // number_context.tsv: "call 112": the number after is a telephone number
  kCountModifier,  // number_context.tsv: "two new factories": an adjective outside the unit
  kCountStop,      // number_context.tsv: "12 in hospitals": a word that ends a counted phrase
  kNumberAdjective,  // number_context.tsv: "a one-off payment": number and word are an adjective
  kCollectiveNoun,   // number_context.tsv: "40 police officers": a count noun that modifies
  kSingularInS,      // number_context.tsv: "news", "politics": a final "s" that is no plural
  kCount  // number of roles
};

// Interval factors of a qualifier (qualifiers.tsv "@interval" rows): [lo * N, hi * N].
struct IntervalRule {
  double lo = 1;
  double hi = 1;
};

class Lexicon {
 public:
  // Builds the lexicon from the data files. Malformed rows (possible in user-supplied copies
  // under $TALLY_DATA_DIR) are skipped.
  Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // Matchers at token i of text: the entry and the index of the token after it, or nullopt.
  // Number words, months and weekdays are single tokens; the others may be phrases.
  const NumberWord* NumberWordAt(const TokenizedText& text, std::size_t i) const;
  std::optional<PhraseTable::Match> ScaleAt(const TokenizedText& text, std::size_t i) const {
    return scales_.Longest(text, i);
  }
  std::optional<PhraseTable::Match> QualifierAt(const TokenizedText& text,
                                                std::size_t i) const {
    return qualifiers_.Longest(text, i);
  }
  // A qualifier written after the number ("or more"); its id is one of qualifier(id).
  std::optional<PhraseTable::Match> QualifierAfterAt(const TokenizedText& text,
                                                     std::size_t i) const {
    return qualifiers_after_.Longest(text, i);
  }
  // A sign before a number: "minus", "negative", or a minus character (number_words.tsv,
  // class sign). The caller decides whether a hyphen is a sign or a connector.
  std::optional<PhraseTable::Match> SignAt(const TokenizedText& text, std::size_t i) const {
    return signs_.Longest(text, i);
  }
  // False when token i starts no sign (a filter for the number reader's hot path).
  bool MayStartSign(const TokenizedText& text, std::size_t i) const {
    return i < text.size() && signs_.MayStartAt(text[i].key);
  }
  // The value of the fraction glyph at token i ("½" -> 0.5; fraction_glyphs.tsv), or nullopt.
  std::optional<double> FractionGlyphAt(const TokenizedText& text, std::size_t i) const {
    std::optional<PhraseTable::Match> match = fraction_glyphs_.Longest(text, i);
    if (!match || match->end != i + 1) return std::nullopt;
    return fraction_glyph_info_[static_cast<std::size_t>(match->id)];
  }
  std::optional<PhraseTable::Match> VagueAt(const TokenizedText& text, std::size_t i) const {
    return vague_.Longest(text, i);
  }
  std::optional<PhraseTable::Match> CurrencyAt(const TokenizedText& text,
                                               std::size_t i) const {
    return currencies_.Longest(text, i);
  }
  std::optional<PhraseTable::Match> UnitAt(const TokenizedText& text, std::size_t i) const {
    return units_.Longest(text, i);
  }
  // False when no number mention can start at the word or punctuation token i: it starts no
  // qualifier, currency written before an amount, number word, vague amount, sign word
  // ("minus"), singular fraction word ("quarter") or fraction glyph ("½"). Digits tokens are not covered (callers test them
  // first). A filter for the number reader's scan.
  bool MayStartNumber(const TokenizedText& text, std::size_t i) const {
    return number_starts_.MayStartAt(text[i].key);
  }
  // False when no time expression can start at token i (TimeTagger's scan filter): the token
  // is not digits and starts no month, weekday, part of the day, time word, number word,
  // vague amount, unit of time ("for weeks"), or a word of the roles that open time
  // expressions (last/next/this, "the", month modifiers, window starts). Derived from the
  // data files, so it follows them.
  bool MayStartTime(const TokenizedText& text, std::size_t i) const {
    return text.IsDigits(i) || time_starts_.MayStartAt(text[i].key);
  }
  // The fraction word of the single token i ("thirds"), or nullptr.
  const Fraction* FractionAt(const TokenizedText& text, std::size_t i) const;
  // Month and weekday names must be capitalised in the text.
  const Month* MonthAt(const TokenizedText& text, std::size_t i) const;
  int WeekdayAt(const TokenizedText& text, std::size_t i) const;  // 1..7, 0 if none
  // A weekday in the plural ("on Wednesdays"): its number 1..7, 0 if none.
  int PluralWeekdayAt(const TokenizedText& text, std::size_t i) const;
  const std::string* DayPartAt(const TokenizedText& text, std::size_t i) const;
  // Token i is the word "the" (a key comparison first: cheaper than a phrase lookup).
  bool IsThe(const TokenizedText& text, std::size_t i) const {
    return i < text.size() && text[i].key == the_key_ && EqualsThe(text.Text(i));
  }
  // Phrases that open with "the" ("the same day", "the year") are kept without it in a
  // table of their own: "the" is among the commonest tokens, and one table holding them all
  // would compare each of them at every "the" of the text.
  std::optional<PhraseTable::Match> TimeWordAt(const TokenizedText& text,
                                               std::size_t i) const {
    if (IsThe(text, i)) {
      if (!text.SameLine(i + 1) || text.Glued(i + 1)) return std::nullopt;
      return time_words_after_the_.Longest(text, i + 1);
    }
    return time_words_.Longest(text, i);
  }
  // A holiday name whose first token is capitalised ("Thanksgiving Day"), or one that
  // holidays.tsv marks as readable in lower case ("memorial day").
  std::optional<PhraseTable::Match> HolidayAt(const TokenizedText& text, std::size_t i) const {
    std::optional<PhraseTable::Match> match = holidays_.Longest(text, i);
    if (match && !text[i].upper && !holiday(match->id).lower_case) return std::nullopt;
    return match;
  }
  std::optional<PhraseTable::Match> RoleAt(Role role, const TokenizedText& text,
                                           std::size_t i) const {
    return roles_[static_cast<std::size_t>(role)].Longest(text, i);
  }
  bool Is(Role role, const TokenizedText& text, std::size_t i) const {
    return RoleAt(role, text, i).has_value();
  }

  // Payloads by the id of a match.
  const Scale& scale(int id) const { return scale_info_[static_cast<std::size_t>(id)]; }
  Approx qualifier(int id) const { return qualifier_info_[static_cast<std::size_t>(id)]; }
  const VagueAmount& vague(int id) const { return vague_info_[static_cast<std::size_t>(id)]; }
  CurrencyPosition currency(int id) const {
    return currency_info_[static_cast<std::size_t>(id)];
  }
  const Unit& unit(int id) const { return unit_info_[static_cast<std::size_t>(id)]; }
  const Holiday& holiday(int id) const { return holiday_info_[static_cast<std::size_t>(id)]; }
  const TimeWord& time_word(int id) const {
    return time_word_info_[static_cast<std::size_t>(id)];
  }
  // The interval rule of approx (exact, about, nearly, at_least, more_than, at_most).
  IntervalRule interval(Approx approx) const {
    return intervals_[static_cast<std::size_t>(approx)];
  }

 private:
  PhraseTable number_words_, scales_, qualifiers_, vague_, currencies_, units_, months_,
      weekdays_, weekday_plurals_, day_parts_, time_words_, fractions_, holidays_;
  PhraseTable time_words_after_the_;  // see TimeWordAt
  PhraseTable qualifiers_after_, signs_, fraction_glyphs_;
  std::uint32_t the_key_ = TokenKey("the");
  static bool EqualsThe(std::string_view word) {
    return word.size() == 3 && (word[0] | 0x20) == 't' && (word[1] | 0x20) == 'h' &&
           (word[2] | 0x20) == 'e';
  }
  PhraseTable number_starts_;  // the phrases of number_words_, qualifiers_, vague_, currencies_
  PhraseTable time_starts_;    // see MayStartTime
  std::array<PhraseTable, static_cast<std::size_t>(Role::kCount)> roles_;
  std::vector<NumberWord> number_word_info_;
  std::vector<Scale> scale_info_;
  std::vector<Approx> qualifier_info_;
  std::vector<VagueAmount> vague_info_;
  std::vector<CurrencyPosition> currency_info_;
  std::vector<Unit> unit_info_;
  std::vector<Month> month_info_;
  std::vector<int> weekday_info_;
  std::vector<std::string> day_part_info_;
  std::vector<TimeWord> time_word_info_;
  std::vector<Holiday> holiday_info_;
  std::vector<Fraction> fraction_info_;
  std::vector<double> fraction_glyph_info_;
  std::array<IntervalRule, 8> intervals_{};
};

// The lexicon, built on first use. Thread-safe; lives for the whole program.
const Lexicon& GetLexicon();

}  // namespace tally::internal

#endif  // TALLY_ANALYSE_LEXICON_H_
