// Evaluation of the number reader in the format of the NewsQuant quantity benchmark (CQE,
// Almasian et al., EMNLP 2023): a JSON array of sentences, each with its quantities
//   {"text": "...", "quantities": [{"value": "12" | "150-200", "normalized_unit": "dollar",
//                                   "change": "~", "referred_concepts": "..."}]}
// and its scorer, re-implemented rule for rule:
//   - per sentence, gold += gold quantities, tags += system quantities;
//   - for each gold quantity, the system quantities are scanned in order; values match when
//     both are single values and close (numpy.isclose: |a - b| <= 1e-8 + 1e-5 |b|) or both
//     are ranges with both ends close (a single value never matches a range);
//   - the first value match credits the gold quantity's value (once per gold quantity); when
//     the lower-cased normalised units are equal too, value+unit is credited, that system
//     quantity is taken out of further matching and the scan moves to the next gold
//     quantity; otherwise the scan goes on (the value is not credited again);
//   - precision = correct / tags, recall = correct / gold, F1 their harmonic mean, for value
//     and for value+unit, over the counts summed on all sentences.
// The system side is tally's NumberMentions (see SystemQuantities for which are quantities).
#ifndef TALLY_QUANTITY_EVAL_H_
#define TALLY_QUANTITY_EVAL_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "tally/analyse.h"
#include "tally/status.h"

namespace tally {

// One quantity as the scorer compares it.
struct ScoredQuantity {
  bool range = false;
  double lo = 0;           // the value, or the low end of a range
  double hi = 0;           // equal to lo unless range
  std::string unit;        // normalised, lower case; "-" when there is none
  std::string written;     // the text it was read from (system) or the gold value string
};

// One sentence of a gold file.
struct QuantitySentence {
  std::string text;
  std::vector<ScoredQuantity> quantities;
  std::size_t index = 0;  // 0-based position in the gold array
};

// Reads a NewsQuant-format gold file. A value is a number ("12", "-3.2", "2300000000") or a
// range "LO-HI"; "change" and "referred_concepts" are read past. Errors: kIoError when the
// file cannot be read, kParseError (naming the sentence) on malformed JSON or values.
Result<std::vector<QuantitySentence>> ReadQuantityGold(const std::string& path);

// The quantities tally reads in a sentence, in text order: the NumberMentions of kind count,
// money, percent and measure, and the proportions among kind other ("two-thirds", "a half":
// a value strictly between 0 and 1 and not whole); never years, dates, times, identifiers,
// ordinals, scores or arithmetic. A range mention (lo < hi) is the pair; a vague amount
// ("dozens", "tens of thousands") is the unit of its plural, vague lo / 2 (12, 10000), the
// figure ACLED and a reader would write for it. Units are normalised by NormalizeUnit.
std::vector<ScoredQuantity> SystemQuantities(std::string_view sentence);

// The benchmark's name of a unit as tally writes it (NumberMention::unit): the table of
// data/eval/quantity_units.tsv (case-insensitive), else a plural noun made singular
// ("survivors" -> "survivor"), else the lower-cased unit; "-" for an empty unit.
std::string NormalizeUnit(std::string_view unit);

struct QuantityCounts {
  std::size_t gold = 0;
  std::size_t system = 0;
  std::size_t value_correct = 0;
  std::size_t value_unit_correct = 0;
  QuantityCounts& operator+=(const QuantityCounts& other);
};

// The counts of one sentence under the rules above.
QuantityCounts CountQuantityMatches(const std::vector<ScoredQuantity>& gold,
                                    const std::vector<ScoredQuantity>& system);

struct QuantityScores {
  double value_precision = 0, value_recall = 0, value_f1 = 0;
  double unit_precision = 0, unit_recall = 0, unit_f1 = 0;  // value and unit
};

// The ratios of counts; 0 where a denominator is 0.
QuantityScores ScoreQuantityCounts(const QuantityCounts& counts);

struct QuantityEvalReport {
  std::size_t sentences = 0;
  QuantityCounts counts;
  QuantityScores scores;
  // One line per sentence with an error: the gold and system quantities side by side.
  std::vector<std::string> errors;
};

// Reads every gold sentence with SystemQuantities and scores it.
QuantityEvalReport EvaluateQuantities(const std::vector<QuantitySentence>& gold);

// The report for people (several lines; the errors with details) and for machines (one JSON
// object).
std::string FormatQuantityEval(const QuantityEvalReport& report, bool details);
std::string QuantityEvalJson(const QuantityEvalReport& report);

}  // namespace tally

#endif  // TALLY_QUANTITY_EVAL_H_
