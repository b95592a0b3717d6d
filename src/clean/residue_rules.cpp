#include "clean/residue_rules.h"

#include <cstdio>
#include <cstdlib>

#include <re2/re2.h>
#include <re2/set.h>

#include "common/data_files.h"

namespace tally::internal {

static constexpr std::string_view kRulesFile = "clean/residue.tsv";

[[noreturn]] static void DataFileError(std::size_t line, const char* what) {
  std::fprintf(stderr, "tally: data file %.*s line %zu: %s\n",
               static_cast<int>(kRulesFile.size()), kRulesFile.data(), line, what);
  std::abort();
}

ResidueRules::ResidueRules() {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  set_ = std::make_unique<RE2::Set>(options, RE2::ANCHOR_BOTH);
  for (const DataRow& row : DataRows(kRulesFile)) {
    if (row.fields.size() < 2) DataFileError(row.line, "expected ACTION <tab> PATTERN");
    ResidueAction action;
    if (row.fields[0] == "drop") {
      action = ResidueAction::kDrop;
    } else if (row.fields[0] == "teaser") {
      action = ResidueAction::kTeaser;
    } else if (row.fields[0] == "tail") {
      action = ResidueAction::kTail;
    } else {
      DataFileError(row.line, "unknown action (drop, teaser, tail)");
    }
    std::string error;
    if (set_->Add(row.fields[1], &error) < 0) DataFileError(row.line, error.c_str());
    actions_.push_back(action);
  }
  if (!set_->Compile()) DataFileError(0, "the patterns do not compile together");
}

ResidueRules::~ResidueRules() = default;

const ResidueRules& ResidueRules::Default() {
  static const ResidueRules* rules = new ResidueRules;
  return *rules;
}

ResidueAction ResidueRules::Classify(std::string_view line) const {
  if (line.empty() || line.size() > kMaxResidueLineBytes) return ResidueAction::kKeep;
  std::vector<int> matches;
  if (!set_->Match(line, &matches)) return ResidueAction::kKeep;
  ResidueAction strongest = ResidueAction::kKeep;
  for (int index : matches) {
    ResidueAction action = actions_[static_cast<std::size_t>(index)];
    if (static_cast<int>(action) > static_cast<int>(strongest)) strongest = action;
  }
  return strongest;
}

}  // namespace tally::internal
