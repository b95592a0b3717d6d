#include "pipeline/claim_agents.h"

#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "claims/tokens.h"
#include "common/data_files.h"
#include "common/text.h"

namespace tally::internal {
namespace {

struct AgentRules {
  std::map<std::string, std::string> suffix_by_measure;
  std::set<std::string> references;
  std::set<std::string> after;  // "from", "by": name the body after the figure
};

const AgentRules& Rules() {
  static const AgentRules* rules = [] {
    auto* loaded = new AgentRules();
    const char* file = "pipeline/agents.tsv";
    for (const DataRow& row : DataRows(file)) {
      if (row.fields.size() == 3 && row.fields[0] == "measure") {
        loaded->suffix_by_measure[row.fields[1]] = row.fields[2];
      } else if (row.fields.size() == 2 && row.fields[0] == "reference") {
        loaded->references.insert(AsciiLower(row.fields[1]));
      } else if (row.fields.size() == 2 && row.fields[0] == "after") {
        loaded->after.insert(AsciiLower(row.fields[1]));
      } else {
        std::fprintf(stderr,
                     "tally: data file %s line %zu: expected 'measure <tab> MEASURE <tab> "
                     "SUFFIX', 'reference <tab> WORD' or 'after <tab> WORD'\n",
                     file, row.line);
        std::abort();
      }
    }
    return loaded;
  }();
  return *rules;
}

using claims::Token;

// The word tokens of text[begin, end).
std::vector<Token> WordsIn(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  std::vector<Token> words = claims::Tokenize(text, begin, end);
  std::erase_if(words, [](const Token& t) { return !t.is_word; });
  return words;
}

// The organisation that a phrase ending in a reference word names by one of its aliases ("the
// Moscow-led bloc"), trying the longest phrase of up to four words first.
std::optional<EntityMention> NamedByAlias(std::string_view text, const std::vector<Token>& words,
                                          std::size_t reference) {
  for (std::size_t back = std::min<std::size_t>(3, reference) + 1; back-- > 0;) {
    std::string_view phrase = text.substr(words[reference - back].begin,
                                          words[reference].end - words[reference - back].begin);
    std::string canonical = CanonicalSource(phrase);
    if (canonical == Trim(phrase)) continue;
    for (EntityMention& m : FindEntities(canonical)) {
      if (m.kind == EntityKind::kOrganisation && m.canonical == canonical) return m;
    }
  }
  return std::nullopt;
}

}  // namespace

void BindAgents(std::string_view text, const std::vector<EntityMention>& entities,
                std::vector<Claim>& claims) {
  const AgentRules& rules = Rules();
  for (Claim& claim : claims) {
    if (claim.subgroup) continue;
    auto suffix = rules.suffix_by_measure.find(claim.measure);
    if (suffix == rules.suffix_by_measure.end()) continue;
    if (claim.evidence.begin > claim.value_span.begin || claim.evidence.end > text.size() ||
        claim.value_span.end > claim.evidence.end) {
      continue;
    }
    std::optional<EntityMention> agent;
    const EntityMention* before_sentence = nullptr;
    const EntityMention* after_figure = nullptr;  // the first in the sentence after the number
    for (const EntityMention& m : entities) {
      if (m.span.begin >= claim.evidence.end) break;
      if (m.kind != EntityKind::kOrganisation) continue;
      if (m.span.end <= claim.evidence.begin) {
        before_sentence = &m;
      } else if (m.span.end <= claim.value_span.begin) {
        if (!claim.source || *claim.source != m.canonical) agent = m;
      } else if (m.span.begin >= claim.value_span.end && after_figure == nullptr) {
        after_figure = &m;
      }
    }
    if (!agent && after_figure != nullptr) {
      // "2,500 troops from the CSTO": the last word before the name, past an article.
      std::vector<Token> gap = WordsIn(text, claim.value_span.end, after_figure->span.begin);
      if (!gap.empty() && gap.size() <= 4) {
        std::size_t last = gap.size() - 1;
        if (gap[last].norm == "the" && last > 0) --last;
        if (rules.after.count(gap[last].norm) != 0) agent = *after_figure;
      }
    }
    if (!agent) {
      // "The group authorised ...", "the Moscow-led bloc sent ...": a reference word before
      // the number names a body by alias, or points back to the last one named.
      std::vector<Token> words = WordsIn(text, claim.evidence.begin, claim.value_span.begin);
      for (std::size_t w = words.size(); w-- > 0 && !agent;) {
        if (rules.references.count(words[w].norm) == 0) continue;
        agent = NamedByAlias(text, words, w);
        if (!agent && before_sentence != nullptr) agent = *before_sentence;
      }
    }
    if (!agent) continue;
    claim.subgroup = agent->short_name + " " + suffix->second;
    if (!claim.source) claim.source = agent->canonical;
  }
}

void ShareSoleAgent(std::vector<SourcedClaim>& claims) {
  for (const auto& [measure, suffix] : Rules().suffix_by_measure) {
    const std::string ending = " " + suffix;
    std::set<std::string> agents;
    for (const SourcedClaim& sourced : claims) {
      const Claim& claim = sourced.claim;
      if (claim.measure == measure && claim.subgroup && claim.subgroup->size() > ending.size() &&
          claim.subgroup->compare(claim.subgroup->size() - ending.size(), ending.size(),
                                  ending) == 0) {
        agents.insert(*claim.subgroup);
      }
    }
    if (agents.size() != 1) continue;
    for (SourcedClaim& sourced : claims) {
      if (sourced.claim.measure == measure && !sourced.claim.subgroup) {
        sourced.claim.subgroup = *agents.begin();
      }
    }
  }
}

}  // namespace tally::internal
