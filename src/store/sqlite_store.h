// The SQLite implementation of Store: one file, WAL journal, versioned schema (schema.h).
#ifndef TALLY_STORE_SQLITE_STORE_H_
#define TALLY_STORE_SQLITE_STORE_H_

#include <memory>
#include <string>
#include <vector>

#include "store/sqlite_connection.h"
#include "tally/store.h"

namespace tally::internal {

class SqliteStore final : public Store {
 public:
  // See OpenSqliteStore.
  static Result<std::unique_ptr<Store>> Open(const std::string& path);
  // Rolls back a transaction left open.
  ~SqliteStore() override;

  Status Begin() override;
  Status Commit() override;
  Status Rollback() override;

  Result<bool> PutDocument(const ProcessedDocument& document) override;
  Status PutReject(const Reject& reject) override;
  Status ReplaceDerived(const std::vector<DerivedStory>& stories) override;

  Result<std::vector<StoredDocument>> LoadDocuments() override;
  Result<std::uint64_t> CountDocuments() override;

 private:
  explicit SqliteStore(std::unique_ptr<SqliteConnection> connection)
      : connection_(std::move(connection)) {}

  // kInvalidArgument unless a transaction is open; what names the operation.
  Status RequireTransaction(const char* what) const;

  // document_rows.cpp
  Status InsertDocumentRow(const ProcessedDocument& document);
  Status InsertMentions(const ProcessedDocument& document);
  Status InsertClaims(const ProcessedDocument& document);
  Result<std::vector<Claim>> LoadClaims(const std::string& document_id);

  // derived_rows.cpp
  Status InsertStory(const DerivedStory& derived, std::size_t position,
                     const std::vector<std::string>& document_ids);
  Result<std::int64_t> FindClaimRow(const SourcedClaim& claim);
  Result<std::vector<std::string>> DocumentIdsInOrder();

  std::unique_ptr<SqliteConnection> connection_;
};

}  // namespace tally::internal

#endif  // TALLY_STORE_SQLITE_STORE_H_
