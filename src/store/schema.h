// The tables of a tally store and the migrations that bring any older store up to date.
#ifndef TALLY_STORE_SCHEMA_H_
#define TALLY_STORE_SCHEMA_H_

#include "store/sqlite_connection.h"
#include "tally/status.h"

namespace tally::internal {

// The schema version this program writes (PRAGMA user_version).
int CurrentSchemaVersion();

// Checks that the database of connection is a tally store (or empty) and applies, in one
// transaction, every migration it lacks. Errors: kCorrupt when the file is not an SQLite
// database, is another application's database, or has a schema newer than this program;
// kIoError when it cannot be read or written.
Status MigrateSchema(SqliteConnection& connection);

}  // namespace tally::internal

#endif  // TALLY_STORE_SCHEMA_H_
