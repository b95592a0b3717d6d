#include "claims/claim_lexicon.h"

#include <algorithm>
#include <optional>
#include <cstdio>
#include <cstdlib>

#include "common/data_files.h"

namespace tally::internal::claims {
namespace {

[[noreturn]] void BadRow(const std::string& file, std::size_t line, const char* what) {
  std::fprintf(stderr, "tally: data file %s line %zu: %s\n", file.c_str(), line, what);
  std::abort();
}

MeasureLexicon LoadMeasure(const std::string& name) {
  MeasureLexicon measure;
  measure.name = name;
  std::string file = "claims/measures/" + name + ".tsv";
  for (const DataRow& row : DataRows(file)) {
    if (row.fields.size() != 2) BadRow(file, row.line, "expected FORM <tab> PHRASE");
    const std::string& form = row.fields[0];
    if (form == "as_of") {
      if (row.fields[1] != "none" && row.fields[1] != "document") {
        BadRow(file, row.line, "as_of is 'document' or 'none'");
      }
      measure.undated_speaks_for_publication = row.fields[1] == "document";
      continue;
    }
    if (form == "ordinal") {
      if (row.fields[1] != "count") BadRow(file, row.line, "ordinal takes 'count'");
      measure.ordinal_counts = true;
      continue;
    }
    if (form == "report") {
      if (row.fields[1] != "no") BadRow(file, row.line, "report takes 'no'");
      measure.reported = false;
      continue;
    }
    if (form == "require") {
      if (row.fields[1] != "population") BadRow(file, row.line, "require takes 'population'");
      measure.requires_population = true;
      continue;
    }
    Phrase phrase = MakePhrase(row.fields[1]);
    if (form == "after") {
      measure.after.push_back(std::move(phrase));
    } else if (form == "before") {
      measure.before.push_back(std::move(phrase));
    } else if (form == "toll") {
      measure.toll.push_back(std::move(phrase));
    } else if (form == "population") {
      measure.population.push_back(std::move(phrase));
    } else {
      BadRow(file, row.line, "unknown form (after, before, toll, population, as_of, require, report, ordinal)");
    }
  }
  // Longest phrases first, so "criminal investigations" wins over "investigations".
  for (auto* list : {&measure.after, &measure.before, &measure.toll}) {
    std::stable_sort(list->begin(), list->end(),
                     [](const Phrase& a, const Phrase& b) { return a.size() > b.size(); });
  }
  return measure;
}

}  // namespace

ClaimLexicon::ClaimLexicon() {
  for (const DataRow& row : DataRows("claims/measures.tsv")) {
    measures.push_back(LoadMeasure(row.fields[0]));
    for (const Phrase& p : measures.back().population) population_words_.insert(p.front());
  }
  for (const DataRow& row : DataRows("claims/subgroups.tsv")) {
    if (row.fields.size() != 2) BadRow("claims/subgroups.tsv", row.line, "expected 2 fields");
    subgroups.push_back({MakePhrase(row.fields[0]), row.fields[1]});
    population_words_.insert(subgroups.back().phrase.front());
  }
  std::stable_sort(subgroups.begin(), subgroups.end(),
                   [](const SubgroupPhrase& a, const SubgroupPhrase& b) {
                     return a.phrase.size() > b.phrase.size();
                   });
  for (const DataRow& row : DataRows("claims/charges.tsv")) {
    if (row.fields.size() != 2) BadRow("claims/charges.tsv", row.line, "expected 2 fields");
    if (row.fields[0] == "cue") {
      charge_cues.push_back(MakePhrase(row.fields[1]));
    } else if (row.fields[0] == "charge") {
      charge_words.insert(row.fields[1]);
    } else if (row.fields[0] == "event") {
      event_part_words.insert(row.fields[1]);
    } else {
      BadRow("claims/charges.tsv", row.line, "unknown form (cue, charge, event)");
    }
  }
  for (const DataRow& row : DataRows("claims/attribution.tsv")) {
    if (row.fields.size() != 2) BadRow("claims/attribution.tsv", row.line, "expected 2 fields");
    if (row.fields[0] == "verb") {
      attribution_verbs.push_back(MakePhrase(row.fields[1]));
    } else if (row.fields[0] == "prep") {
      attribution_preps.push_back(MakePhrase(row.fields[1]));
    } else if (row.fields[0] == "pronoun") {
      pronouns.insert(row.fields[1]);
    } else {
      BadRow("claims/attribution.tsv", row.line, "unknown form (verb, prep, pronoun)");
    }
  }
  std::set<std::string> triggers;
  for (const MeasureLexicon& measure : measures) {
    for (const auto* list : {&measure.after, &measure.before, &measure.toll}) {
      // Any word of a phrase will do, since a binding needs the whole phrase: the longest is
      // the rarest in news prose ("custody" rather than "in").
      for (const Phrase& p : *list) {
        const std::string* longest = nullptr;
        for (const std::string& word : p) {
          if (longest == nullptr || word.size() >= longest->size()) longest = &word;
        }
        if (longest != nullptr) triggers.insert(*longest);
      }
    }
  }
  std::set<std::string> attribution_words;
  for (const auto* list : {&attribution_verbs, &attribution_preps}) {
    for (const Phrase& p : *list) {
      if (p.empty()) continue;
      attribution_starts_.insert(p.front());
      attribution_words.insert(p.front());
    }
  }
  cue_filter_ = std::make_unique<WholeWordFilter>(
      std::vector<std::set<std::string>>{triggers, attribution_words},
      "claims/measures, claims/attribution.tsv");
  for (const DataRow& row : DataRows("claims/bridges.tsv")) bridges.insert(row.fields[0]);
  for (const DataRow& row : DataRows("claims/suspect_verbs.tsv")) {
    suspect_verbs.insert(row.fields[0]);
  }
  for (const DataRow& row : DataRows("claims/clause_breaks.tsv")) {
    clause_breaks.insert(row.fields[0]);
  }
  for (const DataRow& row : DataRows("claims/negators.tsv")) negators.insert(row.fields[0]);
  for (const DataRow& row : DataRows("claims/ordinals.tsv")) {
    if (row.fields.size() != 2) BadRow("claims/ordinals.tsv", row.line, "expected 2 fields");
    ordinals[row.fields[0]] = std::atoi(row.fields[1].c_str());
  }
  for (const DataRow& row : DataRows("claims/reflexives.tsv")) reflexives.insert(row.fields[0]);
  for (const DataRow& row : DataRows("claims/possessives.tsv")) {
    possessives.insert(row.fields[0]);
  }
  for (const DataRow& row : DataRows("claims/auxiliaries.tsv")) {
    auxiliaries.insert(row.fields[0]);
  }
  for (const DataRow& row : DataRows("claims/persons.tsv")) persons.insert(row.fields[0]);
  for (const DataRow& row : DataRows("claims/severity.tsv")) severity.insert(row.fields[0]);
  for (const DataRow& row : DataRows("claims/aggregates.tsv")) {
    aggregates.push_back(MakePhrase(row.fields[0]));
  }
}

ClaimLexicon::~ClaimLexicon() = default;

bool ClaimLexicon::MayBind(std::string_view text) const {
  return cue_filter_->Contains(text, kTriggerGroup);
}

bool ClaimLexicon::MayAttribute(std::string_view text) const {
  return cue_filter_->Contains(text, kAttributionGroup);
}

ClaimLexicon::Cues ClaimLexicon::FindCues(std::string_view text) const {
  constexpr std::uint32_t kBind = std::uint32_t{1} << kTriggerGroup;
  constexpr std::uint32_t kAttribute = std::uint32_t{1} << kAttributionGroup;
  std::uint32_t found = cue_filter_->Groups(text, kBind | kAttribute);
  return {(found & kBind) != 0, (found & kAttribute) != 0};
}

std::vector<ClaimLexicon::Cues> ClaimLexicon::FindCuesOfSentences(
    std::string_view text, const std::vector<Sentence>& sentences) const {
  constexpr std::uint32_t kBind = std::uint32_t{1} << kTriggerGroup;
  constexpr std::uint32_t kAttribute = std::uint32_t{1} << kAttributionGroup;
  std::vector<Cues> cues(sentences.size());
  std::optional<std::vector<WholeWordFilter::Hit>> hits = cue_filter_->Hits(text);
  if (!hits) {
    for (std::size_t k = 0; k < sentences.size(); ++k) {
      const Span& s = sentences[k].span;
      cues[k] = FindCues(text.substr(s.begin, s.end - s.begin));
    }
    return cues;
  }
  std::size_t k = 0;
  for (const WholeWordFilter::Hit& hit : *hits) {
    while (k < sentences.size() && sentences[k].span.end <= hit.offset) ++k;
    if (k == sentences.size()) break;
    if (hit.offset < sentences[k].span.begin) continue;  // between sentences
    cues[k].may_bind |= (hit.groups & kBind) != 0;
    cues[k].may_attribute |= (hit.groups & kAttribute) != 0;
  }
  return cues;
}

const ClaimLexicon& ClaimLexicon::Default() {
  static const ClaimLexicon* lexicon = new ClaimLexicon;
  return *lexicon;
}

bool ClaimLexicon::IsPopulationWord(const std::string& word) const {
  return population_words_.count(word) != 0;
}

const MeasureLexicon* ClaimLexicon::FindMeasure(const std::string& name) const {
  for (const MeasureLexicon& m : measures) {
    if (m.name == name) return &m;
  }
  return nullptr;
}

}  // namespace tally::internal::claims
