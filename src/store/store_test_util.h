// Test helpers of the store: a scratch store file, hand-built documents and claims, and a
// direct SQL look into the file. Test-only.
#ifndef TALLY_STORE_STORE_TEST_UTIL_H_
#define TALLY_STORE_STORE_TEST_UTIL_H_

#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <limits>
#include <string>

#include <gtest/gtest.h>

#include "tally/store.h"

namespace tally::internal::store_testing {

// A path for a store file in a fresh directory, removed with the object.
class ScratchStore {
 public:
  ScratchStore() {
    static std::atomic<int> counter{0};
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("tally_store_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~ScratchStore() {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  ScratchStore(const ScratchStore&) = delete;
  ScratchStore& operator=(const ScratchStore&) = delete;

  std::string path() const { return (dir_ / "tally.db").string(); }
  std::string dir() const { return dir_.string(); }

  std::unique_ptr<Store> Open() const {
    Result<std::unique_ptr<Store>> store = OpenSqliteStore(path());
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(*store) : nullptr;
  }

 private:
  std::filesystem::path dir_;
};

// The first column of the first row of sql run on the file at path, as text ("" for none).
inline std::string QueryOne(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
      const unsigned char* text = sqlite3_column_text(statement, 0);
      if (text != nullptr) out = reinterpret_cast<const char*>(text);
    } else {
      ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db);
    }
    sqlite3_finalize(statement);
  }
  sqlite3_close(db);
  return out;
}

inline void ExecuteOn(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
      << (error != nullptr ? error : "");
  sqlite3_free(error);
  sqlite3_close(db);
}

// A claim with every optional field set.
inline Claim FullClaim() {
  Claim claim;
  claim.measure = "killed";
  claim.lo = 164;
  claim.hi = 164;
  claim.value = 164;
  claim.approx = Approx::kExact;
  claim.subgroup = "children";
  claim.place = "Almaty";
  claim.period = {PeriodKind::kIncrement, "PT24H"};
  claim.as_of = Date::FromYmd(2022, 1, 9);
  claim.source = "the health ministry";
  claim.evidence = {10, 60};
  claim.value_span = {20, 23};
  claim.confidence = 0.875;
  claim.modality = Modality::kPreliminary;
  return claim;
}

// A claim with every optional field unset and an open upper bound ("more than 2,000").
inline Claim SparseClaim() {
  Claim claim;
  claim.measure = "deployed";
  claim.lo = 2000.5;
  claim.hi = std::numeric_limits<double>::infinity();
  claim.value = 2000;
  claim.approx = Approx::kMoreThan;
  claim.evidence = {70, 120};
  claim.value_span = {80, 94};
  claim.confidence = 0.1;
  return claim;
}

inline ProcessedDocument MakeDocument(const std::string& id, std::vector<Claim> claims = {}) {
  ProcessedDocument processed;
  Document& document = processed.document;
  document.id = id;
  document.path = "articles/" + id + ".txt";
  document.raw = "Raw text of " + id + ".\r\n";
  document.text = "Cleaned text of " + id + ".";
  processed.claims = std::move(claims);
  return processed;
}

}  // namespace tally::internal::store_testing

#endif  // TALLY_STORE_STORE_TEST_UTIL_H_
