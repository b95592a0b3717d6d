#include "store/sqlite_store.h"

#include <utility>

#include <fmt/format.h>

#include "common/text.h"
#include "store/schema.h"

namespace tally {

namespace internal {

Result<std::unique_ptr<Store>> SqliteStore::Open(const std::string& path) {
  Result<std::unique_ptr<SqliteConnection>> connection = SqliteConnection::Open(path);
  if (!connection.ok()) return connection.status();
  SqliteConnection& db = **connection;
  // Writers wait up to 5 s for each other instead of failing at once with SQLITE_BUSY.
  if (sqlite3_busy_timeout(db.handle(), 5000) != SQLITE_OK) {
    return SqliteStatus(db.handle(), SQLITE_ERROR, path);
  }
  // The first statement that reads the file: a file that is not a database fails here.
  // WAL lets readers (reports, `tally serve`) go on while a writer ingests.
  for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                             "PRAGMA synchronous = NORMAL"}) {
    Status status = db.Execute(pragma);
    if (!status.ok()) return status;
  }
  Status status = MigrateSchema(db);
  if (!status.ok()) return status;
  return std::unique_ptr<Store>(new SqliteStore(std::move(*connection)));
}

SqliteStore::~SqliteStore() {
  if (connection_->InTransaction()) {
    Status ignored = connection_->Execute("ROLLBACK");
    (void)ignored;  // nothing to report to from a destructor; SQLite undoes it on close anyway
  }
}

Status SqliteStore::RequireTransaction(const char* what) const {
  if (connection_->InTransaction()) return Status::Ok();
  return Status::Error(ErrorCode::kInvalidArgument,
                       fmt::format("{} needs an open transaction (call Begin first)", what));
}

Status SqliteStore::Begin() {
  if (connection_->InTransaction()) {
    return Status::Error(ErrorCode::kInvalidArgument, "a transaction is open already");
  }
  return connection_->Execute("BEGIN IMMEDIATE");
}

Status SqliteStore::Commit() {
  Status status = RequireTransaction("Commit");
  if (!status.ok()) return status;
  return connection_->Execute("COMMIT");
}

Status SqliteStore::Rollback() {
  Status status = RequireTransaction("Rollback");
  if (!status.ok()) return status;
  return connection_->Execute("ROLLBACK");
}

Status SqliteStore::PutReject(const Reject& reject) {
  Status status = RequireTransaction("PutReject");
  if (!status.ok()) return status;
  Result<Statement*> insert = connection_->Prepared(
      "INSERT INTO rejects (stage, source, byte_offset, code, message, snippet) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  if (!insert.ok()) return insert.status();
  Statement& row = **insert;
  // Rejected input is often not valid UTF-8; TEXT columns must be.
  row.BindText(1, SanitizeUtf8(reject.stage));
  row.BindText(2, SanitizeUtf8(reject.source));
  row.BindInt(3, static_cast<std::int64_t>(reject.offset));
  row.BindText(4, ErrorCodeName(reject.status.code()));
  row.BindText(5, SanitizeUtf8(reject.status.message()));
  row.BindText(6, SanitizeUtf8(reject.snippet));
  return row.Run();
}

Result<std::uint64_t> SqliteStore::CountDocuments() {
  Result<Statement*> count = connection_->Prepared("SELECT count(*) FROM documents");
  if (!count.ok()) return count.status();
  Result<bool> row = (*count)->Step();
  if (!row.ok()) return row.status();
  std::uint64_t n = static_cast<std::uint64_t>((*count)->Int(0));
  (*count)->Reset();
  return n;
}

}  // namespace internal

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  return internal::SqliteStore::Open(path);
}

}  // namespace tally
