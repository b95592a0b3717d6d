// The modality of a figure (confirmed, preliminary, estimated, claimed, denied) from the cue
// phrases of data/claims/modality.tsv.
#ifndef TALLY_CLAIMS_MODALITY_H_
#define TALLY_CLAIMS_MODALITY_H_

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "claims/tokens.h"
#include "tally/claims.h"

namespace tally::internal::claims {

class ModalityCues {
 public:
  // A cue further than this many tokens from the figure says nothing of it.
  static constexpr std::size_t kMaxCueDistance = 12;

  // Loaded from the data file on first use; a malformed file aborts naming file and line.
  static const ModalityCues& Default();

  // The cues of a sentence, found once for all its figures.
  struct Found {
    std::size_t token = 0;  // first token of the cue
    std::size_t end = 0;    // one past its last token
    Modality modality = Modality::kReported;
    // For a cue that speaks only of what follows it ("alleged 300 victims"): one past the last
    // token it may reach (the end of its comma-separated segment); 0 for a cue of any reach.
    std::size_t ahead_until = 0;
  };
  std::vector<Found> FindIn(const std::vector<Token>& tokens) const;

  // The modality of the figure whose number starts at token `at`: that of the nearest found cue
  // within kMaxCueDistance tokens that can reach it (the stronger on a tie), else kReported.
  static Modality Of(const std::vector<Found>& found, std::size_t at);

 private:
  ModalityCues();
  struct Cue {
    Phrase phrase;
    Modality modality;
    bool ahead_only = false;
  };
  std::unordered_map<std::string, std::vector<Cue>> by_first_word_;  // longest phrase first
};

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_MODALITY_H_
