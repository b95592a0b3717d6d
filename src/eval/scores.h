// Precision, recall and F1 as every scorer in src/eval computes them.
#ifndef TALLY_EVAL_SCORES_H_
#define TALLY_EVAL_SCORES_H_

#include <cstddef>

namespace tally::internal {

// num / den, or 0 when den is 0 (precision with no system answer, recall with no gold).
inline double Ratio(std::size_t num, std::size_t den) {
  return den == 0 ? 0.0 : static_cast<double>(num) / static_cast<double>(den);
}

// The harmonic mean of precision p and recall r; 0 when both are 0.
inline double F1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

}  // namespace tally::internal

#endif  // TALLY_EVAL_SCORES_H_
