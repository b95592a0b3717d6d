#include "tally/pipeline.h"

#include <map>

#include "pipeline/claim_agents.h"
#include "pipeline/restated_headline.h"

namespace tally {
namespace {

ProcessedDocument AnalyseCleaned(Document document, CleanedText cleaned,
                                 std::optional<int> year_hint) {
  ProcessedDocument out;
  out.lines_dropped = cleaned.lines_dropped;
  document.text = std::move(cleaned.text);
  AnalyseOptions options;
  options.published = document.published.date;
  options.year_hint = year_hint;
  out.analysis = Analyse(document.text, options);
  if (!document.published.date && out.analysis.anchor) {
    document.published.date = out.analysis.anchor;
    document.published.inferred = true;
  }
  out.claims = ExtractClaims(document, out.analysis);
  internal::InheritFromRestatement(out.analysis.sentences, out.claims);
  // One name per source, so that a report counts "Kazakhstan's interior ministry" and "the
  // Interior Ministry" as one.
  for (Claim& claim : out.claims) {
    if (claim.source) claim.source = CanonicalSource(*claim.source);
  }
  out.entities = FindEntities(document.text);
  internal::BindAgents(document.text, out.entities, out.claims);
  out.document = std::move(document);
  return out;
}

}  // namespace

ProcessedDocument ProcessDocument(Document document, const PipelineOptions& options) {
  CleanedText cleaned = CleanText(document.raw, options.clean);
  return AnalyseCleaned(std::move(document), std::move(cleaned), options.year_hint);
}

std::vector<ProcessedDocument> ProcessBatch(std::vector<Document> documents,
                                            const PipelineOptions& options) {
  std::vector<ProcessedDocument> out(documents.size());
  std::vector<CleanedText> cleaned(documents.size());
  std::vector<bool> done(documents.size(), false);
  std::map<int, int> years;  // year -> dated documents
  // Pass 1: documents whose date is given or fixed by their own text.
  for (std::size_t i = 0; i < documents.size(); ++i) {
    cleaned[i] = CleanText(documents[i].raw, options.clean);
    PublishedDate& published = documents[i].published;
    if (!published.date) {
      // Inferred once here; Analyse then takes it as given instead of inferring it again. The
      // year hint cannot change it: it serves only the rule that applies when these fail.
      published.date = InferDocumentDate(cleaned[i].text);
      published.inferred = published.date.has_value();
    }
    if (!published.date) continue;
    out[i] = AnalyseCleaned(std::move(documents[i]), std::move(cleaned[i]), options.year_hint);
    ++years[out[i].document.published.date->year()];
    done[i] = true;
  }
  // Pass 2: the rest, with the batch's most common year as the story's year.
  std::optional<int> hint = options.year_hint;
  if (!hint) {
    int best = 0;
    for (const auto& [year, count] : years) {
      if (count > best) {
        best = count;
        hint = year;
      }
    }
  }
  for (std::size_t i = 0; i < documents.size(); ++i) {
    if (done[i]) continue;
    out[i] = AnalyseCleaned(std::move(documents[i]), std::move(cleaned[i]), hint);
  }
  return out;
}

}  // namespace tally
