// Store: where documents, their mentions and claims, and what stories and reconciliation derive
// from them are kept. The embedded default is one SQLite file (WAL mode, versioned schema).
#ifndef TALLY_STORE_H_
#define TALLY_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "tally/pipeline.h"
#include "tally/reconcile.h"
#include "tally/status.h"
#include "tally/stories.h"

namespace tally {

// A stored document with its claims (mentions stay in the store; reports need claims only).
struct StoredDocument {
  Document document;  // raw and text included
  std::vector<Claim> claims;
};

// One story with its reconciliation, as derived from the stored documents. Story::documents
// index the documents in the order LoadDocuments returns them (ingestion order); the claims of
// the reconciliation must be stored claims (found again by document, measure, spans, subgroup
// and place).
struct DerivedStory {
  Story story;
  Reconciliation reconciliation;
};

// Not thread-safe: one Store per thread. Writes happen only inside a transaction; a
// transaction that is not committed (error, crash, destruction) leaves the store as before it.
class Store {
 public:
  virtual ~Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
  virtual Status Rollback() = 0;

  // Inside a transaction: adds the document with its mentions and claims. Returns false (and
  // writes nothing) when a document with the same id is stored already.
  virtual Result<bool> PutDocument(const ProcessedDocument& document) = 0;
  // Inside a transaction: records a rejected input of this run.
  virtual Status PutReject(const Reject& reject) = 0;
  // Inside a transaction: replaces every story, series and relation with these.
  virtual Status ReplaceDerived(const std::vector<DerivedStory>& stories) = 0;

  // Every stored document with its claims, in order of ingestion.
  virtual Result<std::vector<StoredDocument>> LoadDocuments() = 0;
  virtual Result<std::uint64_t> CountDocuments() = 0;

 protected:
  Store() = default;
};

// Opens (creating when absent) the SQLite store at path and migrates its schema to the
// current version. Errors: kIoError when the file cannot be opened, kCorrupt when it is not a
// tally store or is newer than this program.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);

}  // namespace tally

#endif  // TALLY_STORE_H_
