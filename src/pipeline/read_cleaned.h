// The per-document stages after cleaning: analyse, claims, and the document-level rules that
// follow them. Shared by ProcessDocument/ProcessBatch and by the story-level dating of
// undated documents (story_dating.h), which reads a stored text again under a date it infers.
#ifndef TALLY_PIPELINE_READ_CLEANED_H_
#define TALLY_PIPELINE_READ_CLEANED_H_

#include <cstddef>
#include <optional>

#include "tally/document.h"
#include "tally/pipeline.h"

namespace tally::internal {

// `document.text` holds the cleaned text. When `document.published` has no date, the date the
// analysis infers from the text is taken (marked inferred). `year_hint` serves month-days
// written without a year. Pure; thread-safe.
ProcessedDocument ReadCleanedDocument(Document document, std::size_t lines_dropped,
                                      std::optional<int> year_hint);

}  // namespace tally::internal

#endif  // TALLY_PIPELINE_READ_CLEANED_H_
