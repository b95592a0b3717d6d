#include "store/schema.h"

#include <array>
#include <string>

#include <fmt/format.h>

namespace tally::internal {
namespace {

// Migration N (1-based) takes a store from user_version N-1 to N. Append new migrations; never
// edit a released one, since stores in the field have run it.
//
// Conventions: offsets are byte offsets into documents.text; a NULL lower bound is -infinity and
// a NULL upper bound +infinity (SQL has no infinite REAL literal, and JSON exports none); dates
// are ISO "YYYY-MM-DD" TEXT; optional text is NULL when unknown.
constexpr std::array<const char*, 2> kMigrations = {
    R"sql(
CREATE TABLE tally_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO tally_meta (key, value) VALUES ('application', 'tally');

CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,          -- ingestion order
  path TEXT NOT NULL,
  outlet TEXT,
  url TEXT,
  title TEXT,
  published TEXT,
  published_inferred INTEGER NOT NULL DEFAULT 0,
  raw TEXT NOT NULL,
  text TEXT NOT NULL,
  lines_dropped INTEGER NOT NULL DEFAULT 0,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('number', 'time')),
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  value_begin INTEGER,                  -- number: the digits or words of the value
  value_end INTEGER,
  lo REAL,
  hi REAL,
  value REAL,
  approx TEXT,
  number_kind TEXT,
  unit TEXT,
  timex_type TEXT,                      -- time: TIMEX3 type and value
  timex_value TEXT,
  timex_day TEXT,
  timex_window TEXT
);
CREATE INDEX mentions_document ON mentions (document_id);

CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,             -- position among its document's claims
  measure TEXT NOT NULL,
  lo REAL,
  hi REAL,
  value REAL NOT NULL,
  approx TEXT NOT NULL,
  subgroup TEXT,
  place TEXT,
  period_kind TEXT NOT NULL,
  period_window TEXT,
  as_of TEXT,
  source TEXT,
  evidence_begin INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  value_begin INTEGER NOT NULL,
  value_end INTEGER NOT NULL,
  confidence REAL NOT NULL,
  UNIQUE (document_id, ordinal)
);
CREATE INDEX claims_measure ON claims (measure);

CREATE TABLE rejects (
  id INTEGER PRIMARY KEY,
  stage TEXT NOT NULL,
  source TEXT NOT NULL,
  byte_offset INTEGER NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  snippet TEXT NOT NULL,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL UNIQUE,
  title TEXT NOT NULL,
  first_date TEXT,
  last_date TEXT
);

CREATE TABLE story_documents (
  story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  PRIMARY KEY (story_id, position)
);
CREATE INDEX story_documents_document ON story_documents (document_id);

CREATE TABLE series (
  id INTEGER PRIMARY KEY,
  story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,            -- in the story's reconciliation
  measure TEXT NOT NULL,
  subgroup TEXT,
  place TEXT,
  period_kind TEXT NOT NULL,
  best_claim INTEGER REFERENCES claims(id) ON DELETE SET NULL,
  range_lo REAL,
  range_hi REAL,
  disputed INTEGER NOT NULL,
  reason TEXT NOT NULL,
  part_of INTEGER REFERENCES series(id) ON DELETE SET NULL,
  UNIQUE (story_id, position)
);
CREATE INDEX series_best_claim ON series (best_claim);
CREATE INDEX series_part_of ON series (part_of);

CREATE TABLE series_claims (
  series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  relation TEXT NOT NULL,
  PRIMARY KEY (series_id, position)
);
CREATE INDEX series_claims_claim ON series_claims (claim_id);
)sql",
    // 2: the modality of each claim; claims stored before it were not read for one.
    R"sql(
ALTER TABLE claims ADD COLUMN modality TEXT NOT NULL DEFAULT 'reported';
)sql",
};

Result<int> ReadUserVersion(SqliteConnection& connection) {
  Result<Statement*> statement = connection.Prepared("PRAGMA user_version");
  if (!statement.ok()) return statement.status();
  Result<bool> row = (*statement)->Step();
  if (!row.ok()) return row.status();
  int version = *row ? static_cast<int>((*statement)->Int(0)) : 0;
  (*statement)->Reset();
  return version;
}

// Whether the database has any table, and whether it carries tally's mark.
struct Contents {
  bool empty = true;
  bool tally = false;
};

Result<Contents> ReadContents(SqliteConnection& connection) {
  Contents contents;
  Result<Statement*> tables = connection.Prepared(
      "SELECT count(*), count(*) FILTER (WHERE name = 'tally_meta') FROM sqlite_schema "
      "WHERE type = 'table'");
  if (!tables.ok()) return tables.status();
  Result<bool> row = (*tables)->Step();
  if (!row.ok()) return row.status();
  contents.empty = (*tables)->Int(0) == 0;
  bool has_meta = (*tables)->Int(1) > 0;
  (*tables)->Reset();
  if (!has_meta) return contents;
  Result<Statement*> mark =
      connection.Prepared("SELECT value FROM tally_meta WHERE key = 'application'");
  if (!mark.ok()) return mark.status();
  row = (*mark)->Step();
  if (!row.ok()) return row.status();
  contents.tally = *row && (*mark)->Text(0) == "tally";
  (*mark)->Reset();
  return contents;
}

Status NotATallyStore(const SqliteConnection& connection) {
  return Status::Error(ErrorCode::kCorrupt,
                       fmt::format("{} is an SQLite database but not a tally store",
                                   connection.path()));
}

// Inside the migration transaction: checks what the file holds and migrates it.
Status MigrateLocked(SqliteConnection& connection) {
  Result<int> version = ReadUserVersion(connection);
  if (!version.ok()) return version.status();
  Result<Contents> contents = ReadContents(connection);
  if (!contents.ok()) return contents.status();
  if (*version == 0 ? !contents->empty && !contents->tally : !contents->tally) {
    return NotATallyStore(connection);
  }
  const int current = CurrentSchemaVersion();
  if (*version > current) {
    return Status::Error(ErrorCode::kCorrupt,
                         fmt::format("{}: store schema version {} is newer than this tally ({})",
                                     connection.path(), *version, current));
  }
  for (int next = *version + 1; next <= current; ++next) {
    Status status = connection.Execute(kMigrations[static_cast<std::size_t>(next - 1)]);
    if (!status.ok()) return status;
  }
  if (*version == current) return Status::Ok();
  // PRAGMA takes no bound parameters; the value is our own integer.
  std::string set_version = fmt::format("PRAGMA user_version = {}", current);
  return connection.Execute(set_version.c_str());
}

}  // namespace

int CurrentSchemaVersion() { return static_cast<int>(kMigrations.size()); }

Status MigrateSchema(SqliteConnection& connection) {
  // IMMEDIATE takes the write lock at once, so two programs opening a new store at the same
  // time cannot both create its tables.
  Status status = connection.Execute("BEGIN IMMEDIATE");
  if (!status.ok()) return status;
  status = MigrateLocked(connection);
  if (!status.ok()) {
    Status ignored = connection.Execute("ROLLBACK");
    (void)ignored;  // the migration's own error is the one to report
    return status;
  }
  return connection.Execute("COMMIT");
}

}  // namespace tally::internal
