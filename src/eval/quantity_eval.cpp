// The NewsQuant (CQE) scorer: see tally/quantity_eval.h for the rules it re-implements.
#include "tally/quantity_eval.h"

#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "common/json_writer.h"
#include "eval/scores.h"

namespace tally {
namespace {

using internal::F1;
using internal::Ratio;

// numpy.isclose(a, b) with its defaults: |a - b| <= atol + rtol * |b|.
bool Close(double a, double b) { return std::fabs(a - b) <= 1e-8 + 1e-5 * std::fabs(b); }

bool ValuesMatch(const ScoredQuantity& gold, const ScoredQuantity& system) {
  if (gold.range != system.range) return false;
  if (!gold.range) return Close(system.lo, gold.lo);
  return Close(system.lo, gold.lo) && Close(system.hi, gold.hi);
}

std::string Describe(const std::vector<ScoredQuantity>& quantities) {
  std::string out;
  for (const ScoredQuantity& q : quantities) {
    if (!out.empty()) out += ", ";
    out += q.range ? fmt::format("{}-{}", q.lo, q.hi) : fmt::format("{}", q.lo);
    out += " " + q.unit;
    if (!q.written.empty()) out += " (" + q.written + ")";
  }
  return out.empty() ? "-" : out;
}

}  // namespace

QuantityCounts& QuantityCounts::operator+=(const QuantityCounts& other) {
  gold += other.gold;
  system += other.system;
  value_correct += other.value_correct;
  value_unit_correct += other.value_unit_correct;
  return *this;
}

QuantityCounts CountQuantityMatches(const std::vector<ScoredQuantity>& gold,
                                    const std::vector<ScoredQuantity>& system) {
  QuantityCounts counts;
  counts.gold = gold.size();
  counts.system = system.size();
  std::vector<bool> taken(system.size(), false);
  for (const ScoredQuantity& g : gold) {
    bool value_credited = false;
    for (std::size_t s = 0; s < system.size(); ++s) {
      if (taken[s] || !ValuesMatch(g, system[s])) continue;
      if (!value_credited) {
        ++counts.value_correct;
        value_credited = true;
      }
      if (g.unit == system[s].unit) {
        ++counts.value_unit_correct;
        taken[s] = true;
        break;
      }
    }
  }
  return counts;
}

QuantityScores ScoreQuantityCounts(const QuantityCounts& c) {
  QuantityScores s;
  s.value_precision = Ratio(c.value_correct, c.system);
  s.value_recall = Ratio(c.value_correct, c.gold);
  s.value_f1 = F1(s.value_precision, s.value_recall);
  s.unit_precision = Ratio(c.value_unit_correct, c.system);
  s.unit_recall = Ratio(c.value_unit_correct, c.gold);
  s.unit_f1 = F1(s.unit_precision, s.unit_recall);
  return s;
}

QuantityEvalReport EvaluateQuantities(const std::vector<QuantitySentence>& gold) {
  QuantityEvalReport report;
  for (const QuantitySentence& sentence : gold) {
    std::vector<ScoredQuantity> system = SystemQuantities(sentence.text);
    QuantityCounts counts = CountQuantityMatches(sentence.quantities, system);
    report.counts += counts;
    ++report.sentences;
    bool perfect = counts.value_unit_correct == counts.gold && counts.gold == counts.system;
    if (!perfect) {
      report.errors.push_back(fmt::format("#{} {}\n  gold:  {}\n  tally: {}", sentence.index,
                                          sentence.text, Describe(sentence.quantities),
                                          Describe(system)));
    }
  }
  report.scores = ScoreQuantityCounts(report.counts);
  return report;
}

std::string FormatQuantityEval(const QuantityEvalReport& report, bool details) {
  const QuantityCounts& c = report.counts;
  const QuantityScores& s = report.scores;
  auto pct = [](double x) { return 100 * x; };
  std::string out = fmt::format("sentences {}  gold {}  system {}\n", report.sentences, c.gold,
                                c.system);
  out += "              precision  recall     F1\n";
  out += fmt::format("value         {:9.2f}  {:6.2f}  {:5.2f}   ({} correct)\n",
                     pct(s.value_precision), pct(s.value_recall), pct(s.value_f1),
                     c.value_correct);
  out += fmt::format("value+unit    {:9.2f}  {:6.2f}  {:5.2f}   ({} correct)\n",
                     pct(s.unit_precision), pct(s.unit_recall), pct(s.unit_f1),
                     c.value_unit_correct);
  if (details) {
    for (const std::string& line : report.errors) out += line + "\n";
  }
  return out;
}

std::string QuantityEvalJson(const QuantityEvalReport& report) {
  const QuantityCounts& c = report.counts;
  const QuantityScores& s = report.scores;
  internal::JsonWriter json;
  json.BeginObject();
  json.Key("sentences").Int(static_cast<long long>(report.sentences));
  json.Key("gold").Int(static_cast<long long>(c.gold));
  json.Key("system").Int(static_cast<long long>(c.system));
  json.Key("value").BeginObject().Key("correct").Int(static_cast<long long>(c.value_correct));
  json.Key("precision").Number(s.value_precision).Key("recall").Number(s.value_recall);
  json.Key("f1").Number(s.value_f1).EndObject();
  json.Key("value_unit").BeginObject();
  json.Key("correct").Int(static_cast<long long>(c.value_unit_correct));
  json.Key("precision").Number(s.unit_precision).Key("recall").Number(s.unit_recall);
  json.Key("f1").Number(s.unit_f1).EndObject();
  json.EndObject();
  return json.Take();
}

}  // namespace tally
