#include "claims/running_total.h"

#include <set>
#include <string>

#include "common/data_files.h"

namespace tally::internal::claims {
namespace {

constexpr std::size_t kToTotal = 4;  // words from the verb to the total noun
constexpr std::size_t kToTarget = 6;  // from the total noun to "to": "number of detainees in X to"

struct RunningTotalWords {
  std::set<std::string, std::less<>> verbs;
  std::set<std::string, std::less<>> totals;
};

const RunningTotalWords& Words() {
  static const RunningTotalWords* const kWords = [] {
    auto* words = new RunningTotalWords;
    for (const DataRow& row : DataRows("claims/running_totals.tsv")) {
      if (row.fields.size() != 2) continue;
      (row.fields[0] == "verb" ? words->verbs : words->totals).insert(row.fields[1]);
    }
    return words;
  }();
  return *kWords;
}

// The index of the first word within `reach` words after `from` that is in `set`, or 0.
std::size_t FindWithin(const std::vector<Token>& tokens, std::size_t from, std::size_t reach,
                       const std::set<std::string, std::less<>>& set) {
  std::size_t words = 0;
  for (std::size_t i = from; i < tokens.size() && words < reach; ++i) {
    if (!tokens[i].is_word) return 0;
    if (set.count(tokens[i].norm) != 0) return i;
    ++words;
  }
  return 0;
}

}  // namespace

bool FeedsRunningTotal(const std::vector<Token>& tokens, std::uint32_t figure_end) {
  const RunningTotalWords& words = Words();
  static const std::set<std::string, std::less<>> kTo = {"to"};
  std::size_t i = 0;
  while (i < tokens.size() && tokens[i].begin < figure_end) ++i;
  for (; i < tokens.size(); ++i) {
    if (words.verbs.count(tokens[i].norm) == 0) continue;
    std::size_t total = FindWithin(tokens, i + 1, kToTotal, words.totals);
    if (total != 0 && FindWithin(tokens, total + 1, kToTarget, kTo) != 0) return true;
  }
  return false;
}

}  // namespace tally::internal::claims
