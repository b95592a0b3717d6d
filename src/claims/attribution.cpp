#include "claims/attribution.h"

#include <algorithm>
#include <optional>

#include "common/text.h"

namespace tally::internal::claims {
namespace {

// A source is a short noun phrase; longer runs are whole clauses, not names.
constexpr std::size_t kMaxSourceWords = 9;

bool IsBoundary(const Token& t) {
  // string_view comparisons inline; std::string == const char* is a library call.
  std::string_view w = t.norm;
  return w == "," || w == "." || w == ";" || w == ":" || w == "that" ||
         w == "\"" || w == "\xE2\x80\x9C" ||  // opening quote
         w == "\xE2\x80\x94" || w == "\xE2\x80\x93" ||  // em, en dash (datelines)
         w == "-";  // a free-standing hyphen: "NUR-SULTAN -- Kazakh authorities said"
}

// Words that end a source phrase because a time phrase follows ("reported by the health
// ministry last Sunday").
bool StartsTimePhrase(const Token& t) {
  static const char* const kWords[] = {"on", "last", "this", "yesterday", "today", "earlier",
                                       "late", "after", "before", "during", "since", "when",
                                       "while", "overnight"};
  for (const char* w : kWords) {
    if (t.norm == w) return true;
  }
  return false;
}

bool HasDigit(const Token& t) {
  return std::any_of(t.norm.begin(), t.norm.end(), [](char c) { return c >= '0' && c <= '9'; });
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
  return std::string(text.substr(tokens[from].begin, tokens[to - 1].end - tokens[from].begin));
}

// Where the subject of the verb at v starts: back to the previous boundary.
std::size_t SubjectStart(const std::vector<Token>& tokens, std::size_t v) {
  std::size_t from = v;
  while (from > 0 && !IsBoundary(tokens[from - 1])) --from;
  return from;
}

void Add(std::vector<Attribution>& out, std::optional<std::string> source, std::size_t cue,
         const ClaimLexicon& lexicon) {
  if (!source) return;
  bool pronoun = lexicon.pronouns.count(AsciiLower(*source)) != 0;
  out.push_back(Attribution{std::move(*source), pronoun, cue});
}

}  // namespace

std::vector<Attribution> FindAttributions(std::string_view text,
                                          const std::vector<Token>& tokens,
                                          const ClaimLexicon& lexicon) {
  std::vector<Attribution> out;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].is_word || !lexicon.StartsAttribution(tokens[i].norm)) continue;
    // "according to X," and "reported by X": X runs to the next boundary.
    for (const Phrase& prep : lexicon.attribution_preps) {
      if (!MatchesAt(tokens, i, prep)) continue;
      std::size_t from = i + prep.size();
      std::size_t to = from;
      while (to < tokens.size() && !IsBoundary(tokens[to]) && !StartsTimePhrase(tokens[to])) {
        ++to;
      }
      Add(out, SourcePhrase(text, tokens, from, to), i, lexicon);
    }
    // "X said": X runs back from the verb to the previous boundary.
    if (i == 0) continue;
    for (const Phrase& verb : lexicon.attribution_verbs) {
      if (!MatchesAt(tokens, i, verb)) continue;
      std::size_t to = i;
      // Auxiliaries and adverbs between subject and verb: "have now reported".
      while (to > 0 && (tokens[to - 1].norm == "has" || tokens[to - 1].norm == "have" ||
                        tokens[to - 1].norm == "had" || tokens[to - 1].norm == "also" ||
                        tokens[to - 1].norm == "now")) {
        --to;
      }
      std::size_t from = SubjectStart(tokens, to);
      // "Authorities in Almaty, the largest city, reported ...": the verb follows a comma that
      // closes an apposition; the subject is the phrase before the apposition.
      if (from == to && to >= 2 && tokens[to - 1].norm == ",") {
        std::size_t apposition = SubjectStart(tokens, to - 1);
        if (apposition >= 2 && tokens[apposition - 1].norm == ",") {
          to = apposition - 1;
          from = SubjectStart(tokens, to);
        }
      }
      Add(out, SourcePhrase(text, tokens, from, to), i, lexicon);
      break;
    }
  }
  return out;
}

}  // namespace tally::internal::claims
