// The fact sheet of a store: stories grouped from the stored documents and each story's claims
// reconciled. Shared by `tally ingest` (which stores it) and `tally report` (which prints it).
#ifndef TALLY_FACT_SHEET_H_
#define TALLY_FACT_SHEET_H_

#include <vector>

#include "tally/reconcile.h"
#include "tally/store.h"

namespace tally {

// Groups the documents into stories and reconciles each story's claims. Pure; thread-safe.
std::vector<DerivedStory> DeriveStories(const std::vector<StoredDocument>& documents,
                                        const ReconcileOptions& options);

}  // namespace tally

#endif  // TALLY_FACT_SHEET_H_
