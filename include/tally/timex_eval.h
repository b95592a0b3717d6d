// The TempEval-3 Task A scorer of time expressions (UzZaman et al., SemEval-2013 Task 1):
// system TIMEX3 annotations against gold ones over the same text.
//   relaxed match: the two expressions share at least one byte of text (TempEval-3: one
//                  token; the spans of both sides start and end at token boundaries);
//   strict match:  the same begin and end;
//   type, value:   compared as exact strings on relaxed matches;
//   value F1:      2 x (matches with the right value) / (system + gold expressions).
// Counts are summed over documents before the ratios are taken.
#ifndef TALLY_TIMEX_EVAL_H_
#define TALLY_TIMEX_EVAL_H_

#include <string_view>
#include <vector>

#include "tally/status.h"
#include "tally/timeml.h"

namespace tally {

struct TimexCounts {
  int gold = 0;           // gold expressions
  int system = 0;         // system expressions
  int relaxed = 0;        // one-to-one pairs sharing text
  int strict = 0;         // pairs with the same span
  int type_correct = 0;   // pairs with the same type
  int value_correct = 0;  // pairs with the same value
  TimexCounts& operator+=(const TimexCounts& other);
};

struct TimexScores {
  double strict_precision = 0, strict_recall = 0, strict_f1 = 0;
  double relaxed_precision = 0, relaxed_recall = 0, relaxed_f1 = 0;
  double type_accuracy = 0;   // type_correct / relaxed
  double value_accuracy = 0;  // value_correct / relaxed
  double type_f1 = 0;         // 2 type_correct / (system + gold)
  double value_f1 = 0;        // 2 value_correct / (system + gold)
};

// Counts of one document. Each system expression is paired with the first gold one it
// overlaps that no earlier system expression took. Both lists must be in text order.
TimexCounts CountTimexMatches(const std::vector<TimexAnnotation>& gold,
                              const std::vector<TimexAnnotation>& system);

// Counts of one document given as gold and system TimeML. Fails when either does not parse
// or when their texts differ (kInvalidArgument naming the first differing byte).
Result<TimexCounts> CountTimexMatches(std::string_view gold_timeml,
                                      std::string_view system_timeml, std::string_view name);

// The ratios of counts; 0 where a denominator is 0.
TimexScores ScoreTimexCounts(const TimexCounts& counts);

}  // namespace tally

#endif  // TALLY_TIMEX_EVAL_H_
