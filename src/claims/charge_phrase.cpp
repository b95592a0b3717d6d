#include "claims/charge_phrase.h"

#include <algorithm>

namespace tally::internal::claims {
namespace {

bool Is(const std::vector<Token>& tokens, std::size_t i, const char* word) {
  return i < tokens.size() && tokens[i].norm == word;
}

}  // namespace

std::optional<std::string> ChargeAfter(const std::vector<Token>& tokens, std::size_t from,
                                       const ClaimLexicon& lexicon) {
  for (std::size_t i = from; i < tokens.size() && !IsClauseEnd(tokens[i]); ++i) {
    std::size_t start = tokens.size();
    for (const Phrase& cue : lexicon.charge_cues) {
      if (MatchesAt(tokens, i, cue)) start = i + cue.size();
    }
    // "on terrorism and mass-riot charges", "on lesser charges".
    if (start == tokens.size() && Is(tokens, i, "on")) {
      for (std::size_t k = i + 1; k < std::min(i + 7, tokens.size()); ++k) {
        if (Is(tokens, k, "charges") || Is(tokens, k, "charge")) {
          std::string words;
          for (std::size_t w = i + 1; w <= k; ++w) {
            if (!tokens[w].is_word) continue;
            if (!words.empty()) words += ' ';
            words += tokens[w].norm;
          }
          return words;
        }
        if (IsClauseEnd(tokens[k]) || Is(tokens, k, ",")) break;
      }
    }
    if (start == tokens.size() && Is(tokens, i, "for")) {
      for (std::size_t k = i + 1; k < std::min(i + 4, tokens.size()); ++k) {
        if (lexicon.charge_words.count(tokens[k].norm)) start = i + 1;
      }
    }
    if (start == tokens.size()) continue;
    std::string words;
    bool names_charge = false;  // a word other than taking part in the event
    for (std::size_t k = start; k < tokens.size(); ++k) {
      const Token& t = tokens[k];
      if (IsClauseEnd(t) || t.norm == "following" || t.norm == "after" ||
          t.norm == "since" || t.norm == "during" || t.norm == "said" ||
          (t.norm == "as" && Is(tokens, k + 1, "part")) ||
          (lexicon.bridges.count(t.norm) && t.norm != "of" && t.norm != "in")) {
        break;
      }
      if (!t.is_word) {
        if (t.norm == "," && !words.empty()) words += ',';
        continue;
      }
      if (!words.empty()) words += ' ';
      words += t.norm;
      names_charge = names_charge || lexicon.event_part_words.count(t.norm) == 0;
    }
    while (!words.empty() && (words.back() == ',' || words.back() == ' ')) words.pop_back();
    // "on suspicion of taking part in the rallies": what all were held for.
    if (!words.empty() && names_charge) return words;
  }
  return std::nullopt;
}

}  // namespace tally::internal::claims
