#include "pipeline/read_cleaned.h"

#include <utility>

#include "pipeline/claim_agents.h"
#include "pipeline/restated_headline.h"
#include "tally/entities.h"

namespace tally::internal {

ProcessedDocument ReadCleanedDocument(Document document, std::size_t lines_dropped,
                                      std::optional<int> year_hint) {
  ProcessedDocument out;
  out.lines_dropped = lines_dropped;
  AnalyseOptions options;
  options.published = document.published.date;
  options.year_hint = year_hint;
  out.analysis = Analyse(document.text, options);
  if (!document.published.date && out.analysis.anchor) {
    document.published.date = out.analysis.anchor;
    document.published.inferred = true;
  }
  out.claims = ExtractClaims(document, out.analysis);
  InheritFromRestatement(out.analysis.sentences, out.claims);
  // One name per source, so that a report counts "Kazakhstan's interior ministry" and "the
  // Interior Ministry" as one.
  for (Claim& claim : out.claims) {
    if (claim.source) claim.source = CanonicalSource(*claim.source);
  }
  out.entities = FindEntities(document.text);
  BindAgents(document.text, out.entities, out.claims);
  out.document = std::move(document);
  return out;
}

}  // namespace tally::internal
