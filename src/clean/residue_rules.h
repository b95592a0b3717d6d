// The residue rules of data/clean/residue.tsv, compiled once into an RE2::Set.
#ifndef TALLY_CLEAN_RESIDUE_RULES_H_
#define TALLY_CLEAN_RESIDUE_RULES_H_

#include <memory>
#include <string_view>
#include <vector>

#include <re2/set.h>

namespace tally::internal {

enum class ResidueAction {
  kKeep,    // not residue
  kDrop,    // drop the line
  kTeaser,  // drop the line and the teaser lines before it
  kTail,    // drop the line and all after it
};

class ResidueRules {
 public:
  // The rules of data/clean/residue.tsv, compiled on first use. A pattern that does not
  // compile is a bug of the data file and aborts with the line number.
  static const ResidueRules& Default();

  // What to do with one trimmed line. When several rules match, the strongest action wins
  // (tail > teaser > drop). Thread-safe.
  ResidueAction Classify(std::string_view line) const;

  // Longest line the rules look at; longer lines are article text.
  static constexpr std::size_t kMaxResidueLineBytes = 400;

  ~ResidueRules();

 private:
  ResidueRules();
  std::unique_ptr<RE2::Set> set_;
  std::vector<ResidueAction> actions_;  // by pattern index in set_
};

}  // namespace tally::internal

#endif  // TALLY_CLEAN_RESIDUE_RULES_H_
