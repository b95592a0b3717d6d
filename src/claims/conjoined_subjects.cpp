#include "claims/conjoined_subjects.h"

#include <algorithm>

namespace tally::internal::claims {
namespace {

// Words allowed between a conjunct's start and its head: "a [23-year-old] man", "two [adult]
// men". More would reach into another clause.
constexpr std::size_t kMaxModifiers = 3;
// "Mary Ann Roe": the words of a person's name, capitalised.
constexpr std::size_t kMaxNameWords = 3;

bool IsArticle(const Token& t) { return t.norm == "a" || t.norm == "an"; }

double BoundValue(const Binding& b, const std::vector<const NumberMention*>& numbers) {
  return (b.number ? numbers[*b.number]->value : b.implied_value) + b.added;
}

// True when a phrase that follows a measure's number ("killed", "was slain") stands among
// tokens [0, end).
bool MeasureNamedBefore(const std::vector<Token>& tokens, std::size_t end,
                        const ClaimLexicon& lexicon) {
  for (const MeasureLexicon& measure : lexicon.measures) {
    for (std::size_t i = 0; i < end; ++i) {
      for (const Phrase& phrase : measure.after) {
        if (MatchesAt(tokens, i, phrase)) return true;
      }
    }
  }
  return false;
}

}  // namespace

// Person heads: population words of any measure ("men", "victims"), person nouns after "a"
// (data/claims/persons.tsv) and their regular plurals ("officers"), and one-word subgroups
// ("children", "civilians").
bool ConjunctReader::IsPersonHead(const Token& t) const {
  if (!t.is_word) return false;
  const std::string& w = t.norm;
  if (lexicon_.IsPopulationWord(w) || lexicon_.persons.count(w)) return true;
  if (w.size() > 3 && w.back() == 's' && lexicon_.persons.count(w.substr(0, w.size() - 1))) {
    return true;
  }
  for (const SubgroupPhrase& s : lexicon_.subgroups) {
    if (s.phrase.size() == 1 && s.phrase.front() == w) return true;
  }
  return false;
}

std::optional<Conjunct> ConjunctReader::StartingAt(std::size_t first) const {
  if (first >= tokens_.size()) return std::nullopt;
  Conjunct c;
  c.first = first;
  std::size_t i = first;
  // "their mother", "her two sons": a possessive stands where an article or a number starts.
  const bool possessive = lexicon_.possessives.count(tokens_[i].norm) > 0;
  if (possessive && i + 1 < tokens_.size()) {
    ++i;
    if (number_at_[i] < 0) {
      // Without a number, one person: the head must be a singular person noun.
      for (std::size_t k = 0; k <= kMaxModifiers && i < tokens_.size(); ++k, ++i) {
        const Token& t = tokens_[i];
        if (!t.is_word || number_at_[i] >= 0 || t.norm == "and" || t.norm == "or") break;
        if (lexicon_.persons.count(t.norm)) {
          c.value = 1;
          c.after = i + 1;
          return c;
        }
      }
      return std::nullopt;
    }
  }
  if (number_at_[i] >= 0) {
    c.number = number_at_[i];
    c.value = value_of_[static_cast<std::size_t>(c.number)];
    while (i < tokens_.size() && number_at_[i] == c.number) ++i;
  } else if (IsArticle(tokens_[i])) {
    c.value = 1;
    ++i;
  } else {
    return std::nullopt;
  }
  for (std::size_t k = 0; k <= kMaxModifiers && i < tokens_.size(); ++k, ++i) {
    const Token& t = tokens_[i];
    if (!t.is_word || number_at_[i] >= 0 || t.norm == "and" || t.norm == "or") break;
    if (IsPersonHead(t)) {
      c.after = i + 1;
      return c;
    }
  }
  return std::nullopt;
}

std::optional<Conjunct> ConjunctReader::EndingBefore(std::size_t end) const {
  if (end == 0 || !IsPersonHead(tokens_[end - 1])) return std::nullopt;
  std::size_t head = end - 1;
  for (std::size_t back = 0; back <= kMaxModifiers + 1 && back <= head; ++back) {
    std::size_t first = head - back;
    const Token& t = tokens_[first];
    if (number_at_[first] >= 0) {
      // The number's first token starts the conjunct.
      while (first > 0 && number_at_[first - 1] == number_at_[first]) --first;
    } else if (!IsArticle(t)) {
      if (!t.is_word || t.norm == "and") return std::nullopt;
      continue;
    }
    std::optional<Conjunct> c = StartingAt(first);
    if (c && c->after == end) return c;
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Conjunct> ConjunctReader::NameEndingBefore(std::size_t end) const {
  // "Sam Poe, 40, and his sons": the age set off by commas after the name.
  if (end >= 3 && tokens_[end - 1].norm == "," && number_at_[end - 2] >= 0 &&
      tokens_[end - 3].norm == ",") {
    end -= 3;
  }
  std::size_t first = end;
  while (first > 0 && end - first < kMaxNameWords && tokens_[first - 1].is_word &&
         tokens_[first - 1].capitalized && number_at_[first - 1] < 0) {
    --first;
  }
  if (first == end) return std::nullopt;
  return Conjunct{first, end, 1, -1};
}

std::vector<Conjunct> ConjunctReader::JoinedTo(std::size_t first, std::size_t after) const {
  std::vector<Conjunct> joined;
  // Backward: "[two adults] and three children", "[a man], [a woman] and a child". The
  // separator next to the subject must be "and": a comma alone ends a clause as often as it
  // lists ("after shooting two men, three people were killed").
  std::size_t at = first;
  if (at >= 1 && lexicon_.possessives.count(tokens_[at - 1].norm)) --at;  // "and [her] two sons"
  const bool possessive_subject = at < first;
  while (at >= 2 && (tokens_[at - 1].norm == "and" ||
                     (tokens_[at - 1].norm == "," && !joined.empty()))) {
    std::optional<Conjunct> c = EndingBefore(at - 1);
    // "Jane Roe and her two sons": the possessive refers back to a person named right
    // before "and".
    if (!c && possessive_subject && joined.empty() && tokens_[at - 1].norm == "and") {
      c = NameEndingBefore(at - 1);
    }
    if (!c) break;
    joined.push_back(*c);
    at = c->first;
  }
  // Forward, by "and" only: after a comma stands as often an apposition that names the same
  // people again ("two victims, a man and a woman, died").
  at = after;
  while (at + 1 < tokens_.size() && tokens_[at].norm == "and") {
    std::optional<Conjunct> c = StartingAt(at + 1);
    if (!c && lexicon_.persons.count(tokens_[at + 1].norm)) {
      c = Conjunct{at + 1, at + 2, 1, -1};  // a singular noun without its article
    }
    // "killed two people and (then) himself": the actor is one more.
    std::size_t self = tokens_[at + 1].norm == "then" ? at + 2 : at + 1;
    if (!c && self < tokens_.size() && lexicon_.reflexives.count(tokens_[self].norm)) {
      c = Conjunct{at + 1, self + 1, 1, -1};
    }
    if (!c) break;
    joined.push_back(*c);
    at = c->after;
  }
  return joined;
}

void JoinConjoinedSubjects(const std::vector<Token>& tokens,
                           const std::vector<const NumberMention*>& numbers,
                           const ClaimLexicon& lexicon, std::vector<Binding>& bindings) {
  if (bindings.empty()) return;
  std::vector<int> number_at(tokens.size(), -1);
  std::vector<double> value_of(numbers.size(), 0);
  for (std::size_t n = 0; n < numbers.size(); ++n) {
    value_of[n] = numbers[n]->value;
    for (std::size_t i = TokenAt(tokens, numbers[n]->span.begin);
         i < tokens.size() && tokens[i].begin < numbers[n]->span.end; ++i) {
      number_at[i] = static_cast<int>(n);
    }
  }
  ConjunctReader reader(tokens, number_at, value_of, lexicon);
  std::vector<bool> absorbed(bindings.size(), false);
  for (std::size_t b = 0; b < bindings.size(); ++b) {
    Binding& binding = bindings[b];
    if (absorbed[b] || (binding.form != BindingForm::kAfter &&
                        binding.form != BindingForm::kBefore &&
                        binding.form != BindingForm::kSingular)) {
      continue;
    }
    std::size_t first = TokenAt(tokens, binding.value_span.begin);
    std::optional<Conjunct> own = reader.StartingAt(first);
    if (!own) continue;
    std::vector<Conjunct> joined = reader.JoinedTo(first, own->after);
    double added = 0;
    std::uint32_t begin = binding.value_span.begin;
    std::uint32_t end = binding.value_span.end;
    for (const Conjunct& c : joined) {
      // The bindings the conjunct holds: of the same measure they are absorbed; of another
      // measure the conjunct is a subject of its own, and the join stops there.
      bool other_measure = false;
      std::vector<std::size_t> held;
      for (std::size_t o = 0; o < bindings.size(); ++o) {
        if (o == b) continue;
        std::size_t at = TokenAt(tokens, bindings[o].value_span.begin);
        if (at < c.first || at >= c.after) continue;
        if (bindings[o].measure != binding.measure) other_measure = true;
        held.push_back(o);
      }
      if (other_measure) break;
      for (std::size_t o : held) absorbed[o] = true;
      added += c.value;
      begin = std::min(begin, tokens[c.first].begin);
      end = std::max(end, tokens[c.after - 1].end);
    }
    if (added == 0) continue;
    binding.added = added;
    binding.value_span = Span{begin, end};
    binding.subgroup.reset();
    if (binding.form == BindingForm::kSingular) binding.form = BindingForm::kAfter;
  }
  std::vector<Binding> kept;
  for (std::size_t b = 0; b < bindings.size(); ++b) {
    if (!absorbed[b]) kept.push_back(std::move(bindings[b]));
  }
  bindings = std::move(kept);
}

void AddOthersToNamed(const std::vector<Token>& tokens,
                      const std::vector<const NumberMention*>& numbers,
                      const ClaimLexicon& lexicon, std::vector<Binding>& bindings) {
  std::vector<bool> absorbed(bindings.size(), false);
  for (std::size_t b = 0; b < bindings.size(); ++b) {
    Binding& others = bindings[b];
    if (!others.number || others.subgroup || others.form != BindingForm::kAfter) continue;
    std::size_t after = TokenAt(tokens, numbers[*others.number]->span.end);
    const std::size_t first = TokenAt(tokens, numbers[*others.number]->span.begin);
    const bool other_after = after < tokens.size() &&
                             (tokens[after].norm == "others" || tokens[after].norm == "other");
    const bool other_before = first > 0 && first < tokens.size() &&
                              tokens[first - 1].norm == "other";
    if (!other_after && !other_before) continue;
    // With no figure and no measure phrase before it in the sentence, the others are others
    // than people counted in an earlier sentence: a part ("Four others were taken to the
    // hospital"). A measure phrase before it names the people they are others than ("Jane Doe
    // was slain and three others were wounded").
    const bool first_figure =
        std::none_of(bindings.begin(), bindings.end(), [&](const Binding& candidate) {
          return candidate.value_span.begin < others.value_span.begin;
        });
    if (first_figure && !MeasureNamedBefore(tokens, first, lexicon)) {
      others.subgroup = "others";
      continue;
    }
    if (!other_after) continue;
    // The nearest whole figure of the same measure before it.
    std::size_t named = bindings.size();
    for (std::size_t o = 0; o < bindings.size(); ++o) {
      const Binding& candidate = bindings[o];
      if (o == b || absorbed[o] || candidate.value_span.begin >= others.value_span.begin) {
        continue;
      }
      if (candidate.measure != others.measure || candidate.subgroup ||
          candidate.form == BindingForm::kAttached || candidate.form == BindingForm::kNegative) {
        continue;
      }
      if (named == bindings.size() ||
          candidate.value_span.begin > bindings[named].value_span.begin) {
        named = o;
      }
    }
    if (named == bindings.size()) continue;
    others.added += BoundValue(bindings[named], numbers);
    others.value_span.begin = bindings[named].value_span.begin;
    absorbed[named] = true;
  }
  std::vector<Binding> kept;
  for (std::size_t b = 0; b < bindings.size(); ++b) {
    if (!absorbed[b]) kept.push_back(std::move(bindings[b]));
  }
  bindings = std::move(kept);
}

}  // namespace tally::internal::claims
