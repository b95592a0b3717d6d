// ExtractClaims: per sentence, binds numbers to measures (measure_binder), then gives each
// claim its subgroup, place, period, as-of date and source.
#include <algorithm>
#include <map>
#include <set>

#include "claims/aggregate_sentence.h"
#include "claims/attribution.h"
#include "claims/claim_lexicon.h"
#include "claims/gazetteer.h"
#include "claims/measure_binder.h"
#include "claims/modality.h"
#include "claims/running_total.h"
#include "claims/implied_injured.h"
#include "claims/story_date.h"
#include "claims/tokens.h"
#include "common/data_files.h"
#include "common/text.h"
#include "tally/claims.h"

namespace tally {

using internal::claims::Attribution;
using internal::claims::Binding;
using internal::claims::BindingForm;
using internal::claims::ClaimLexicon;
using internal::claims::Gazetteer;
using internal::claims::PlaceKind;
using internal::claims::PlaceMention;
using internal::claims::Token;

namespace {

constexpr int kDominantCountryMentions = 2;

// The country a document is about: the one its place names point to most often (a city counts
// for its country); ties go to the first named. A country named once, after the first sentence,
// is not enough: local news mentions far places in passing ("a veteran of Iraq"), and the
// gazetteer need not know the document's own places. lead_end: the end of the first sentence.
std::optional<std::string> DominantCountry(const std::vector<PlaceMention>& mentions,
                                           const Gazetteer& gazetteer, std::uint32_t lead_end) {
  std::map<std::string, std::pair<int, std::size_t>> counts;  // country -> (count, -first)
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const internal::claims::Place& place = gazetteer.places()[mentions[i].place];
    std::string country = place.kind == PlaceKind::kCountry ? place.canonical : place.parent;
    if (country.empty()) continue;
    auto [it, inserted] = counts.try_emplace(country, 0, i);
    ++it->second.first;
  }
  std::optional<std::string> best;
  std::pair<int, std::size_t> best_score{0, 0};
  for (const auto& [country, score] : counts) {
    if (!best || score.first > best_score.first ||
        (score.first == best_score.first && score.second < best_score.second)) {
      best = country;
      best_score = score;
    }
  }
  if (best_score.first < kDominantCountryMentions &&
      (!best || mentions[best_score.second].begin >= lead_end)) {
    return std::nullopt;
  }
  return best;
}

bool IsParticipleStart(const std::vector<Token>& tokens, std::size_t i) {
  if (i >= tokens.size() || !tokens[i].is_word) return false;
  const std::string& w = tokens[i].norm;
  return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0 && w != "including" &&
         w != "according";
}

// The comma-separated segments of a sentence: clause-sized pieces that bind places and dates
// to the figures near them.
class Segments {
 public:
  explicit Segments(const std::vector<Token>& tokens) : tokens_(tokens) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      std::string_view w = tokens[i].norm;  // inline comparisons, no library call
      if (w == "," || w == ";") starts_.push_back(i + 1);
    }
  }
  std::size_t size() const { return starts_.size(); }
  std::size_t start(std::size_t segment) const { return starts_[segment]; }
  // The segment holding the byte at offset.
  std::size_t Of(std::uint32_t offset) const {
    std::size_t segment = 0;
    for (std::size_t s = 0; s < starts_.size(); ++s) {
      if (starts_[s] < tokens_.size() && tokens_[starts_[s]].begin <= offset) segment = s;
    }
    return segment;
  }
  // Tokens in the segment.
  std::size_t Length(std::size_t segment) const {
    std::size_t end = segment + 1 < starts_.size() ? starts_[segment + 1] : tokens_.size();
    return end - starts_[segment];
  }

 private:
  const std::vector<Token>& tokens_;
  std::vector<std::size_t> starts_;
};

int Specificity(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kCity: return 3;
    case PlaceKind::kRegion: return 2;
    case PlaceKind::kCountry: return 1;
  }
  return 0;
}

// The place of the clause that holds offset: a place named in the same comma-separated
// segment; else a short appositive segment right after it ("in the largest city, Almaty.");
// else a segment before it, unless a participle clause ("bringing the total to ...") stands
// between, since such totals reach beyond the place of the main clause.
std::optional<std::string> ClausePlace(const std::vector<Token>& tokens, const Segments& segments,
                                       const std::vector<PlaceMention>& sentence_places,
                                       const Gazetteer& gazetteer, std::uint32_t offset) {
  if (sentence_places.empty()) return std::nullopt;
  auto best_in = [&](std::size_t segment) -> std::optional<std::string> {
    const PlaceMention* best = nullptr;
    for (const PlaceMention& m : sentence_places) {
      if (segments.Of(m.begin) != segment) continue;
      if (best == nullptr || Specificity(gazetteer.places()[m.place].kind) >
                                 Specificity(gazetteer.places()[best->place].kind)) {
        best = &m;
      }
    }
    if (best == nullptr) return std::nullopt;
    return gazetteer.places()[best->place].canonical;
  };
  std::size_t own = segments.Of(offset);
  if (auto place = best_in(own)) return place;
  if (own + 2 == segments.size() && segments.Length(own + 1) <= 4) {
    if (auto place = best_in(own + 1)) return place;
  }
  for (std::size_t s = own; s > 0; --s) {
    if (IsParticipleStart(tokens, segments.start(s))) break;
    if (auto place = best_in(s - 1)) return place;
  }
  return std::nullopt;
}

// A time expression that dates another event than the figure: a cue of
// data/claims/other_event_cues.tsv within its reach before it, with no punctuation between.
bool DatesAnotherEvent(const std::vector<Token>& tokens, std::uint32_t time_begin) {
  static const std::map<std::string, std::size_t, std::less<>>* const kReach = [] {
    auto* reach = new std::map<std::string, std::size_t, std::less<>>;
    for (const internal::DataRow& row : internal::DataRows("claims/other_event_cues.tsv")) {
      int words = row.fields.size() == 2 ? std::atoi(row.fields[1].c_str()) : 1;
      (*reach)[row.fields[0]] = static_cast<std::size_t>(std::max(words, 1));
    }
    return reach;
  }();
  static const std::size_t kLongestReach = [] {
    std::size_t longest = 0;
    for (const auto& [cue, words] : *kReach) longest = std::max(longest, words);
    return longest;
  }();
  std::size_t at = TokenAt(tokens, time_begin);
  for (std::size_t i = at, back = 1; i > 0; --i, ++back) {
    const Token& token = tokens[i - 1];
    if (!token.is_word) return false;
    auto cue = kReach->find(token.norm);
    if (cue != kReach->end() && back <= cue->second) return true;
    if (back >= kLongestReach) return false;
  }
  return false;
}

// The first day of a year, month or season (TIMEX3 "2012", "2012-12", "2015-SU") that excludes
// anchor: a figure in a clause dated "in December 2012", "in 2009" or "last summer" speaks of
// another event than the document's day. nullopt for other values, or when the period holds
// the anchor.
std::optional<Date> OtherPeriodStart(const TimeMention& time, const std::optional<Date>& anchor) {
  const std::string& v = time.value;
  if (!anchor || time.type != TimexType::kDate || (v.size() != 4 && v.size() != 7)) {
    return std::nullopt;
  }
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t i = 0; i < 4; ++i) {
    if (!digit(v[i])) return std::nullopt;
  }
  int year = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
  int first_month = 1;
  int months = 12;
  if (v.size() == 7) {
    if (v[4] != '-') return std::nullopt;
    std::string_view part = std::string_view(v).substr(5);
    months = 3;  // TIMEX3 seasons: spring from March, summer June, fall September, winter
    if (part == "SP") {
      first_month = 3;
    } else if (part == "SU") {
      first_month = 6;
    } else if (part == "FA") {
      first_month = 9;
    } else if (part == "WI") {
      first_month = 12;
    } else if (digit(part[0]) && digit(part[1])) {
      first_month = (part[0] - '0') * 10 + (part[1] - '0');
      months = 1;
    } else {
      return std::nullopt;
    }
  }
  // Months since year 0 of the anchor and of the period's bounds.
  int at = anchor->year() * 12 + anchor->month() - 1;
  int from = year * 12 + first_month - 1;
  if (from <= at && at < from + months) return std::nullopt;
  return Date::FromYmd(year, first_month, 1);
}

struct SentenceContext {
  const std::vector<Token>* tokens = nullptr;
  const Segments* segments = nullptr;
  std::vector<const TimeMention*> times;
  std::vector<PlaceMention> places;
};

// dated_in_text: set when the date is a day named in the sentence (not another period, not the
// publication date).
std::optional<Date> AsOf(const SentenceContext& context, const Span& value_span,
                         const internal::claims::MeasureLexicon& measure, const Analysis& analysis,
                         bool& dated_in_text) {
  dated_in_text = false;
  // The time expression of the figure's own clause, else the nearest in the sentence.
  const TimeMention* nearest = nullptr;
  std::pair<bool, std::uint32_t> best{false, 0};  // (other clause, distance): lower is better
  std::size_t own = context.segments->Of(value_span.begin);
  std::optional<Date> nearest_day;
  for (const TimeMention* time : context.times) {
    std::optional<Date> day = time->day;
    if (!day) day = OtherPeriodStart(*time, analysis.anchor);
    if (!day || (time->type != TimexType::kDate && time->type != TimexType::kTime)) {
      continue;
    }
    if (DatesAnotherEvent(*context.tokens, time->span.begin)) continue;
    std::uint32_t distance = time->span.begin > value_span.end
                                 ? time->span.begin - value_span.end
                                 : value_span.begin - std::min(value_span.begin, time->span.end);
    std::pair<bool, std::uint32_t> score{context.segments->Of(time->span.begin) != own,
                                         distance};
    if (nearest == nullptr || score < best) {
      nearest = time;
      nearest_day = day;
      best = score;
    }
  }
  if (nearest != nullptr) {
    dated_in_text = nearest->day.has_value();
    return nearest_day;
  }
  if (measure.undated_speaks_for_publication) return analysis.anchor;
  return std::nullopt;
}

Period PeriodOf(const Binding& binding, const SentenceContext& context) {
  Period period;
  if (binding.total || binding.form == BindingForm::kToll) return period;
  const TimeMention* window = nullptr;
  for (const TimeMention* time : context.times) {
    if (time->type == TimexType::kDuration && !time->window.empty()) window = time;
  }
  if (binding.increment || window != nullptr ||
      FeedsRunningTotal(*context.tokens, binding.value_span.end)) {
    period.kind = PeriodKind::kIncrement;
    if (window != nullptr) period.window = window->window;
  }
  return period;
}

// The source whose cue stands nearest the figure (in tokens), when the sentence names any.
std::optional<std::string> NearestSource(
    const std::vector<Token>& tokens,
    const std::vector<std::pair<std::size_t, std::string>>& sources, std::uint32_t offset) {
  std::size_t at = TokenAt(tokens, offset);
  const std::string* best = nullptr;
  std::size_t best_distance = 0;
  for (const auto& [cue, source] : sources) {
    std::size_t distance = cue > at ? cue - at : at - cue;
    if (best == nullptr || distance < best_distance) {
      best = &source;
      best_distance = distance;
    }
  }
  if (best == nullptr) return std::nullopt;
  return *best;
}

bool IsVague(const Claim& claim) { return claim.approx == Approx::kVague; }

// A vague amount ("dozens were killed") adds nothing where the same document gives a figure
// for the same measure, subgroup and place.
void DropRedundantVagueClaims(std::vector<Claim>& claims) {
  std::vector<Claim> kept;
  for (const Claim& claim : claims) {
    bool redundant = false;
    if (IsVague(claim)) {
      for (const Claim& other : claims) {
        redundant |= !IsVague(other) && other.measure == claim.measure &&
                     other.subgroup == claim.subgroup && other.place == claim.place;
      }
    }
    if (!redundant) kept.push_back(claim);
  }
  claims = std::move(kept);
}

// "A man was killed" speaks of one victim among possibly several: where the same document
// writes a figure for the measure ("two people were killed"), the figure stands for the whole.
void DropRedundantSingularClaims(std::vector<Claim>& claims, const std::vector<bool>& singular) {
  std::vector<Claim> kept;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    bool redundant = false;
    if (singular[i]) {
      for (std::size_t j = 0; j < claims.size(); ++j) {
        redundant |= !singular[j] && claims[j].measure == claims[i].measure &&
                     !claims[j].subgroup && claims[j].approx != Approx::kVague;
      }
    }
    if (!redundant) kept.push_back(claims[i]);
  }
  claims = std::move(kept);
}

}  // namespace

std::string CanonicalSubgroup(std::string_view phrase) {
  std::string lower = internal::AsciiLower(internal::Trim(phrase));
  std::string padded = " " + lower + " ";
  for (char& c : padded) {
    if (c == ',' || c == '(' || c == ')') c = ' ';
  }
  // Subgroups are sorted longest phrase first.
  for (const internal::claims::SubgroupPhrase& s : ClaimLexicon::Default().subgroups) {
    std::string words;
    for (const std::string& w : s.phrase) words += " " + w;
    if (padded.find(words + " ") != std::string::npos) return s.canonical;
  }
  return lower;
}

namespace {

// The last source named (not by a pronoun) in sentences [from, to), scanning back; nullopt when
// none names one. Only sentences before a sentence with a figure need this, so their attributions
// are read lazily, on demand.
// may_attribute[k]: ClaimLexicon::MayAttribute of sentence k.
std::optional<std::string> LastNamedSource(std::string_view text,
                                           const std::vector<Sentence>& sentences,
                                           const std::vector<bool>& may_attribute,
                                           std::size_t from, std::size_t to,
                                           const ClaimLexicon& lexicon) {
  for (std::size_t k = to; k-- > from;) {
    const Span& s = sentences[k].span;
    if (!may_attribute[k]) continue;
    std::vector<Token> tokens = internal::claims::Tokenize(text, s.begin, s.end);
    std::vector<Attribution> attributions =
        internal::claims::FindAttributions(text, tokens, lexicon);
    for (std::size_t a = attributions.size(); a-- > 0;) {
      if (!attributions[a].pronoun) return std::move(attributions[a].source);
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<Claim> ExtractClaims(const Document& document, const Analysis& analysis) {
  const ClaimLexicon& lexicon = ClaimLexicon::Default();
  const Gazetteer& gazetteer = Gazetteer::Default();
  std::string_view text = document.text;
  // Place names are looked up only once a sentence can bind a figure.
  bool places_found = false;
  std::vector<PlaceMention> places;
  std::optional<std::string> default_place;
  std::optional<std::string> last_source;
  // last_source is the last source named in the sentences before this one; those from it on
  // are read only when a pronoun asks for a source (LastNamedSource).
  std::size_t attributions_read_to = 0;

  std::vector<Claim> claims;
  std::vector<bool> singular;  // per claim: from a singular subject ("a man was killed")
  std::vector<std::size_t> sentence_of;  // per claim: its sentence
  std::vector<bool> dated_by_text;       // per claim: dated by a day its sentence names
  std::size_t next_number = 0;
  std::size_t next_time = 0;
  std::size_t next_place = 0;
  // Filled for every sentence as the loop passes it; read for earlier sentences only.
  std::vector<bool> may_attribute(analysis.sentences.size());
  // Most sentences name no measure: their words are tested before tokens are built (one scan
  // of the text also tells which sentences may name a source).
  std::vector<ClaimLexicon::Cues> sentence_cues =
      lexicon.FindCuesOfSentences(text, analysis.sentences);
  for (std::size_t k = 0; k < analysis.sentences.size(); ++k) {
    const Span& s = analysis.sentences[k].span;
    may_attribute[k] = sentence_cues[k].may_attribute;
    if (!sentence_cues[k].may_bind) continue;
    std::vector<Token> tokens = internal::claims::Tokenize(text, s.begin, s.end);
    if (!places_found) {
      places = gazetteer.Find(text);
      default_place = DominantCountry(places, gazetteer, analysis.sentences.front().span.end);
      places_found = true;
    }
    std::vector<const NumberMention*> numbers;
    while (next_number < analysis.numbers.size() &&
           analysis.numbers[next_number].span.begin < s.end) {
      const NumberMention& n = analysis.numbers[next_number++];
      if (n.span.begin >= s.begin && n.span.end <= s.end && n.kind == NumberKind::kCount) {
        numbers.push_back(&n);
      }
    }
    SentenceContext context;
    while (next_time < analysis.times.size() && analysis.times[next_time].span.begin < s.end) {
      const TimeMention& t = analysis.times[next_time++];
      if (t.span.begin >= s.begin) context.times.push_back(&t);
    }
    while (next_place < places.size() && places[next_place].begin < s.end) {
      if (places[next_place].begin >= s.begin) context.places.push_back(places[next_place]);
      ++next_place;
    }
    context.tokens = &tokens;

    Segments segments(tokens);
    context.segments = &segments;
    // Sources named in the sentence, pronouns resolved to the last source named before them.
    std::vector<std::pair<std::size_t, std::string>> sources;  // (cue token, source)
    // Earlier sentences are read for a named source only when a pronoun needs one: a source
    // named here supersedes them.
    for (Attribution& attribution : internal::claims::FindAttributions(text, tokens, lexicon)) {
      if (!attribution.pronoun) {
        last_source = attribution.source;
        attributions_read_to = k;
      } else if (attributions_read_to < k) {
        if (std::optional<std::string> source = LastNamedSource(
                text, analysis.sentences, may_attribute, attributions_read_to, k, lexicon)) {
          last_source = std::move(source);
        }
        attributions_read_to = k;
      }
      if (!last_source) continue;
      sources.emplace_back(attribution.cue, *last_source);
    }

    std::vector<internal::claims::ModalityCues::Found> modality_cues;
    bool modality_read = false;
    std::vector<Binding> bindings = internal::claims::BindMeasures(tokens, numbers, lexicon);
    // A sentence that tallies several events ("in shootings across the city since Friday").
    const bool aggregate =
        !bindings.empty() && internal::claims::TalliesSeveralEvents(tokens, lexicon);
    // "Four people were shot, two of them fatally": the share of the people shot is the dead.
    const bool shot_named = std::any_of(bindings.begin(), bindings.end(), [](const Binding& b) {
      return !b.measure->reported && !b.subgroup;
    });
    for (const Binding& binding : bindings) {
      Claim claim;
      claim.measure = binding.measure->name;
      if (binding.number) {
        const NumberMention& n = *numbers[*binding.number];
        claim.lo = n.lo + binding.added;
        claim.hi = n.hi + binding.added;
        claim.value = n.value + binding.added;
        claim.approx = n.approx;
      } else {
        claim.lo = claim.hi = claim.value = binding.implied_value + binding.added;
      }
      if (binding.subgroup && !(shot_named && binding.partitive)) {
        claim.subgroup = CanonicalSubgroup(*binding.subgroup);
      }
      if (aggregate && !claim.subgroup) claim.subgroup = "several incidents";
      claim.place =
          ClausePlace(tokens, segments, context.places, gazetteer, binding.value_span.begin);
      // "Two of the victims died at the scene": a share of a group counted elsewhere, unless
      // a place of its own makes it the part ("103 of the deaths occurred in Almaty").
      if (binding.partitive && !shot_named && !claim.subgroup && !claim.place) {
        claim.subgroup = "part of them";
      }
      if (!claim.place) claim.place = default_place;
      claim.period = PeriodOf(binding, context);
      bool dated_in_text = false;
      claim.as_of = AsOf(context, binding.value_span, *binding.measure, analysis, dated_in_text);
      dated_by_text.push_back(dated_in_text);
      claim.source = NearestSource(tokens, sources, binding.value_span.begin);
      if (!modality_read) {
        modality_cues = internal::claims::ModalityCues::Default().FindIn(tokens);
        modality_read = true;
      }
      claim.modality = internal::claims::ModalityCues::Of(
          modality_cues, TokenAt(tokens, binding.value_span.begin));
      claim.evidence = s;
      claim.value_span = binding.value_span;
      claim.confidence = binding.confidence * (claim.approx == Approx::kVague ? 0.8 : 1.0);
      singular.push_back(binding.form == BindingForm::kSingular);
      sentence_of.push_back(k);
      claims.push_back(std::move(claim));
    }
  }
  internal::claims::DateByStory(claims, dated_by_text, analysis.anchor);
  internal::claims::ReadImpliedInjured(lexicon, claims, sentence_of, singular);
  DropRedundantSingularClaims(claims, singular);
  DropRedundantVagueClaims(claims);
  return claims;
}

}  // namespace tally
