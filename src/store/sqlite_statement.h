// A prepared SQLite statement that finalises itself, with bindings by explicit type and column
// reads that map NULL to nullopt.
#ifndef TALLY_STORE_SQLITE_STATEMENT_H_
#define TALLY_STORE_SQLITE_STATEMENT_H_

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "tally/status.h"

namespace tally::internal {

// The Status for SQLite result code rc on db: SQLITE_NOTADB and SQLITE_CORRUPT are kCorrupt,
// failures of the file system kIoError, constraint violations kInvalidArgument, the rest
// kInternal. The message is "what: <SQLite's message>".
Status SqliteStatus(sqlite3* db, int rc, std::string_view what);

// Owns one sqlite3_stmt. Indices of Bind* are 1-based (as in SQLite), of Column* 0-based.
// A failed bind is remembered and returned by the next Step, so call sites bind without
// checking each time. Not thread-safe; must not outlive its connection.
class Statement {
 public:
  Statement(sqlite3* db, sqlite3_stmt* statement) : db_(db), statement_(statement) {}
  ~Statement() { sqlite3_finalize(statement_); }
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Clears the bindings and rewinds, ready for new bindings.
  void Reset();

  void BindText(int index, std::string_view text);
  void BindInt(int index, std::int64_t value);
  void BindDouble(int index, double value);
  void BindNull(int index);
  void BindOptionalText(int index, const std::optional<std::string>& text);
  // NULL for an empty string: tally keeps "unknown" as empty, SQL as NULL.
  void BindTextOrNull(int index, std::string_view text);

  // Advances: true when a row is ready to read, false when the statement is done.
  Result<bool> Step();
  // Steps to the end, for statements that return no rows.
  Status Run();

  bool IsNull(int column) const;
  std::string Text(int column) const;  // "" for NULL
  std::optional<std::string> OptionalText(int column) const;
  std::int64_t Int(int column) const;
  double Double(int column) const;

 private:
  void Remember(int rc, std::string_view what);

  sqlite3* db_ = nullptr;
  sqlite3_stmt* statement_ = nullptr;
  Status bind_status_;
};

}  // namespace tally::internal

#endif  // TALLY_STORE_SQLITE_STATEMENT_H_
