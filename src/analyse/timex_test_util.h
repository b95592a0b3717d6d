// The one-line form of time expressions shared by the time tagger's table-driven tests.
#ifndef TALLY_ANALYSE_TIMEX_TEST_UTIL_H_
#define TALLY_ANALYSE_TIMEX_TEST_UTIL_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "tally/analyse.h"

namespace tally::testing {

// What the expected form shows of each mention besides "<span> = <TYPE> <value>".
enum class TimexDetail { kValueOnly, kDayAndWindow };

// One line per mention: "<span> = <TYPE> <value>[ @<day>][ window=<window>]", joined by " | ".
inline std::string DescribeTimes(std::string_view text, std::optional<Date> anchor,
                                 TimexDetail detail) {
  std::string out;
  for (const TimeMention& m : TagTimes(text, anchor)) {
    if (!out.empty()) out += " | ";
    out += fmt::format("{} = {} {}", text.substr(m.span.begin, m.span.size()),
                       TimexTypeName(m.type), m.value);
    if (detail == TimexDetail::kDayAndWindow) {
      if (m.day) out += " @" + m.day->ToIso();
      if (!m.window.empty()) out += " window=" + m.window;
    }
  }
  return out;
}

struct TimexCase {
  const char* text;
  const char* anchor;  // ISO date, or "" for none
  const char* expected;
};

inline void RunTimexCases(const std::vector<TimexCase>& cases, TimexDetail detail) {
  for (const TimexCase& c : cases) {
    std::optional<Date> anchor = Date::TryParseIso(c.anchor);
    EXPECT_EQ(DescribeTimes(c.text, anchor, detail), c.expected)
        << "text: " << c.text << " @" << c.anchor;
  }
}

}  // namespace tally::testing

#endif  // TALLY_ANALYSE_TIMEX_TEST_UTIL_H_
