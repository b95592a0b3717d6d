#include "claims/measure_binder.h"

#include <algorithm>

#include "claims/charge_phrase.h"
#include "claims/conjoined_subjects.h"
#include "claims/media_captions.h"
#include "claims/ordinal_rank.h"
#include "claims/partitive_head.h"
#include "claims/singular_objects.h"
#include "claims/victim_rules.h"

namespace tally::internal::claims {
namespace {

// How far the rules look from the number, in tokens. A measure phrase further away than this
// belongs to another clause in news prose ("812 people suspected of arson, looting or the
// theft of police weapons have since been arrested" is 15 tokens).
constexpr std::size_t kAfterWindow = 16;
// "The death toll from this month's unrest in Kazakhstan has risen to 225" is 11 tokens.
constexpr std::size_t kTollWindow = 12;

bool IsAdverb(const Token& t) {
  return t.is_word && t.norm.size() > 3 && t.norm.compare(t.norm.size() - 2, 2, "ly") == 0;
}

// Where each number sits among the tokens.
struct NumberPlace {
  std::size_t first = 0;  // first token inside the number's span
  std::size_t after = 0;  // first token after the span
};

NumberPlace Locate(const std::vector<Token>& tokens, const NumberMention& number) {
  NumberPlace place;
  place.first = tokens.size();
  place.after = tokens.size();
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (place.first == tokens.size() && tokens[i].end > number.span.begin) place.first = i;
    if (tokens[i].begin >= number.span.end) {
      place.after = i;
      break;
    }
  }
  if (place.first > place.after) place.first = place.after;
  return place;
}

class SentenceBinder {
 public:
  SentenceBinder(const std::vector<Token>& tokens,
                 const std::vector<const NumberMention*>& numbers, const ClaimLexicon& lexicon)
      : tokens_(tokens), numbers_(numbers), lexicon_(lexicon) {
    in_number_.assign(tokens.size(), false);
    in_age_.assign(tokens.size(), false);
    for (const NumberMention* number : numbers) {
      places_.push_back(Locate(tokens, *number));
      for (std::size_t i = places_.back().first; i < places_.back().after; ++i) {
        in_number_[i] = true;
      }
    }
  }

  std::vector<Binding> Run() {
    std::vector<Binding> bindings;
    if (IsVideoTeaser(tokens_)) return bindings;
    std::vector<bool> attached(numbers_.size(), false);
    std::vector<bool> age(numbers_.size(), false);
    for (std::size_t n = 0; n < numbers_.size(); ++n) age[n] = IsAge(n, age);
    // An age is a word of its noun phrase, not a figure that ends another figure's clause
    // ("two children under the age of 10 were hurt").
    for (std::size_t n = 0; n < numbers_.size(); ++n) {
      if (!age[n]) continue;
      for (std::size_t i = places_[n].first; i < places_[n].after; ++i) {
        in_number_[i] = false;
        in_age_[i] = true;
      }
    }
    for (std::size_t n = 0; n < numbers_.size(); ++n) {
      if (age[n]) continue;
      attached[n] = IsAttachedNumber(n, attached);
      if (attached[n]) continue;
      std::optional<Binding> binding = BindAfter(n);
      if (!binding) binding = BindBefore(n);
      if (!binding) binding = BindToll(n);
      if (binding) {
        binding->number = n;
        binding->value_span = numbers_[n]->span;
        Describe(n, *binding);
        InheritSubgroup(n, bindings, *binding);
        bindings.push_back(*binding);
      }
    }
    // Subgroup figures take the measure of the figure they hang on ("164 people, including
    // three children, had been killed"): the nearest bound figure before them.
    for (std::size_t n = 0; n < numbers_.size(); ++n) {
      if (!attached[n]) continue;
      const Binding* whole = nullptr;
      for (const Binding& b : bindings) {
        if (b.number && *b.number < n && b.form != BindingForm::kAttached) whole = &b;
      }
      if (whole == nullptr) continue;
      Binding part;
      part.measure = whole->measure;
      part.form = BindingForm::kAttached;
      part.number = n;
      part.value_span = numbers_[n]->span;
      part.subgroup = SubgroupAfter(places_[n].after, /*skip_bridges=*/true);
      if (!part.subgroup) part.subgroup = WordsUntilPunctuation(places_[n].after);
      part.confidence = 0.8;
      bindings.push_back(part);
    }
    AddNegatives(bindings);
    AddSingulars(bindings);
    AddSingularObjects(tokens_, lexicon_, bindings);
    JoinConjoinedSubjects(tokens_, numbers_, lexicon_, bindings);
    AddOthersToNamed(tokens_, numbers_, lexicon_, bindings);
    MovePartitiveHeads(tokens_, numbers_, lexicon_, bindings);
    RankOrdinalsAfterOtherMeasures(bindings);
    ApplyVictimRules(tokens_, numbers_, lexicon_, bindings);
    std::sort(bindings.begin(), bindings.end(), [](const Binding& a, const Binding& b) {
      return a.value_span.begin < b.value_span.begin;
    });
    return bindings;
  }

 private:
  bool Is(std::size_t i, const char* word) const {
    return i < tokens_.size() && tokens_[i].norm == word;
  }

  // A person's age or another modifier, not a count of people: "Jane Doe, 23, was killed"
  // (news style sets the age off by commas after a name or a noun), "(23)", "aged 23", "ages
  // 13, 17 and 19", "the age of 10", "a mother of two", "9-yr-old".
  bool IsAge(std::size_t n, const std::vector<bool>& age) const {
    std::size_t first = places_[n].first;
    std::size_t after = places_[n].after;
    if (first == 0) return false;
    if (Is(first - 1, "age") || Is(first - 1, "aged") || Is(first - 1, "ages")) return true;
    if (IsGalleryCounter(tokens_, first)) return true;
    // "a 9-yr-old boy": a number glued to the words of its word is a modifier, not a count.
    if (after > 0 && tokens_[after - 1].end > numbers_[n]->span.end &&
        tokens_[after - 1].begin < numbers_[n]->span.end) {
      return true;
    }
    // "under the age of 10"; "a mother of two" counts her children, not victims.
    if (first >= 2 && Is(first - 1, "of") &&
        (Is(first - 2, "age") || lexicon_.persons.count(tokens_[first - 2].norm))) {
      return true;
    }
    // "Robert Roe 21, was found": an age after a two-word name without its first comma.
    if (first >= 2 && Is(after, ",") && tokens_[first - 1].capitalized &&
        tokens_[first - 2].capitalized && tokens_[first - 1].is_word &&
        tokens_[first - 2].is_word && !in_number_[first - 1]) {
      return true;
    }
    if (Is(first - 1, "(") && Is(after, ")")) return true;
    if (n > 0 && age[n - 1] &&
        (Is(first - 1, ",") || Is(first - 1, "and") || Is(first - 1, "to")) &&
        places_[n - 1].after + 2 >= first) {
      return true;
    }
    // "Jane Doe, 21 of Springfield": the home town follows the age.
    bool closed = after >= tokens_.size() || Is(after, ",") || IsClauseEnd(tokens_[after]) ||
                  (Is(after, "of") && after + 1 < tokens_.size() && tokens_[after + 1].capitalized);
    if (first < 2 || !Is(first - 1, ",")) return false;
    // "Smith Jr., 31, was": a name that ends in an abbreviation.
    if (Is(first - 2, ".") && first >= 3 && tokens_[first - 3].capitalized &&
        tokens_[first - 3].norm.size() <= 3) {
      return closed;
    }
    if (!tokens_[first - 2].is_word || in_number_[first - 2]) return false;
    // "Jane Doe, 66 and John Doe, 64 were found": a name, its age, and the next name.
    if (tokens_[first - 2].capitalized && Is(after, "and") && after + 1 < tokens_.size() &&
        tokens_[after + 1].capitalized) {
      return true;
    }
    if (n > 0 && age[n - 1] && tokens_[first - 2].capitalized) return true;
    return closed;
  }

  // "including N ...", "of which N were ...", "of whom N ...", and a figure that continues such
  // a list ("including scores of students and at least ten members of ...").
  bool IsAttachedNumber(std::size_t n, const std::vector<bool>& attached) const {
    std::size_t first = places_[n].first;
    if (first == 0) return false;
    if (Is(first - 1, "including") || Is(first - 1, "among")) return true;
    if (first >= 2 && Is(first - 2, "of") && (Is(first - 1, "which") || Is(first - 1, "whom"))) {
      return true;
    }
    if (n > 0 && attached[n - 1] && (Is(first - 1, "and") || Is(first - 1, ","))) {
      // Only words (no verb of its own) between the previous listed figure and this one.
      for (std::size_t i = places_[n - 1].after; i + 1 < first; ++i) {
        const std::string& w = tokens_[i].norm;
        if (IsClauseEnd(tokens_[i]) || (lexicon_.bridges.count(w) && w != "of")) return false;
      }
      return true;
    }
    return false;
  }

  std::optional<Binding> MatchAfterPhrase(std::size_t i) const {
    for (const MeasureLexicon& measure : lexicon_.measures) {
      for (const Phrase& phrase : measure.after) {
        if (MatchesAt(tokens_, i, phrase)) {
          Binding b;
          b.measure = &measure;
          b.form = BindingForm::kAfter;
          b.confidence = 0.9;
          for (const std::string& word : phrase) {
            if (!b.phrase.empty()) b.phrase += ' ';
            b.phrase += word;
          }
          return b;
        }
      }
    }
    return std::nullopt;
  }

  // Skips a parenthetical that starts at tokens_[i] (", including ... ," or "( ... )").
  // Returns the index after it, or i when none starts there.
  std::size_t SkipParenthetical(std::size_t i) const {
    if (Is(i, "(")) {
      for (std::size_t j = i + 1; j < tokens_.size(); ++j) {
        if (Is(j, ")")) return j + 1;
      }
      return i;
    }
    if (Is(i, ",") && (Is(i + 1, "including") || Is(i + 1, "among") || Is(i + 1, "mostly") ||
                       Is(i + 1, "mainly") || Is(i + 1, "many") || Is(i + 1, "most"))) {
      for (std::size_t j = i + 1; j < tokens_.size(); ++j) {
        if (Is(j, ",")) return j + 1;
        if (IsClauseEnd(tokens_[j])) return i;
      }
    }
    return i;
  }

  std::optional<Binding> BindAfter(std::size_t n) const {
    // "None of the other eight people were injured": the figure is denied, not stated.
    const std::size_t first_token = places_[n].first;
    for (std::size_t k = first_token; k > 1 && first_token - k < 3; --k) {
      if (Is(k - 2, "none") && Is(k - 1, "of")) return std::nullopt;
    }
    std::size_t i = places_[n].after;
    bool first = true;
    for (std::size_t steps = 0; i < tokens_.size() && steps < kAfterWindow; ++steps) {
      const Token& t = tokens_[i];
      if (IsClauseEnd(t)) break;
      std::size_t skipped = SkipParenthetical(i);
      if (skipped != i) {
        i = skipped;
        first = false;
        continue;
      }
      if (std::optional<Binding> b = MatchAfterPhrase(i)) {
        if (i > 0 && lexicon_.negators.count(tokens_[i - 1].norm)) return std::nullopt;
        // "five suspects were charged after a shooting killed two teens": a verb with a figure
        // right after it is that figure's active verb, in another clause; so is a verb with an
        // age after it ("a shooting that killed 2-year-old Jane Roe").
        std::size_t phrase_end = i + 1 + static_cast<std::size_t>(
                                             std::count(b->phrase.begin(), b->phrase.end(), ' '));
        if (phrase_end < tokens_.size() &&
            (in_number_[phrase_end] || in_age_[phrase_end] || IsAgeWord(tokens_[phrase_end]))) {
          return std::nullopt;
        }
        if (!b->measure->requires_population || CountsOwnPopulation(*b->measure, n, i + 1)) {
          return b;
        }
        return std::nullopt;
      }
      if (in_number_[i]) break;  // the next figure's words are not this one's
      // "400 of whom were hospitalised" is the figure's own partitive, not another clause.
      const bool own_partitive = i == places_[n].after + 1 && Is(i - 1, "of");
      if (lexicon_.clause_breaks.count(t.norm) && !own_partitive) break;
      // "the three are charged in the death of ...": the figure counts suspects. A participle
      // without its auxiliary describes the people ("970 people accused of theft have been
      // arrested") and the clause goes on.
      if (lexicon_.suspect_verbs.count(t.norm) && lexicon_.auxiliaries.count(tokens_[i - 1].norm)) {
        break;
      }
      // "three suspects in a shooting that left a woman dead": a singular subject of its own
      // (not one listed with the figure: "four people, including a girl, were hurt").
      if (i > places_[n].after && (t.norm == "a" || t.norm == "an") && StartsPerson(i) &&
          !lexicon_.bridges.count(tokens_[i - 1].norm) && tokens_[i - 1].is_word &&
          !Is(i - 1, "including") && !Is(i - 1, "and")) {
        break;
      }
      if (first) {
        bool bridge = t.norm == "," || lexicon_.bridges.count(t.norm) != 0 || IsAdverb(t) ||
                      lexicon_.IsPopulationWord(t.norm) || lexicon_.persons.count(t.norm) != 0;
        if (!bridge) return std::nullopt;  // "12 cities were ...": counts something else
      }
      // A reporting verb ends the figure's clause, unless it is a passive participle ("were
      // confirmed dead").
      bool passive = i > 0 && (Is(i - 1, "were") || Is(i - 1, "was") || Is(i - 1, "been") ||
                               Is(i - 1, "are") || Is(i - 1, "is"));
      for (const Phrase& verb : lexicon_.attribution_verbs) {
        if (!passive && MatchesAt(tokens_, i, verb)) return std::nullopt;
      }
      first = false;
      ++i;
    }
    return std::nullopt;
  }

  // One of the measure's population words stands between the figure and token `end` ("3,000
  // troops were sent"; "troops" itself when it is the trigger).
  bool CountsOwnPopulation(const MeasureLexicon& measure, std::size_t n, std::size_t end) const {
    for (std::size_t i = places_[n].after; i < end && i < tokens_.size(); ++i) {
      for (const Phrase& p : measure.population) {
        if (MatchesAt(tokens_, i, p)) return true;
      }
    }
    return false;
  }

  // The word after the number must allow a count of people: nothing, punctuation, a bridge or
  // a population word ("detained 3 activists" yes, "sent 2 letters" no).
  bool CountsPeopleAfter(std::size_t n) const {
    std::size_t i = places_[n].after;
    if (i >= tokens_.size() || !tokens_[i].is_word) return true;
    const Token& t = tokens_[i];
    return lexicon_.bridges.count(t.norm) != 0 || lexicon_.IsPopulationWord(t.norm);
  }

  std::optional<Binding> BindBefore(std::size_t n) const {
    std::size_t first = places_[n].first;
    if (first == 0) return std::nullopt;
    std::size_t end = first;  // the verb ends right before this token
    // "arrested a total of 970": skip the quantifier frame.
    if (end >= 3 && Is(end - 3, "a") && Is(end - 2, "total") && Is(end - 1, "of")) end -= 3;
    for (const MeasureLexicon& measure : lexicon_.measures) {
      for (const Phrase& phrase : measure.before) {
        if (end < phrase.size() || !MatchesAt(tokens_, end - phrase.size(), phrase)) continue;
        if (!CountsPeopleAfter(n)) return std::nullopt;
        if (measure.requires_population &&
            !CountsOwnPopulation(measure, n, std::min(places_[n].after + 2, tokens_.size()))) {
          return std::nullopt;
        }
        Binding b;
        b.measure = &measure;
        b.form = BindingForm::kBefore;
        b.confidence = 0.8;
        return b;
      }
    }
    return std::nullopt;
  }

  std::optional<Binding> BindToll(std::size_t n) const {
    std::size_t first = places_[n].first;
    std::size_t stop = first > kTollWindow ? first - kTollWindow : 0;
    for (std::size_t i = first; i-- > stop;) {
      if (IsClauseEnd(tokens_[i]) || in_number_[i]) break;
      for (const MeasureLexicon& measure : lexicon_.measures) {
        for (const Phrase& phrase : measure.toll) {
          if (!MatchesAt(tokens_, i, phrase) || i + phrase.size() > first) continue;
          // A one-word toll noun binds only right before the figure ("detentions near
          // 8,000"); further away it is too often the noun of another clause.
          if (phrase.size() == 1 && i + 2 < first) continue;
          Binding b;
          b.measure = &measure;
          b.form = BindingForm::kToll;
          b.total = true;
          b.confidence = 0.85;
          return b;
        }
      }
    }
    return std::nullopt;
  }

  // The canonical subgroup named by the words at i (after bridges when asked), if any.
  std::optional<std::string> SubgroupAfter(std::size_t i, bool skip_bridges) const {
    while (skip_bridges && i < tokens_.size() && lexicon_.bridges.count(tokens_[i].norm) &&
           !Is(i, "of")) {
      ++i;
    }
    for (const SubgroupPhrase& s : lexicon_.subgroups) {
      if (MatchesAt(tokens_, i, s.phrase)) return s.canonical;
    }
    return std::nullopt;
  }

  // The words from i to the next punctuation, conjunction or figure, lower-cased, for subgroups
  // the lexicon lacks.
  std::optional<std::string> WordsUntilPunctuation(std::size_t i) const {
    std::string words;
    for (; i < tokens_.size() && tokens_[i].is_word && !in_number_[i]; ++i) {
      if (lexicon_.bridges.count(tokens_[i].norm) && words.empty()) continue;
      if (Is(i, "and") || Is(i, "or")) break;
      if (!words.empty()) words += ' ';
      words += tokens_[i].norm;
    }
    if (words.empty()) return std::nullopt;
    return words;
  }


  void Describe(std::size_t n, Binding& b) const {
    std::size_t after = places_[n].after;
    if (Is(after, "of") && (Is(after + 1, "them") || Is(after + 1, "those") ||
                            Is(after + 1, "whom") || Is(after + 1, "the"))) {
      b.partitive = true;
    }
    if (Is(after, "more") || Is(after, "new") || Is(after, "additional") ||
        (places_[n].first > 0 && Is(places_[n].first - 1, "another"))) {
      b.increment = true;
    }
    std::size_t first = places_[n].first;
    for (std::size_t i = first > 4 ? first - 4 : 0; i < first; ++i) {
      if (Is(i, "total")) b.total = true;
    }
    // A population word that is not the measure's own default names a subgroup.
    std::size_t i = after;
    if (Is(i, "more")) ++i;
    bool own_population = false;
    for (const Phrase& p : b.measure->population) own_population |= MatchesAt(tokens_, i, p);
    if (!own_population) b.subgroup = SubgroupAfter(i, /*skip_bridges=*/false);
    if (std::optional<std::string> charge = ChargeAfter(tokens_, after, lexicon_)) {
      b.subgroup = charge;
    }
    // "19 of the dead were law-enforcement officers": the subgroup follows the measure.
    if (b.partitive && !b.subgroup) {
      for (std::size_t k = after + 2; k < std::min(after + 8, tokens_.size()); ++k) {
        if (IsClauseEnd(tokens_[k])) break;
        if (Is(k, "were") || Is(k, "was") || Is(k, "are")) {
          b.subgroup = SubgroupAfter(k + 1, /*skip_bridges=*/false);
          break;
        }
      }
    }
    if (b.partitive && !b.subgroup && !Is(after + 1, "the")) {
      b.subgroup = b.phrase.empty() ? "part of them" : b.phrase;
    }
  }

  // "18 members of the police had been killed and 748 had been wounded": a bare figure joined
  // by "and" to a figure with a subgroup counts the same subgroup.
  void InheritSubgroup(std::size_t n, const std::vector<Binding>& earlier, Binding& b) const {
    if (b.subgroup || earlier.empty() || !earlier.back().subgroup) return;
    std::size_t first = places_[n].first;
    std::size_t after = places_[n].after;
    if (first == 0 || !Is(first - 1, "and")) return;
    if (after < tokens_.size() && lexicon_.IsPopulationWord(tokens_[after].norm)) return;
    b.subgroup = earlier.back().subgroup;
  }

  // "no one was killed", "nobody was hurt", "no deaths were reported": claims of zero.
  void AddNegatives(std::vector<Binding>& bindings) const {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      std::size_t words = 0;
      if (Is(i, "nobody") || Is(i, "none")) {
        words = 1;
      } else if (Is(i, "no") && (Is(i + 1, "one") || Is(i + 1, "people"))) {
        words = 2;
      } else if (Is(i, "no")) {
        words = 1;  // "no deaths": the measure phrase follows right away
      } else {
        continue;
      }
      // "no one else was hurt", "no other injuries": zero among the others, not in all.
      std::size_t after_words = i + words;
      bool others = Is(after_words, "else") || Is(after_words, "other") || Is(after_words, "others");
      if (Is(after_words, "else")) ++after_words;
      std::size_t limit = words == 1 && Is(i, "no") ? after_words + 2 : after_words + 4;
      bool severity = false;
      for (std::size_t j = after_words; j < std::min(limit, tokens_.size()); ++j) {
        if (IsClauseEnd(tokens_[j])) break;
        std::optional<Binding> b = MatchAfterPhrase(j);
        if (!b) {
          severity |= lexicon_.severity.count(tokens_[j].norm) != 0;
          continue;
        }
        // "none of the injuries were life-threatening": the measure is the subject and the
        // negative denies a property of it; "no one was seriously hurt" denies a degree.
        if (Is(i, "none") && Is(i + 1, "of") && j <= i + 3) break;
        if (severity || (j + 1 < tokens_.size() &&
                         lexicon_.severity.count(tokens_[j + 1].norm) != 0)) {
          break;
        }
        if (others) b->subgroup = "others";
        b->form = BindingForm::kNegative;
        b->value_span = Span{tokens_[i].begin, tokens_[i + words - 1].end};
        b->confidence = 0.7;
        bindings.push_back(*b);
        break;
      }
    }
  }

  // "a man was killed", "a 23-year-old woman was shot and wounded", "an officer died": one
  // person, although no number is written. The subject is "a"/"an", at most four modifiers and
  // a person noun (data/claims/persons.tsv); the measure phrase follows within a few words.
  void AddSingulars(std::vector<Binding>& bindings) const {
    for (std::size_t i = 0; i + 1 < tokens_.size(); ++i) {
      if (!Is(i, "a") && !Is(i, "an")) continue;
      std::size_t noun = i + 1;
      while (noun < tokens_.size() && noun <= i + 5 && tokens_[noun].is_word &&
             !lexicon_.persons.count(tokens_[noun].norm)) {
        ++noun;
      }
      if (noun >= tokens_.size() || noun > i + 5 || !lexicon_.persons.count(tokens_[noun].norm)) {
        continue;
      }
      // The noun heads the subject only when a verb, not another noun, follows it.
      for (std::size_t j = noun + 1; j < std::min(noun + 5, tokens_.size()); ++j) {
        if (IsClauseEnd(tokens_[j]) || Is(j, ",") || Is(j, "who") || Is(j, "that") ||
            in_number_[j]) {
          break;
        }
        std::optional<Binding> b = MatchAfterPhrase(j);
        if (!b) continue;
        if (lexicon_.negators.count(tokens_[j - 1].norm)) break;  // "a boy was not hurt"
        // Without an auxiliary ("was", "has been") a transitive verb makes the person the
        // actor: "a man shot and killed his neighbor" counts the neighbor, not the man.
        if (!HasAuxiliary(noun + 1, j) && (IsActiveVerbPhrase(*b) || StartsBeforePhrase(j))) {
          break;
        }
        b->form = BindingForm::kSingular;
        b->implied_value = 1;
        // "a third person has died": the ordinal is the count so far.
        auto ordinal = lexicon_.ordinals.find(tokens_[i + 1].norm);
        if (ordinal != lexicon_.ordinals.end() && b->measure->ordinal_counts) {
          b->implied_value = ordinal->second;
          b->form = BindingForm::kAfter;
        }
        b->value_span = Span{tokens_[i].begin, tokens_[noun].end};
        b->confidence = 0.6;
        bindings.push_back(*b);
        break;
      }
      i = noun;
    }
  }

  // "a man", "a 25-year-old woman": "a"/"an" at i, up to four modifiers, a person noun.
  bool StartsPerson(std::size_t i) const {
    for (std::size_t k = i + 1; k < tokens_.size() && k <= i + 5; ++k) {
      if (!tokens_[k].is_word) return false;
      if (lexicon_.persons.count(tokens_[k].norm)) return true;
    }
    return false;
  }

  bool HasAuxiliary(std::size_t from, std::size_t to) const {
    for (std::size_t k = from; k < to; ++k) {
      if (Is(k, "was") || Is(k, "is") || Is(k, "been") || Is(k, "were") || Is(k, "got")) {
        return true;
      }
    }
    return false;
  }

  // True when a "before" phrase of a measure in its -ing form starts at token i ("accused of
  // fatally shooting three"): the subject is the actor. A participle ("a man fatally shot
  // Sunday") may be a passive without its auxiliary and is not read so.
  bool StartsBeforePhrase(std::size_t i) const {
    for (const MeasureLexicon& measure : lexicon_.measures) {
      for (const Phrase& phrase : measure.before) {
        if (phrase.size() > 1 && phrase.back().ends_with("ing") && MatchesAt(tokens_, i, phrase)) {
          return true;
        }
      }
    }
    return false;
  }

  // A phrase that can be an active transitive verb: one of the measure's "before" verbs, or a
  // manner adverb with a verb ("fatally shot").
  bool IsActiveVerbPhrase(const Binding& b) const {
    const Phrase phrase = MakePhrase(b.phrase);
    if (phrase.empty()) return false;
    for (const Phrase& verb : b.measure->before) {
      if (verb.size() == 1 && verb.front() == phrase.back()) return true;
    }
    return phrase.size() > 1 && IsAdverb(Token{0, 0, phrase.front(), true, false});
  }

  const std::vector<Token>& tokens_;
  const std::vector<const NumberMention*>& numbers_;
  const ClaimLexicon& lexicon_;
  std::vector<NumberPlace> places_;
  std::vector<bool> in_number_;
  std::vector<bool> in_age_;  // tokens of a number read as an age or modifier
};

}  // namespace

std::vector<Binding> BindMeasures(const std::vector<Token>& tokens,
                                  const std::vector<const NumberMention*>& numbers,
                                  const ClaimLexicon& lexicon) {
  return SentenceBinder(tokens, numbers, lexicon).Run();
}

}  // namespace tally::internal::claims
