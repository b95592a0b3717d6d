// The per-document stages chained: clean -> analyse -> claims; and the batch form that lets the
// documents of a batch lend each other the year of the story.
#ifndef TALLY_PIPELINE_H_
#define TALLY_PIPELINE_H_

#include <optional>
#include <vector>

#include "tally/analyse.h"
#include "tally/claims.h"
#include "tally/clean.h"
#include "tally/document.h"
#include "tally/entities.h"

namespace tally {

struct ProcessedDocument {
  Document document;  // with text (cleaned) and published (given or inferred) filled in
  Analysis analysis;
  std::vector<Claim> claims;              // sources in canonical form (tally/entities.h)
  std::vector<EntityMention> entities;    // people and organisations named in the text
  std::size_t lines_dropped = 0;  // by cleaning
};

struct PipelineOptions {
  CleanOptions clean;
  // Year used for documents whose text names month-days but no year (see InferDocumentDate).
  // Unset: ProcessBatch takes the most common year among the batch's dated documents.
  std::optional<int> year_hint;
};

// Cleans, analyses and extracts claims from one document. Pure; thread-safe.
ProcessedDocument ProcessDocument(Document document, const PipelineOptions& options);

// Processes a batch: first the documents whose date is given or fixed by their own text, then
// the others with the batch's year as hint. Output order is input order.
std::vector<ProcessedDocument> ProcessBatch(std::vector<Document> documents,
                                            const PipelineOptions& options);

}  // namespace tally

#endif  // TALLY_PIPELINE_H_
