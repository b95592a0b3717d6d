#include "store/sqlite_connection.h"

#include <utility>

#include <fmt/format.h>

namespace tally::internal {

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::Open(const std::string& path) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                           nullptr);
  if (rc != SQLITE_OK) {
    Status status = Status::Error(
        ErrorCode::kIoError,
        fmt::format("cannot open store {}: {}",
                    path, db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
    sqlite3_close_v2(db);
    return status;
  }
  sqlite3_extended_result_codes(db, 1);
  return std::unique_ptr<SqliteConnection>(new SqliteConnection(db, path));
}

SqliteConnection::~SqliteConnection() {
  statements_.clear();  // finalised before the connection closes
  sqlite3_close_v2(db_);
}

Status SqliteConnection::Execute(const char* sql) {
  char* error = nullptr;
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &error);
  sqlite3_free(error);  // the same text as sqlite3_errmsg, which SqliteStatus reads
  if (rc != SQLITE_OK) return SqliteStatus(db_, rc, path_);
  return Status::Ok();
}

Result<Statement*> SqliteConnection::Prepared(std::string_view sql) {
  auto it = statements_.find(std::string(sql));
  if (it == statements_.end()) {
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK) {
      sqlite3_finalize(statement);
      return SqliteStatus(db_, rc, fmt::format("{}: prepare", path_));
    }
    it = statements_.emplace(std::string(sql), Statement(db_, statement)).first;
  }
  it->second.Reset();
  return &it->second;
}

}  // namespace tally::internal
