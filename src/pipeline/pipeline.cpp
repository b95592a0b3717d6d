#include "tally/pipeline.h"

#include <map>

#include "pipeline/read_cleaned.h"

namespace tally {

ProcessedDocument ProcessDocument(Document document, const PipelineOptions& options) {
  CleanedText cleaned = CleanText(document.raw, options.clean);
  std::size_t dropped = cleaned.lines_dropped;
  document.text = std::move(cleaned.text);
  return internal::ReadCleanedDocument(std::move(document), dropped, options.year_hint);
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
    documents[i].text = std::move(cleaned[i].text);
    out[i] = internal::ReadCleanedDocument(std::move(documents[i]), cleaned[i].lines_dropped,
                                           options.year_hint);
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
    documents[i].text = std::move(cleaned[i].text);
    out[i] = internal::ReadCleanedDocument(std::move(documents[i]), cleaned[i].lines_dropped, hint);
  }
  return out;
}

}  // namespace tally
