#include "claims/victim_lists.h"

#include <algorithm>
#include <optional>

#include "claims/conjoined_subjects.h"

namespace tally::internal::claims {
namespace {

// Words a headline sets before a bare person noun: "kills [pregnant] girlfriend".
constexpr std::size_t kBareModifiers = 2;
// Conjunct starts tried before a separator: a number or article and three modifiers.
constexpr std::size_t kConjunctReach = 5;

bool IsSeparator(const Token& t) { return t.norm == "," || t.norm == "and"; }

// Maps tokens to the numbers whose spans hold them, as ConjunctReader wants.
struct NumberLayout {
  std::vector<int> number_at;
  std::vector<double> value_of;
};

NumberLayout LayOut(const std::vector<Token>& tokens,
                    const std::vector<const NumberMention*>& numbers) {
  NumberLayout layout{std::vector<int>(tokens.size(), -1), std::vector<double>(numbers.size(), 0)};
  for (std::size_t n = 0; n < numbers.size(); ++n) {
    layout.value_of[n] = numbers[n]->value;
    for (std::size_t i = TokenAt(tokens, numbers[n]->span.begin);
         i < tokens.size() && tokens[i].begin < numbers[n]->span.end; ++i) {
      layout.number_at[i] = static_cast<int>(n);
    }
  }
  return layout;
}

// A conjunct starting at first: what ConjunctReader reads ("3 bandmates", "a man", "her son"),
// or a bare singular person noun after at most two modifiers ("woman", "infant").
std::optional<Conjunct> ConjunctAt(const ConjunctReader& reader, const std::vector<Token>& tokens,
                                   const NumberLayout& layout, const ClaimLexicon& lexicon,
                                   std::size_t first) {
  if (std::optional<Conjunct> c = reader.StartingAt(first)) return c;
  for (std::size_t k = first; k < tokens.size() && k <= first + kBareModifiers; ++k) {
    const Token& t = tokens[k];
    if (!t.is_word || layout.number_at[k] >= 0 || t.norm == "and") return std::nullopt;
    if (lexicon.persons.count(t.norm)) return Conjunct{first, k + 1, 1, -1};
  }
  return std::nullopt;
}

// The shortest conjunct that ends right before end and follows a separator or an active
// verb of a measure (accept). A number opens a conjunct of its words up to end
// ("kills 3 bandmates, self"): the verb and the reflexive already make it a list of victims.
template <typename Accept>
std::optional<Conjunct> ConjunctEndingAt(const ConjunctReader& reader,
                                         const std::vector<Token>& tokens,
                                         const NumberLayout& layout, const ClaimLexicon& lexicon,
                                         std::size_t end, Accept accept) {
  for (std::size_t back = 1; back <= kConjunctReach && back < end; ++back) {
    std::size_t first = end - back;
    if (!tokens[first].is_word) return std::nullopt;
    while (first > 0 && layout.number_at[first] >= 0 &&
           layout.number_at[first - 1] == layout.number_at[first]) {
      --first;
    }
    if (first == 0 || !accept(first - 1)) continue;
    std::optional<Conjunct> c = ConjunctAt(reader, tokens, layout, lexicon, first);
    if (c && c->after == end) return c;
    const int number = layout.number_at[first];
    if (number >= 0 && end - first <= kConjunctReach) {
      return Conjunct{first, end, layout.value_of[static_cast<std::size_t>(number)], number};
    }
  }
  return std::nullopt;
}

// The measure an active verb at i counts: a one-word "before" verb ("kills"), or a verb after
// a one-word "after" adverb of the measure ("fatally shoots").
const MeasureLexicon* ActiveMeasureAt(const std::vector<Token>& tokens, std::size_t i,
                                      const ClaimLexicon& lexicon) {
  if (!tokens[i].is_word) return nullptr;
  for (const MeasureLexicon& measure : lexicon.measures) {
    if (measure.requires_population || !measure.reported) continue;
    for (const Phrase& verb : measure.before) {
      if (verb.size() == 1 && verb.front() == tokens[i].norm) return &measure;
    }
    if (i == 0) continue;
    for (const Phrase& adverb : measure.after) {
      if (adverb.size() == 1 && adverb.front() == tokens[i - 1].norm &&
          adverb.front().size() > 2 && adverb.front().ends_with("ly")) {
        return &measure;
      }
    }
  }
  return nullptr;
}

// True when a binding of another measure than `measure` lies in [begin, end); the indices of
// those of the same measure go to held.
bool HoldsOtherMeasure(const std::vector<Binding>& bindings, const MeasureLexicon* measure,
                       std::uint32_t begin, std::uint32_t end, std::size_t skip,
                       std::vector<std::size_t>& held) {
  for (std::size_t o = 0; o < bindings.size(); ++o) {
    if (o == skip) continue;
    const Span& span = bindings[o].value_span;
    if (span.begin < begin || span.begin >= end) continue;
    if (bindings[o].measure != measure) return true;
    held.push_back(o);
  }
  return false;
}

void RemoveMarked(std::vector<Binding>& bindings, const std::vector<bool>& removed) {
  std::vector<Binding> kept;
  for (std::size_t b = 0; b < bindings.size(); ++b) {
    if (!removed[b]) kept.push_back(std::move(bindings[b]));
  }
  bindings = std::move(kept);
}

}  // namespace

void CountListsClosedByActor(const std::vector<Token>& tokens,
                             const std::vector<const NumberMention*>& numbers,
                             const ClaimLexicon& lexicon, std::vector<Binding>& bindings) {
  // Most sentences hold no reflexive after a separator: lay out the numbers only for one.
  std::size_t first_reflexive = 0;
  for (std::size_t r = 2; r < tokens.size() && first_reflexive == 0; ++r) {
    if (IsSeparator(tokens[r - 1]) && lexicon.reflexives.count(tokens[r].norm)) {
      first_reflexive = r;
    }
  }
  if (first_reflexive == 0) return;
  const NumberLayout layout = LayOut(tokens, numbers);
  const ConjunctReader reader(tokens, layout.number_at, layout.value_of, lexicon);
  for (std::size_t r = first_reflexive; r < tokens.size(); ++r) {
    if (!IsSeparator(tokens[r - 1]) || !lexicon.reflexives.count(tokens[r].norm)) continue;
    // Back from the reflexive over "conjunct ," / "conjunct and" to the verb.
    double sum = 1;
    std::size_t separator = r - 1;
    if (tokens[separator].norm == "and" && separator > 0 && tokens[separator - 1].norm == ",") {
      --separator;
    }
    std::size_t first = separator;
    const MeasureLexicon* measure = nullptr;
    while (true) {
      std::optional<Conjunct> c =
          ConjunctEndingAt(reader, tokens, layout, lexicon, separator, [&](std::size_t before) {
            return IsSeparator(tokens[before]) || ActiveMeasureAt(tokens, before, lexicon);
          });
      if (!c) break;
      sum += c->value;
      first = c->first;
      measure = ActiveMeasureAt(tokens, first - 1, lexicon);
      if (measure != nullptr || !IsSeparator(tokens[first - 1])) break;
      separator = first - 1;
    }
    if (measure == nullptr) continue;
    Span span{tokens[first].begin, tokens[r].end};
    std::vector<std::size_t> held;
    if (HoldsOtherMeasure(bindings, measure, span.begin, span.end, bindings.size(), held)) {
      continue;
    }
    std::vector<bool> removed(bindings.size(), false);
    for (std::size_t o : held) removed[o] = true;
    RemoveMarked(bindings, removed);
    Binding b;
    b.measure = measure;
    b.form = BindingForm::kAfter;
    b.implied_value = sum;
    b.value_span = span;
    b.phrase = tokens[first - 1].norm;
    b.confidence = 0.7;
    bindings.push_back(b);
  }
}

void JoinCommaListedSubjects(const std::vector<Token>& tokens,
                             const std::vector<const NumberMention*>& numbers,
                             const ClaimLexicon& lexicon, std::vector<Binding>& bindings) {
  if (bindings.empty()) return;
  const NumberLayout layout = LayOut(tokens, numbers);
  const ConjunctReader reader(tokens, layout.number_at, layout.value_of, lexicon);
  std::vector<bool> removed(bindings.size(), false);
  for (std::size_t b = 0; b < bindings.size(); ++b) {
    Binding& binding = bindings[b];
    if (removed[b] || !binding.number || (binding.form != BindingForm::kAfter &&
                                          binding.form != BindingForm::kBefore)) {
      continue;
    }
    const std::size_t first = TokenAt(tokens, binding.value_span.begin);
    std::optional<Conjunct> own = reader.StartingAt(first);
    if (!own) continue;
    std::vector<Conjunct> joined;
    // "Mother, 2 children found dead": the sentence (or the headline after its colon) opens
    // with one conjunct and a comma.
    if (first >= 2 && tokens[first - 1].norm == ",") {
      std::size_t start = 0;
      for (std::size_t k = 0; k + 1 < first; ++k) {
        if (tokens[k].norm == ":") start = k + 1;
      }
      std::optional<Conjunct> c = ConjunctAt(reader, tokens, layout, lexicon, start);
      if (c && c->after + 1 == first) joined.push_back(*c);
    }
    // "two children, ages 3 and 5, and their mother": ages set off by commas, then "and".
    std::size_t at = own->after;
    if (at + 2 < tokens.size() && tokens[at].norm == ",") {
      std::size_t k = at + 1;
      if (tokens[k].norm == "ages" || tokens[k].norm == "aged") ++k;
      std::size_t ages = 0;
      while (k < tokens.size() && (layout.number_at[k] >= 0 || tokens[k].norm == "and" ||
                                   tokens[k].norm == ",")) {
        const int number = layout.number_at[k];
        if (number >= 0 && (k == 0 || layout.number_at[k - 1] != number)) ++ages;
        ++k;
      }
      // The apposition ends with ", and": k has passed both.
      if (ages > 0 && k >= 2 && tokens[k - 1].norm == "and" && tokens[k - 2].norm == ",") {
        if (std::optional<Conjunct> c = reader.StartingAt(k)) joined.push_back(*c);
      }
    }
    if (joined.empty()) continue;
    double added = 0;
    std::uint32_t begin = binding.value_span.begin;
    std::uint32_t end = binding.value_span.end;
    for (const Conjunct& c : joined) {
      std::vector<std::size_t> held;
      if (HoldsOtherMeasure(bindings, binding.measure, tokens[c.first].begin,
                            tokens[c.after - 1].end, b, held)) {
        continue;
      }
      for (std::size_t o : held) removed[o] = true;
      added += c.value;
      begin = std::min(begin, tokens[c.first].begin);
      end = std::max(end, tokens[c.after - 1].end);
    }
    if (added == 0) continue;
    binding.added += added;
    binding.value_span = Span{begin, end};
    binding.subgroup.reset();
  }
  RemoveMarked(bindings, removed);
}

}  // namespace tally::internal::claims
