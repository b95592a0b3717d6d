#include "tally/timex_eval.h"

#include <string>

#include "eval/scores.h"

namespace tally {
namespace {

using internal::F1;

// The scorer counts in int; a count is never negative.
double Ratio(int num, int den) {
  return internal::Ratio(static_cast<std::size_t>(num), static_cast<std::size_t>(den));
}

bool Overlap(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

}  // namespace

TimexCounts& TimexCounts::operator+=(const TimexCounts& other) {
  gold += other.gold;
  system += other.system;
  relaxed += other.relaxed;
  strict += other.strict;
  type_correct += other.type_correct;
  value_correct += other.value_correct;
  return *this;
}

TimexCounts CountTimexMatches(const std::vector<TimexAnnotation>& gold,
                              const std::vector<TimexAnnotation>& system) {
  TimexCounts counts;
  counts.gold = static_cast<int>(gold.size());
  counts.system = static_cast<int>(system.size());
  // A sweep over both lists in text order: gold expressions that end before the current
  // system one can match no later system one either.
  std::size_t g = 0;
  for (const TimexAnnotation& sys : system) {
    while (g < gold.size() && gold[g].span.end <= sys.span.begin) ++g;
    if (g == gold.size() || !Overlap(gold[g].span, sys.span)) continue;
    const TimexAnnotation& match = gold[g];
    ++counts.relaxed;
    if (match.span.begin == sys.span.begin && match.span.end == sys.span.end) ++counts.strict;
    if (match.type == sys.type) ++counts.type_correct;
    if (match.value == sys.value) ++counts.value_correct;
    ++g;  // taken
  }
  return counts;
}

Result<TimexCounts> CountTimexMatches(std::string_view gold_timeml,
                                      std::string_view system_timeml, std::string_view name) {
  Result<TimeMLDocument> gold = ReadTimeML(gold_timeml, std::string("gold ") + std::string(name));
  if (!gold.ok()) return gold.status();
  Result<TimeMLDocument> system =
      ReadTimeML(system_timeml, std::string("system ") + std::string(name));
  if (!system.ok()) return system.status();
  if (gold->text != system->text) {
    std::size_t i = 0;
    while (i < gold->text.size() && i < system->text.size() && gold->text[i] == system->text[i]) {
      ++i;
    }
    return Status::Error(ErrorCode::kInvalidArgument,
                         std::string(name) + ": system text differs from gold text at byte " +
                             std::to_string(i) + " of <TEXT>");
  }
  return CountTimexMatches(gold->timexes, system->timexes);
}

TimexScores ScoreTimexCounts(const TimexCounts& c) {
  TimexScores s;
  s.strict_precision = Ratio(c.strict, c.system);
  s.strict_recall = Ratio(c.strict, c.gold);
  s.strict_f1 = F1(s.strict_precision, s.strict_recall);
  s.relaxed_precision = Ratio(c.relaxed, c.system);
  s.relaxed_recall = Ratio(c.relaxed, c.gold);
  s.relaxed_f1 = F1(s.relaxed_precision, s.relaxed_recall);
  s.type_accuracy = Ratio(c.type_correct, c.relaxed);
  s.value_accuracy = Ratio(c.value_correct, c.relaxed);
  s.type_f1 = Ratio(2 * c.type_correct, c.system + c.gold);
  s.value_f1 = Ratio(2 * c.value_correct, c.system + c.gold);
  return s;
}

}  // namespace tally
