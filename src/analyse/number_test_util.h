// The one-line form of number mentions shared by the number reader's table-driven tests.
#ifndef TALLY_ANALYSE_NUMBER_TEST_UTIL_H_
#define TALLY_ANALYSE_NUMBER_TEST_UTIL_H_

#include <cmath>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "tally/analyse.h"

namespace tally::testing {

// A value as the expected forms write it: whole numbers without decimals, others with at most
// four, "inf" / "-inf" for unbounded ends.
inline std::string FormatNumberValue(double v) {
  if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
  double r = std::round(v);
  if (std::fabs(v - r) < 1e-6) return fmt::format("{}", static_cast<long long>(r));
  std::string s = fmt::format("{:.4f}", v);
  while (s.back() == '0') s.pop_back();
  return s;
}

// One line per mention: "<span> = <approx> <value> [<lo>,<hi>] <kind>[ <unit>]", joined by
// " | ".
inline std::string DescribeNumbers(std::string_view text) {
  std::string out;
  for (const NumberMention& m : ReadNumbers(text)) {
    if (!out.empty()) out += " | ";
    out += fmt::format("{} = {} {} [{},{}] {}", text.substr(m.span.begin, m.span.size()),
                       ApproxName(m.approx), FormatNumberValue(m.value),
                       FormatNumberValue(m.lo), FormatNumberValue(m.hi), NumberKindName(m.kind));
    if (!m.unit.empty()) out += fmt::format(" {}", m.unit);
  }
  return out;
}

}  // namespace tally::testing

#endif  // TALLY_ANALYSE_NUMBER_TEST_UTIL_H_
