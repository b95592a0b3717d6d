#include "claims/modality.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <utility>

#include "common/data_files.h"

namespace tally {
namespace {

// In order of strength: on equal distance the later one wins.
constexpr std::array<std::pair<Modality, const char*>, 6> kModalityNames = {{
    {Modality::kReported, "reported"},
    {Modality::kConfirmed, "confirmed"},
    {Modality::kPreliminary, "preliminary"},
    {Modality::kEstimated, "estimated"},
    {Modality::kClaimed, "claimed"},
    {Modality::kDenied, "denied"},
}};

}  // namespace

const char* ModalityName(Modality modality) {
  for (const auto& [value, name] : kModalityNames) {
    if (value == modality) return name;
  }
  return "reported";
}

std::optional<Modality> TryParseModality(std::string_view name) {
  for (const auto& [value, candidate] : kModalityNames) {
    if (name == candidate) return value;
  }
  return std::nullopt;
}

namespace internal::claims {

const ModalityCues& ModalityCues::Default() {
  static const ModalityCues* cues = new ModalityCues();
  return *cues;
}

ModalityCues::ModalityCues() {
  const char* file = "claims/modality.tsv";
  for (const DataRow& row : DataRows(file)) {
    std::size_t n = row.fields.size();
    std::optional<Modality> modality =
        n == 2 || n == 3 ? TryParseModality(row.fields[0]) : std::nullopt;
    if (!modality || *modality == Modality::kReported || (n == 3 && row.fields[2] != "ahead")) {
      std::fprintf(stderr,
                   "tally: data file %s line %zu: expected MODALITY <tab> PHRASE [<tab> ahead] "
                   "with MODALITY one of confirmed, preliminary, estimated, claimed, denied\n",
                   file, row.line);
      std::abort();
    }
    Phrase phrase = MakePhrase(row.fields[1]);
    by_first_word_[phrase.front()].push_back({std::move(phrase), *modality, n == 3});
  }
  for (auto& [word, cues] : by_first_word_) {
    std::stable_sort(cues.begin(), cues.end(), [](const Cue& a, const Cue& b) {
      return a.phrase.size() > b.phrase.size();
    });
  }
}

std::vector<ModalityCues::Found> ModalityCues::FindIn(const std::vector<Token>& tokens) const {
  std::vector<Found> found;
  for (std::size_t i = 0; i < tokens.size();) {
    auto it = tokens[i].is_word ? by_first_word_.find(tokens[i].norm) : by_first_word_.end();
    const Cue* match = nullptr;
    if (it != by_first_word_.end()) {
      for (const Cue& cue : it->second) {
        if (MatchesAt(tokens, i, cue.phrase)) {
          match = &cue;
          break;
        }
      }
    }
    if (match == nullptr) {
      ++i;
      continue;
    }
    Found cue{i, i + match->phrase.size(), match->modality, 0};
    if (match->ahead_only) {
      cue.ahead_until = cue.end;
      while (cue.ahead_until < tokens.size() && tokens[cue.ahead_until].norm != "," &&
             tokens[cue.ahead_until].norm != ";") {
        ++cue.ahead_until;
      }
    }
    found.push_back(cue);
    i = cue.end;
  }
  return found;
}

Modality ModalityCues::Of(const std::vector<Found>& found, std::size_t at) {
  Modality best = Modality::kReported;
  std::size_t best_distance = kMaxCueDistance + 1;
  for (const Found& cue : found) {
    std::size_t distance = cue.end <= at ? at - cue.end + 1 : cue.token > at ? cue.token - at : 0;
    if (distance > kMaxCueDistance) continue;
    if (cue.ahead_until != 0 && (at < cue.end || at >= cue.ahead_until)) continue;
    if (distance < best_distance ||
        (distance == best_distance && static_cast<int>(cue.modality) > static_cast<int>(best))) {
      best = cue.modality;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace internal::claims
}  // namespace tally
