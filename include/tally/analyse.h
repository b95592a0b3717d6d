// Analyse: sentences, numbers and time expressions of a cleaned text, and the document date
// inferred from the text when none was given. All offsets are bytes into the analysed text.
#ifndef TALLY_ANALYSE_H_
#define TALLY_ANALYSE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tally/date.h"

namespace tally {

struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;  // exclusive
  bool Contains(std::uint32_t offset) const { return begin <= offset && offset < end; }
  std::uint32_t size() const { return end - begin; }
};

// How the text qualifies a number. Names as in JSON output: exact, about, nearly, at_least,
// more_than, at_most, vague, range.
enum class Approx { kExact, kAbout, kNearly, kAtLeast, kMoreThan, kAtMost, kVague, kRange };
const char* ApproxName(Approx approx);
std::optional<Approx> TryParseApprox(std::string_view name);

// What a number counts. Names as in JSON output: count, money, percent, ordinal, measure,
// year, date, time, identifier, other.
enum class NumberKind {
  kCount, kMoney, kPercent, kOrdinal, kMeasure, kYear, kDate, kTime, kIdentifier, kOther
};
const char* NumberKindName(NumberKind kind);

struct NumberMention {
  Span span;        // the whole expression, qualifier included ("nearly 8,000")
  Span value_span;  // the number itself ("8,000")
  double lo = 0;    // interval of values the text allows
  double hi = 0;
  double value = 0;  // the number as written (8000 for "nearly 8,000"; 0 for vague words)
  Approx approx = Approx::kExact;
  NumberKind kind = NumberKind::kCount;
  std::string unit;  // as written after or before the number ("people", "$"), or empty
};

enum class TimexType { kDate, kTime, kDuration, kSet };
const char* TimexTypeName(TimexType type);  // "DATE", "TIME", "DURATION", "SET"

struct TimeMention {
  Span span;
  TimexType type = TimexType::kDate;
  // TIMEX3 value: "2022-01-09", "2022-W01", "P1D", "XXXX-XX-XX"...
  std::string value;
  // The calendar day the expression points at, when it points at exactly one.
  std::optional<Date> day;
  // For DURATION expressions that end at the anchor ("in the past 24 hours"): its length in
  // ISO 8601 ("PT24H"); empty otherwise.
  std::string window;
};

struct Sentence {
  Span span;  // trimmed of surrounding white space
};

struct Analysis {
  std::vector<Sentence> sentences;     // in text order, non-overlapping
  std::vector<NumberMention> numbers;  // in text order, non-overlapping
  std::vector<TimeMention> times;      // in text order, non-overlapping
  std::optional<Date> anchor;          // the date relative expressions were resolved against
};

// Sentences of text: ICU sentence boundaries, also broken at every line break (scraped text
// keeps one paragraph, caption or headline per line). Thread-safe.
std::vector<Sentence> SplitSentences(std::string_view text);

// Every number of text with its qualifier and kind. Thread-safe; linear in text size.
std::vector<NumberMention> ReadNumbers(std::string_view text);

// Every time expression of text, resolved against anchor (the document date) when given.
// Without an anchor, expressions that need one keep a value with X placeholders and no day.
std::vector<TimeMention> TagTimes(std::string_view text, std::optional<Date> anchor);

// The publication date the text supports: a dateline or caption with a full date, then a
// weekday with a month and day ("Saturday January 22" fixes the year: the latest such year
// not after the current one and not before any year the text names), then the latest
// month-day the text names in year_hint (the year of the story the document belongs to).
// nullopt when nothing fixes a year.
std::optional<Date> InferDocumentDate(std::string_view text,
                                      std::optional<int> year_hint = std::nullopt);

struct AnalyseOptions {
  std::optional<Date> published;  // the given publication date; when set, it is the anchor
  std::optional<int> year_hint;   // passed to InferDocumentDate when published is unset
};

// Runs all of the above: the anchor is options.published when given, else the inferred date.
Analysis Analyse(std::string_view text, const AnalyseOptions& options);

}  // namespace tally

#endif  // TALLY_ANALYSE_H_
