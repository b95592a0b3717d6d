#include "claims/attribution.h"

#include "common/text.h"

namespace tally::internal {
namespace {

// A source is a short noun phrase; longer runs are whole clauses, not names.
constexpr std::size_t kMaxSourceWords = 9;

bool IsBoundary(const Token& t) {
  return t.norm == "," || t.norm == "." || t.norm == ";" || t.norm == ":" || t.norm == "that" ||
         t.norm == "\xE2\x80\x9C" || t.norm == "\"";
}

bool HasDigit(const Token& t) {
  for (char c : t.norm) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

std::string SpanText(std::string_view text, const std::vector<Token>& tokens, std::size_t from,
                     std::size_t to) {
  return std::string(text.substr(tokens[from].begin, tokens[to - 1].end - tokens[from].begin));
}

// The phrase in tokens[from, to) if it can name a source: 1..kMaxSourceWords words, no
// figures in it.
std::optional<std::string> SourcePhrase(std::string_view text, const std::vector<Token>& tokens,
                                        std::size_t from, std::size_t to) {
  while (from < to && !tokens[from].is_word) ++from;
  while (to > from && !tokens[to - 1].is_word) --to;
  if (from >= to || to - from > kMaxSourceWords) return std::nullopt;
  for (std::size_t i = from; i < to; ++i) {
    if (HasDigit(tokens[i])) return std::nullopt;
  }
  return SpanText(text, tokens, from, to);
}

}  // namespace

std::optional<Attribution> FindAttribution(std::string_view text,
                                           const std::vector<Token>& tokens,
                                           const ClaimLexicon& lexicon) {
  // "according to X," — X runs to the next boundary.
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (const Phrase& prep : lexicon.attribution_preps) {
      if (!MatchesAt(tokens, i, prep)) continue;
      std::size_t from = i + prep.size();
      std::size_t to = from;
      while (to < tokens.size() && !IsBoundary(tokens[to]) && tokens[to].norm != "that") ++to;
      if (auto source = SourcePhrase(text, tokens, from, to)) {
        return Attribution{*source, lexicon.pronouns.count(AsciiLower(*source)) != 0};
      }
    }
  }
  // "X said": X runs back from the verb to the previous boundary. When that boundary closes an
  // apposition ("Authorities in Almaty, the largest city, reported"), X is the phrase before it.
  for (std::size_t v = 1; v < tokens.size(); ++v) {
    for (const Phrase& verb : lexicon.attribution_verbs) {
      if (!MatchesAt(tokens, v, verb)) continue;
      std::size_t from = v;
      while (from > 0 && !IsBoundary(tokens[from - 1])) --from;
      std::size_t to = v;
      // Auxiliaries and adverbs between subject and verb: "have now reported".
      while (to > from && (tokens[to - 1].norm == "has" || tokens[to - 1].norm == "have" ||
                           tokens[to - 1].norm == "had" || tokens[to - 1].norm == "also" ||
                           tokens[to - 1].norm == "now")) {
        --to;
      }
      if (from > 1 && tokens[from - 1].norm == "," && from < to &&
          (tokens[from].norm == "the" || tokens[from].norm == "a")) {
        std::size_t comma = 0;
        while (comma < from - 1 && !IsBoundary(tokens[comma])) ++comma;
        if (comma > 0 && comma < from - 1 && tokens[comma].norm == ",") {
          from = 0;
          to = comma;
        }
      }
      if (auto source = SourcePhrase(text, tokens, from, to)) {
        std::string lower = AsciiLower(*source);
        return Attribution{*source, lexicon.pronouns.count(lower) != 0};
      }
    }
  }
  return std::nullopt;
}

}  // namespace tally::internal
