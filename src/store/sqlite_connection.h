// One open SQLite database file, with the statements prepared on it kept for reuse.
#ifndef TALLY_STORE_SQLITE_CONNECTION_H_
#define TALLY_STORE_SQLITE_CONNECTION_H_

#include <sqlite3.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "store/sqlite_statement.h"
#include "tally/status.h"

namespace tally::internal {

// Not thread-safe: one connection per thread.
class SqliteConnection {
 public:
  // Opens (creating when absent) the database file at path. SQLite reads nothing yet, so a file
  // that is not a database only shows at the first statement. Errors: kIoError.
  static Result<std::unique_ptr<SqliteConnection>> Open(const std::string& path);
  ~SqliteConnection();
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  // Runs sql, one or more statements without parameters, ignoring any rows.
  Status Execute(const char* sql);
  // The statement for sql, prepared once and kept for the life of the connection, reset and
  // with no bindings. The pointer lives as long as the connection; one user at a time.
  Result<Statement*> Prepared(std::string_view sql);
  // The rowid of the last row inserted.
  std::int64_t LastInsertId() const { return sqlite3_last_insert_rowid(db_); }
  // Rows changed by the last INSERT, UPDATE or DELETE.
  std::int64_t Changes() const { return sqlite3_changes64(db_); }
  // True inside BEGIN ... COMMIT (SQLite's own view: it rolls back on some errors by itself).
  bool InTransaction() const { return sqlite3_get_autocommit(db_) == 0; }
  const std::string& path() const { return path_; }
  sqlite3* handle() const { return db_; }

 private:
  SqliteConnection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

  sqlite3* db_;
  std::string path_;
  std::unordered_map<std::string, Statement> statements_;
};

}  // namespace tally::internal

#endif  // TALLY_STORE_SQLITE_CONNECTION_H_
