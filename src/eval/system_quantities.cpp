// tally's side of the NewsQuant evaluation: which NumberMentions are quantities, their values
// and their units in the benchmark's names (see tally/quantity_eval.h).
#include <cmath>
#include <string>
#include <unordered_map>

#include "common/data_files.h"
#include "common/text.h"
#include "tally/quantity_eval.h"

namespace tally {
namespace {

constexpr const char* kUnitsFile = "eval/quantity_units.tsv";

const std::unordered_map<std::string, std::string>& UnitNames() {
  static const auto* const names = [] {
    auto* map = new std::unordered_map<std::string, std::string>();
    for (const internal::DataRow& row : internal::DataRows(kUnitsFile)) {
      if (row.fields.size() < 2) continue;
      map->emplace(internal::AsciiLower(row.fields[0]), row.fields[1]);
    }
    return map;
  }();
  return *names;
}

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(),
                                               suffix) == 0;
}

// The singular of a regular English plural ("casualties" -> "casualty", "churches" ->
// "church", "survivors" -> "survivor"); other words unchanged.
std::string Singular(std::string word) {
  if (EndsWith(word, "ies")) return word.substr(0, word.size() - 3) + "y";
  for (std::string_view sibilant : {"ches", "shes", "sses", "xes", "zes"}) {
    if (EndsWith(word, sibilant)) return word.substr(0, word.size() - 2);
  }
  if (EndsWith(word, "s") && !EndsWith(word, "ss") && !EndsWith(word, "us")) {
    return word.substr(0, word.size() - 1);
  }
  return word;
}

bool IsQuantityKind(const NumberMention& m) {
  switch (m.kind) {
    case NumberKind::kCount:
    case NumberKind::kMoney:
    case NumberKind::kPercent:
    case NumberKind::kMeasure:
      return true;
    case NumberKind::kOther:  // proportions only: not scores ("3-1") nor arithmetic
      return m.value > 0 && m.value < 1 && m.approx != Approx::kRange;
    default:
      return false;
  }
}

}  // namespace

std::string NormalizeUnit(std::string_view unit) {
  std::string key = internal::AsciiLower(internal::Trim(unit));
  if (key.empty()) return "-";
  const auto& names = UnitNames();
  if (auto it = names.find(key); it != names.end()) return it->second;
  return Singular(std::move(key));
}

std::vector<ScoredQuantity> SystemQuantities(std::string_view sentence) {
  std::vector<ScoredQuantity> out;
  for (const NumberMention& m : ReadNumbers(sentence)) {
    if (!IsQuantityKind(m)) continue;
    ScoredQuantity q;
    q.written = std::string(sentence.substr(m.span.begin, m.span.size()));
    q.unit = NormalizeUnit(m.unit);
    if (m.approx == Approx::kRange && m.lo < m.hi) {
      q.range = true;
      q.lo = m.lo;
      q.hi = m.hi;
    } else if (m.approx == Approx::kVague) {
      q.lo = q.hi = m.lo / 2;  // the unit of the plural: "dozens" 12, "thousands" 1000
    } else {
      q.lo = q.hi = m.value;
    }
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace tally
