#include "store/schema.h"

#include <fstream>

#include <gtest/gtest.h>

#include "store/store_test_util.h"
#include "tally/store.h"

namespace tally::internal {
namespace {

using store_testing::ExecuteOn;
using store_testing::QueryOne;
using store_testing::ScratchStore;

TEST(SchemaTest, ANewStoreIsCreatedAtTheCurrentVersion) {
  ScratchStore scratch;
  ASSERT_NE(scratch.Open(), nullptr);
  EXPECT_EQ(QueryOne(scratch.path(), "PRAGMA user_version"),
            std::to_string(CurrentSchemaVersion()));
  EXPECT_EQ(QueryOne(scratch.path(), "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(QueryOne(scratch.path(), "SELECT value FROM tally_meta WHERE key = 'application'"),
            "tally");
  for (const char* table : {"documents", "mentions", "claims", "rejects", "stories",
                            "story_documents", "series", "series_claims"}) {
    EXPECT_EQ(QueryOne(scratch.path(), std::string("SELECT count(*) FROM sqlite_schema WHERE "
                                                   "type = 'table' AND name = '") +
                                           table + "'"),
              "1")
        << table;
  }
}

// A store written before claims had a modality (schema 1) opens with its claims kept, each read
// as "reported".
TEST(SchemaTest, ClaimsOfAVersionOneStoreAreKeptAsReported) {
  ScratchStore scratch;
  {
    std::unique_ptr<Store> store = scratch.Open();
    ASSERT_NE(store, nullptr);
    Claim claim = store_testing::FullClaim();
    ASSERT_TRUE(store->Begin().ok());
    ASSERT_TRUE(store->PutDocument(store_testing::MakeDocument("d000000000000001", {claim})).ok());
    ASSERT_TRUE(store->Commit().ok());
  }
  ExecuteOn(scratch.path(), "ALTER TABLE claims DROP COLUMN modality");
  ExecuteOn(scratch.path(), "PRAGMA user_version = 1");
  std::unique_ptr<Store> store = scratch.Open();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(QueryOne(scratch.path(), "PRAGMA user_version"),
            std::to_string(CurrentSchemaVersion()));
  Result<std::vector<StoredDocument>> loaded = store->LoadDocuments();
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  ASSERT_EQ(loaded->size(), 1u);
  ASSERT_EQ((*loaded)[0].claims.size(), 1u);
  EXPECT_EQ((*loaded)[0].claims[0].measure, "killed");
  EXPECT_EQ((*loaded)[0].claims[0].modality, Modality::kReported);
}

TEST(SchemaTest, ReopeningDoesNotMigrateAgain) {
  ScratchStore scratch;
  ASSERT_NE(scratch.Open(), nullptr);
  ASSERT_NE(scratch.Open(), nullptr);
  EXPECT_EQ(QueryOne(scratch.path(), "SELECT count(*) FROM tally_meta"), "1");
}

TEST(SchemaTest, AFileThatIsNotSqliteIsCorrupt) {
  ScratchStore scratch;
  {
    std::ofstream out(scratch.path(), std::ios::binary);
    out << "This is a text file, long enough to hold what SQLite reads as its header: "
        << std::string(200, 'x');
  }
  Result<std::unique_ptr<Store>> store = OpenSqliteStore(scratch.path());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), ErrorCode::kCorrupt);
  EXPECT_NE(store.status().message().find(scratch.path()), std::string::npos)
      << store.status().message();
}

TEST(SchemaTest, AnotherApplicationsDatabaseIsCorrupt) {
  ScratchStore scratch;
  ExecuteOn(scratch.path(), "CREATE TABLE accounts (id INTEGER PRIMARY KEY)");
  Result<std::unique_ptr<Store>> store = OpenSqliteStore(scratch.path());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), ErrorCode::kCorrupt);
  EXPECT_NE(store.status().message().find("not a tally store"), std::string::npos);
}

TEST(SchemaTest, ANewerSchemaIsRefused) {
  ScratchStore scratch;
  ASSERT_NE(scratch.Open(), nullptr);
  const int newer = CurrentSchemaVersion() + 1;
  ExecuteOn(scratch.path(), "PRAGMA user_version = " + std::to_string(newer));
  Result<std::unique_ptr<Store>> store = OpenSqliteStore(scratch.path());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), ErrorCode::kCorrupt);
  EXPECT_NE(store.status().message().find("store schema version " + std::to_string(newer) +
                                          " is newer than this tally (" +
                                          std::to_string(CurrentSchemaVersion()) + ")"),
            std::string::npos)
      << store.status().message();
}

TEST(SchemaTest, AnUnopenableFileIsAnIoError) {
  ScratchStore scratch;
  Result<std::unique_ptr<Store>> store = OpenSqliteStore(scratch.dir() + "/missing/dir/tally.db");
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), ErrorCode::kIoError);
}

}  // namespace
}  // namespace tally::internal
