#include "claims/media_captions.h"

namespace tally::internal::claims {
namespace {

bool AllDigits(const Token& t) {
  if (t.norm.empty()) return false;
  for (char c : t.norm) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool IsGalleryWord(const Token& t) {
  return t.norm == "image" || t.norm == "photo" || t.norm == "slide";
}

}  // namespace

bool IsVideoTeaser(const std::vector<Token>& tokens) {
  return tokens.size() > 3 && AllDigits(tokens[0]) && tokens[0].norm.size() <= 2 &&
         tokens[1].norm == ":" && AllDigits(tokens[2]) && tokens[2].norm.size() == 2 &&
         tokens[3].capitalized;
}

bool IsGalleryCounter(const std::vector<Token>& tokens, std::size_t first) {
  if (first == 0 || first >= tokens.size() || !AllDigits(tokens[first])) return false;
  if (IsGalleryWord(tokens[first - 1])) return true;
  return first >= 3 && tokens[first - 1].norm == "of" && AllDigits(tokens[first - 2]) &&
         IsGalleryWord(tokens[first - 3]);
}

}  // namespace tally::internal::claims
