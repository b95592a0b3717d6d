#include <cmath>

#include <gtest/gtest.h>

#include "store/store_test_util.h"
#include "tally/store.h"

namespace tally::internal {
namespace {

using store_testing::ExecuteOn;
using store_testing::FullClaim;
using store_testing::MakeDocument;
using store_testing::QueryOne;
using store_testing::ScratchStore;
using store_testing::SparseClaim;

void ExpectSameClaim(const Claim& got, const Claim& want) {
  EXPECT_EQ(got.measure, want.measure);
  EXPECT_EQ(got.lo, want.lo);
  EXPECT_EQ(got.hi, want.hi);
  EXPECT_EQ(got.value, want.value);
  EXPECT_EQ(got.approx, want.approx);
  EXPECT_EQ(got.subgroup, want.subgroup);
  EXPECT_EQ(got.place, want.place);
  EXPECT_EQ(got.period.kind, want.period.kind);
  EXPECT_EQ(got.period.window, want.period.window);
  EXPECT_EQ(got.as_of, want.as_of);
  EXPECT_EQ(got.source, want.source);
  EXPECT_EQ(got.evidence.begin, want.evidence.begin);
  EXPECT_EQ(got.evidence.end, want.evidence.end);
  EXPECT_EQ(got.value_span.begin, want.value_span.begin);
  EXPECT_EQ(got.value_span.end, want.value_span.end);
  EXPECT_EQ(got.confidence, want.confidence);
  EXPECT_EQ(got.modality, want.modality);
}

std::uint64_t Count(Store& store) {
  Result<std::uint64_t> n = store.CountDocuments();
  EXPECT_TRUE(n.ok()) << n.status().ToString();
  return n.ok() ? *n : 0;
}

TEST(SqliteStoreTest, RoundTripsDocumentsAndClaims) {
  ScratchStore scratch;
  std::unique_ptr<Store> store = scratch.Open();
  ASSERT_NE(store, nullptr);

  ProcessedDocument full = MakeDocument("b000000000000001", {FullClaim(), SparseClaim()});
  full.document.outlet = "Example Times";
  full.document.url = "https://example.org/1";
  full.document.title = "A title with \xC3\xA9";
  full.document.published = {Date::FromYmd(2022, 1, 10), /*inferred=*/true};
  full.lines_dropped = 4;
  ProcessedDocument bare = MakeDocument("a000000000000002");
  // An infinite lower bound and a claim with a window but no dates.
  Claim open_below = SparseClaim();
  open_below.lo = -std::numeric_limits<double>::infinity();
  open_below.hi = 50;
  open_below.approx = Approx::kAtMost;
  ProcessedDocument third = MakeDocument("c000000000000003", {open_below});

  ASSERT_TRUE(store->Begin().ok());
  for (const ProcessedDocument* document : {&full, &bare, &third}) {
    Result<bool> put = store->PutDocument(*document);
    ASSERT_TRUE(put.ok()) << put.status().ToString();
    EXPECT_TRUE(*put);
  }
  ASSERT_TRUE(store->Commit().ok());

  Result<std::vector<StoredDocument>> loaded = store->LoadDocuments();
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  ASSERT_EQ(loaded->size(), 3u);
  // Ingestion order, not id order.
  EXPECT_EQ((*loaded)[0].document.id, "b000000000000001");
  EXPECT_EQ((*loaded)[1].document.id, "a000000000000002");
  EXPECT_EQ((*loaded)[2].document.id, "c000000000000003");

  const Document& document = (*loaded)[0].document;
  EXPECT_EQ(document.path, full.document.path);
  EXPECT_EQ(document.outlet, "Example Times");
  EXPECT_EQ(document.url, "https://example.org/1");
  EXPECT_EQ(document.title, full.document.title);
  EXPECT_EQ(document.published.date, Date::FromYmd(2022, 1, 10));
  EXPECT_TRUE(document.published.inferred);
  EXPECT_EQ(document.raw, full.document.raw);
  EXPECT_EQ(document.text, full.document.text);
  ASSERT_EQ((*loaded)[0].claims.size(), 2u);
  ExpectSameClaim((*loaded)[0].claims[0], FullClaim());
  ExpectSameClaim((*loaded)[0].claims[1], SparseClaim());
  EXPECT_TRUE(std::isinf((*loaded)[0].claims[1].hi));

  const Document& empty = (*loaded)[1].document;
  EXPECT_TRUE(empty.outlet.empty());
  EXPECT_TRUE(empty.url.empty());
  EXPECT_FALSE(empty.published.date.has_value());
  EXPECT_FALSE(empty.published.inferred);
  EXPECT_TRUE((*loaded)[1].claims.empty());

  ASSERT_EQ((*loaded)[2].claims.size(), 1u);
  ExpectSameClaim((*loaded)[2].claims[0], open_below);

  // Infinite bounds are NULL in the file, where SQL users see them.
  EXPECT_EQ(QueryOne(scratch.path(), "SELECT count(*) FROM claims WHERE hi IS NULL"), "1");
  EXPECT_EQ(QueryOne(scratch.path(), "SELECT count(*) FROM claims WHERE lo IS NULL"), "1");
  EXPECT_EQ(QueryOne(scratch.path(), "SELECT lines_dropped FROM documents WHERE id = "
                                     "'b000000000000001'"),
            "4");
}

TEST(SqliteStoreTest, StoresMentions) {
  ScratchStore scratch;
  std::unique_ptr<Store> store = scratch.Open();
  ProcessedDocument processed = MakeDocument("d000000000000001");
  processed.document.text = "About 2,500 troops arrived on Monday.";
  NumberMention number;
  number.span = {0, 11};
  number.value_span = {6, 11};
  number.lo = 2250;
  number.hi = 2750;
  number.value = 2500;
  number.approx = Approx::kAbout;
  number.unit = "troops";
  processed.analysis.numbers.push_back(number);
  TimeMention time;
  time.span = {27, 36};
  time.type = TimexType::kDate;
  time.value = "2022-01-10";
  time.day = Date::FromYmd(2022, 1, 10);
  processed.analysis.times.push_back(time);

  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->PutDocument(processed).ok());
  ASSERT_TRUE(store->Commit().ok());
  store.reset();

  EXPECT_EQ(QueryOne(scratch.path(),
                     "SELECT kind || '|' || text || '|' || value || '|' || approx || '|' || "
                     "number_kind || '|' || unit FROM mentions WHERE kind = 'number'"),
            "number|About 2,500|2500.0|about|count|troops");
  EXPECT_EQ(QueryOne(scratch.path(),
                     "SELECT text || '|' || timex_type || '|' || timex_value || '|' || timex_day "
                     "FROM mentions WHERE kind = 'time'"),
            "on Monday|DATE|2022-01-10|2022-01-10");
}

TEST(SqliteStoreTest, PutDocumentIsIdempotentById) {
  ScratchStore scratch;
  std::unique_ptr<Store> store = scratch.Open();
  ASSERT_TRUE(store->Begin().ok());
  EXPECT_TRUE(store->PutDocument(MakeDocument("e000000000000001", {FullClaim()})).value());
  ProcessedDocument again = MakeDocument("e000000000000001", {FullClaim(), SparseClaim()});
  again.document.text = "A different text under the same id.";
  EXPECT_FALSE(store->PutDocument(again).value());
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(Count(*store), 1u);
  Result<std::vector<StoredDocument>> loaded = store->LoadDocuments();
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ((*loaded)[0].document.text, "Cleaned text of e000000000000001.");
  EXPECT_EQ((*loaded)[0].claims.size(), 1u);
}

TEST(SqliteStoreTest, WritesNeedATransaction) {
  ScratchStore scratch;
  std::unique_ptr<Store> store = scratch.Open();
  Result<bool> put = store->PutDocument(MakeDocument("f000000000000001"));
  ASSERT_FALSE(put.ok());
  EXPECT_EQ(put.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(store->PutReject(Reject()).code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(store->ReplaceDerived({}).code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(store->Commit().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(store->Rollback().code(), ErrorCode::kInvalidArgument);
  ASSERT_TRUE(store->Begin().ok());
  EXPECT_EQ(store->Begin().code(), ErrorCode::kInvalidArgument);
  EXPECT_TRUE(store->Rollback().ok());
  EXPECT_EQ(Count(*store), 0u);
}

TEST(SqliteStoreTest, RollbackLeavesNothing) {
  ScratchStore scratch;
  std::unique_ptr<Store> store = scratch.Open();
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->PutDocument(MakeDocument("1000000000000001", {FullClaim()})).ok());
  EXPECT_EQ(Count(*store), 1u);  // visible inside its own transaction
  ASSERT_TRUE(store->Rollback().ok());
  EXPECT_EQ(Count(*store), 0u);
  EXPECT_EQ(QueryOne(scratch.path(), "SELECT count(*) FROM claims"), "0");
}

TEST(SqliteStoreTest, AnUncommittedTransactionDiesWithTheStore) {
  ScratchStore scratch;
  {
    std::unique_ptr<Store> store = scratch.Open();
    ASSERT_TRUE(store->Begin().ok());
    ASSERT_TRUE(store->PutDocument(MakeDocument("1000000000000002", {FullClaim()})).ok());
    ASSERT_TRUE(store->PutReject(Reject()).ok());
  }
  std::unique_ptr<Store> reopened = scratch.Open();
  ASSERT_NE(reopened, nullptr);
  EXPECT_EQ(Count(*reopened), 0u);
  EXPECT_EQ(QueryOne(scratch.path(), "SELECT count(*) FROM claims"), "0");
  EXPECT_EQ(QueryOne(scratch.path(), "SELECT count(*) FROM rejects"), "0");
}

TEST(SqliteStoreTest, ReopeningKeepsTheData) {
  ScratchStore scratch;
  {
    std::unique_ptr<Store> store = scratch.Open();
    ASSERT_TRUE(store->Begin().ok());
    ASSERT_TRUE(store->PutDocument(MakeDocument("2000000000000001", {SparseClaim()})).ok());
    ASSERT_TRUE(store->Commit().ok());
  }
  std::unique_ptr<Store> store = scratch.Open();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(Count(*store), 1u);
  // New documents come after the old ones.
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->PutDocument(MakeDocument("0000000000000009")).ok());
  ASSERT_TRUE(store->Commit().ok());
  Result<std::vector<StoredDocument>> loaded = store->LoadDocuments();
  ASSERT_TRUE(loaded.ok());
  ASSERT_EQ(loaded->size(), 2u);
  EXPECT_EQ((*loaded)[0].document.id, "2000000000000001");
  ExpectSameClaim((*loaded)[0].claims[0], SparseClaim());
  EXPECT_EQ((*loaded)[1].document.id, "0000000000000009");
}

TEST(SqliteStoreTest, StoresRejects) {
  ScratchStore scratch;
  std::unique_ptr<Store> store = scratch.Open();
  Reject reject;
  reject.stage = "ingest";
  reject.source = "news.jsonl:7";
  reject.offset = 1234;
  reject.status = Status::Error(ErrorCode::kParseError, "not a JSON object");
  reject.snippet = "{broken \xFF";
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->PutReject(reject).ok());
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(QueryOne(scratch.path(),
                     "SELECT stage || '|' || source || '|' || byte_offset || '|' || code || '|' "
                     "|| message || '|' || snippet FROM rejects"),
            "ingest|news.jsonl:7|1234|parse_error|not a JSON object|{broken \xEF\xBF\xBD");
}

}  // namespace
}  // namespace tally::internal
