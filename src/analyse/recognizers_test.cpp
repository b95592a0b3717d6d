// Driver for the English Number and DateTime model test files of Microsoft Recognizers-Text
// (../shared/corpus/recognizers-text; see its SOURCE.md). Each case's input is read by our
// readers and compared with the expected results under the mapping below; pass rates per file
// are printed, and each file asserts only a floor a little under the rate measured when the
// driver was written, so that regressions show. Skips when ../shared is absent.
//
// Mapping (a case passes when every expected result is matched; a case expecting nothing
// passes when we report nothing of the compared kind):
//   NumberModel       a mention of ours whose value span overlaps the expected span and whose
//                     value equals the expected value (1e-6 relative). Kinds identifier,
//                     date, time and year do not count as numbers for us, by design.
//   OrdinalModel      as NumberModel, restricted to our ordinal mentions.
//   PercentModel      as NumberModel, restricted to our percent mentions ("100%" -> 100).
//   NumberRangeModel  a mention overlapping the span whose [lo, hi] has the expected finite
//                     ends; an open end ("(5,)") matches our infinite hi or our lo = 0;
//                     whether an end is open or closed is not compared (we keep "more than 5"
//                     as [5, inf) with approx more_than).
//   DateTimeModel     a time mention overlapping the span whose TIMEX3 value equals one of the
//                     expected "timex" values, with the case's ReferenceDateTime as anchor
//                     (2016-11-07 when absent).
// Offsets in the files are character offsets with an inclusive end; ours are bytes, converted.
// With TALLY_RECOGNIZERS_FAILURES=1 in the environment, each failing Number case is printed
// with the expected results and our mentions, for sorting failures into classes.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <simdjson.h>

#include "tally/analyse.h"

// Floors: a little under the pass rates measured (BENCHMARKS.md); the Number floors were
// raised after the number reader's round of general fixes (Number 110/235, Ordinal 21/54,
// Percent 13/20, NumberRange 53/87).
constexpr double kFloorNumber = 45.0;
constexpr double kFloorOrdinal = 37.0;
constexpr double kFloorPercent = 60.0;
constexpr double kFloorRange = 58.0;
constexpr double kFloorDateTime = 12.0;

namespace tally {
namespace {

const std::filesystem::path kSuite =
    std::filesystem::path(TALLY_SOURCE_DIR) / ".." / "shared" / "corpus" / "recognizers-text";

struct Expected {
  std::size_t start = 0;  // characters, inclusive end
  std::size_t end = 0;
  std::string value;                // Resolution.value
  std::vector<std::string> timexes;  // Resolution.values[*].timex
};

struct Case {
  std::string input;
  std::optional<Date> reference;
  std::vector<Expected> expected;
};

std::string_view StripBom(std::string_view s) {
  return s.substr(0, 3) == "\xEF\xBB\xBF" ? s.substr(3) : s;
}

std::vector<Case> LoadCases(const std::filesystem::path& path) {
  std::vector<Case> cases;
  simdjson::padded_string json;
  if (simdjson::padded_string::load(path.string()).get(json) != simdjson::SUCCESS) return cases;
  std::string_view text = StripBom(std::string_view(json.data(), json.size()));
  simdjson::dom::parser parser;
  simdjson::dom::array items;
  if (parser.parse(text.data(), text.size()).get(items) != simdjson::SUCCESS) return cases;
  for (simdjson::dom::element item : items) {
    Case c;
    std::string_view input;
    if (item["Input"].get(input) != simdjson::SUCCESS) continue;
    c.input = std::string(input);
    std::string_view reference;
    if (item.at_pointer("/Context/ReferenceDateTime").get(reference) == simdjson::SUCCESS) {
      c.reference = Date::TryParseIso(reference);
    }
    simdjson::dom::array results;
    if (item["Results"].get(results) == simdjson::SUCCESS) {
      for (simdjson::dom::element r : results) {
        Expected e;
        int64_t start = 0, end = 0;
        if (r["Start"].get(start) != simdjson::SUCCESS || r["End"].get(end) != simdjson::SUCCESS) {
          continue;
        }
        e.start = static_cast<std::size_t>(start);
        e.end = static_cast<std::size_t>(end);
        std::string_view value;
        if (r.at_pointer("/Resolution/value").get(value) == simdjson::SUCCESS) {
          e.value = std::string(value);
        }
        simdjson::dom::array values;
        if (r.at_pointer("/Resolution/values").get(values) == simdjson::SUCCESS) {
          for (simdjson::dom::element v : values) {
            std::string_view timex;
            if (v["timex"].get(timex) == simdjson::SUCCESS) e.timexes.emplace_back(timex);
          }
        }
        c.expected.push_back(std::move(e));
      }
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

// Character index of byte offset in text (UTF-8 lead bytes before it).
std::size_t CharIndex(std::string_view text, std::size_t byte) {
  std::size_t chars = 0;
  for (std::size_t k = 0; k < byte && k < text.size(); ++k) {
    if ((static_cast<unsigned char>(text[k]) & 0xC0) != 0x80) ++chars;
  }
  return chars;
}

bool Overlaps(std::string_view text, Span span, const Expected& e) {
  std::size_t begin = CharIndex(text, span.begin);
  std::size_t end = CharIndex(text, span.end);  // exclusive
  return begin <= e.end && e.start < end;
}

bool SameValue(double ours, std::string_view expected) {
  std::string s(expected);
  if (!s.empty() && s.back() == '%') s.pop_back();
  char* end = nullptr;
  double value = std::strtod(s.c_str(), &end);
  if (s.empty() || end != s.c_str() + s.size()) return false;
  return std::fabs(ours - value) <= 1e-6 * std::max(1.0, std::fabs(value));
}

bool IsNumberKind(NumberKind kind) {
  return kind == NumberKind::kCount || kind == NumberKind::kMoney ||
         kind == NumberKind::kPercent || kind == NumberKind::kMeasure ||
         kind == NumberKind::kOrdinal || kind == NumberKind::kOther;
}

// "[-10,15)", "(5,)": the finite ends must equal ours; an open empty end matches ours unbounded.
bool SameRange(const NumberMention& m, std::string_view expected) {
  if (expected.size() < 3) return false;
  std::string_view inner = expected.substr(1, expected.size() - 2);
  std::size_t comma = inner.find(',');
  if (comma == std::string_view::npos) return false;
  std::string_view lo = inner.substr(0, comma), hi = inner.substr(comma + 1);
  bool lo_ok = lo.empty() ? m.lo == 0 || std::isinf(m.lo) : SameValue(m.lo, lo);
  bool hi_ok = hi.empty() ? std::isinf(m.hi) : SameValue(m.hi, hi);
  return lo_ok && hi_ok;
}

using NumberMatcher = std::function<bool(const NumberMention&, const Expected&)>;

bool ListFailures() {
  const char* flag = std::getenv("TALLY_RECOGNIZERS_FAILURES");
  return flag != nullptr && std::string_view(flag) == "1";
}

void PrintFailure(const std::string& file, const Case& c,
                  const std::vector<NumberMention>& mentions) {
  std::printf("FAIL %s: %s\n", file.c_str(), c.input.c_str());
  for (const Expected& e : c.expected) {
    std::printf("  expected [%zu,%zu] %s\n", e.start, e.end, e.value.c_str());
  }
  if (c.expected.empty()) std::printf("  expected nothing\n");
  for (const NumberMention& m : mentions) {
    std::printf("  ours \"%s\" %s value=%g lo=%g hi=%g approx=%s unit=\"%s\"\n",
                c.input.substr(m.span.begin, m.span.size()).c_str(), NumberKindName(m.kind),
                m.value, m.lo, m.hi, ApproxName(m.approx), m.unit.c_str());
  }
}

double NumberPassRate(const std::string& file, const std::function<bool(NumberKind)>& compared,
                      const NumberMatcher& matches) {
  std::vector<Case> cases = LoadCases(kSuite / "Number" / file);
  if (cases.empty()) return -1;
  const bool list_failures = ListFailures();
  int passed = 0;
  for (const Case& c : cases) {
    std::vector<NumberMention> mentions = ReadNumbers(c.input);
    bool ok = true;
    if (c.expected.empty()) {
      for (const NumberMention& m : mentions) ok = ok && !compared(m.kind);
    }
    for (const Expected& e : c.expected) {
      bool found = false;
      for (const NumberMention& m : mentions) {
        found = found || (compared(m.kind) && Overlaps(c.input, m.value_span, e) && matches(m, e));
      }
      ok = ok && found;
    }
    passed += ok;
    if (!ok && list_failures) PrintFailure(file, c, mentions);
  }
  double rate = 100.0 * passed / static_cast<double>(cases.size());
  std::printf("recognizers-text Number/%s: %d/%zu cases pass (%.1f%%)\n", file.c_str(), passed,
              cases.size(), rate);
  return rate;
}

class RecognizersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kSuite / "Number")) {
      GTEST_SKIP() << "recognizers-text suite not found at " << kSuite;
    }
  }
};

TEST_F(RecognizersTest, NumberModel) {
  double rate = NumberPassRate("NumberModel.json", IsNumberKind,
                               [](const NumberMention& m, const Expected& e) {
                                 return SameValue(m.value, e.value);
                               });
  EXPECT_GE(rate, kFloorNumber);
}

TEST_F(RecognizersTest, OrdinalModel) {
  double rate = NumberPassRate(
      "OrdinalModel.json", [](NumberKind k) { return k == NumberKind::kOrdinal; },
      [](const NumberMention& m, const Expected& e) { return SameValue(m.value, e.value); });
  EXPECT_GE(rate, kFloorOrdinal);
}

TEST_F(RecognizersTest, PercentModel) {
  double rate = NumberPassRate(
      "PercentModel.json", [](NumberKind k) { return k == NumberKind::kPercent; },
      [](const NumberMention& m, const Expected& e) { return SameValue(m.value, e.value); });
  EXPECT_GE(rate, kFloorPercent);
}

TEST_F(RecognizersTest, NumberRangeModel) {
  double rate = NumberPassRate("NumberRangeModel.json", IsNumberKind,
                               [](const NumberMention& m, const Expected& e) {
                                 return SameRange(m, e.value);
                               });
  EXPECT_GE(rate, kFloorRange);
}

TEST_F(RecognizersTest, DateTimeModel) {
  std::vector<Case> cases = LoadCases(kSuite / "DateTime" / "DateTimeModel.json");
  ASSERT_FALSE(cases.empty());
  const Date kDefaultReference = *Date::FromYmd(2016, 11, 7);
  int passed = 0;
  for (const Case& c : cases) {
    std::vector<TimeMention> times = TagTimes(c.input, c.reference.value_or(kDefaultReference));
    bool ok = c.expected.empty() ? times.empty() : true;
    for (const Expected& e : c.expected) {
      bool found = false;
      for (const TimeMention& t : times) {
        if (!Overlaps(c.input, t.span, e)) continue;
        for (const std::string& timex : e.timexes) found = found || t.value == timex;
      }
      ok = ok && found;
    }
    passed += ok;
  }
  double rate = 100.0 * passed / static_cast<double>(cases.size());
  std::printf("recognizers-text DateTime/DateTimeModel.json: %d/%zu cases pass (%.1f%%)\n",
              passed, cases.size(), rate);
  EXPECT_GE(rate, kFloorDateTime);
}

}  // namespace
}  // namespace tally
