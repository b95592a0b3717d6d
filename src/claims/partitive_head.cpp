#include "claims/partitive_head.h"

#include <algorithm>
#include <optional>
#include <string>

namespace tally::internal::claims {
namespace {

// The auxiliary and the measure phrase stand close after the group ("the four victims was
// pronounced dead" is five words).
constexpr std::size_t kPhraseWindow = 8;

// First token inside span, and the first token at or after its end.
std::pair<std::size_t, std::size_t> TokensOf(const std::vector<Token>& tokens, Span span) {
  std::size_t first = tokens.size();
  std::size_t after = tokens.size();
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (first == tokens.size() && tokens[i].end > span.begin) first = i;
    if (tokens[i].begin >= span.end) {
      after = i;
      break;
    }
  }
  return {std::min(first, after), after};
}

bool IsGroupDeterminer(const std::string& w) {
  return w == "the" || w == "those" || w == "these";
}

}  // namespace

void MovePartitiveHeads(const std::vector<Token>& tokens,
                        const std::vector<const NumberMention*>& numbers,
                        const ClaimLexicon& lexicon, std::vector<Binding>& bindings) {
  for (Binding& b : bindings) {
    if (!b.number || b.form != BindingForm::kAfter || b.phrase.empty()) {
      continue;
    }
    const std::size_t group = *b.number;
    auto [group_first, group_after] = TokensOf(tokens, numbers[group]->span);
    // "of" or "of the" right before the group, and the head right before that: a number, or
    // the word "one", which the number stage leaves to the words in "one of".
    if (group_first < 2) continue;
    std::size_t of = group_first - 1;
    if (IsGroupDeterminer(tokens[of].norm)) --of;
    if (of == 0 || tokens[of].norm != "of") continue;
    std::optional<std::size_t> head_number;
    if (group > 0 && TokensOf(tokens, numbers[group - 1]->span).second == of) {
      head_number = group - 1;
    } else if (tokens[of - 1].norm != "one") {
      continue;
    }
    bool head_bound = false;
    for (const Binding& other : bindings) {
      head_bound |= head_number && other.number && *other.number == *head_number;
      head_bound |= !other.number && other.value_span.begin == tokens[of - 1].begin;
    }
    if (head_bound) continue;
    const std::string first_word = b.phrase.substr(0, b.phrase.find(' '));
    bool auxiliary = false;
    for (std::size_t k = group_after; k < std::min(group_after + kPhraseWindow, tokens.size());
         ++k) {
      if (tokens[k].norm == first_word) break;
      auxiliary |= lexicon.auxiliaries.count(tokens[k].norm) != 0;
    }
    if (!auxiliary) continue;
    b.added = 0;
    b.partitive = false;
    if (head_number) {
      b.number = head_number;
      b.value_span = numbers[*head_number]->span;
    } else {
      b.number.reset();
      b.form = BindingForm::kSingular;
      b.implied_value = 1;
      b.value_span = Span{tokens[of - 1].begin, tokens[of - 1].end};
    }
  }
}

}  // namespace tally::internal::claims
