#include <gtest/gtest.h>

#include "store/store_test_util.h"
#include "tally/store.h"

namespace tally::internal {
namespace {

using store_testing::FullClaim;
using store_testing::MakeDocument;
using store_testing::QueryOne;
using store_testing::ScratchStore;
using store_testing::SparseClaim;

SourcedClaim Sourced(const std::string& document_id, Claim claim) {
  SourcedClaim sourced;
  sourced.claim = std::move(claim);
  sourced.document_id = document_id;
  return sourced;
}

// Two documents: the first with two claims, the second with one.
class DerivedRowsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = scratch_.Open();
    ASSERT_NE(store_, nullptr);
    later_ = FullClaim();
    later_.lo = later_.hi = later_.value = 225;
    later_.subgroup.reset();
    later_.evidence = {0, 30};
    later_.value_span = {5, 8};
    ASSERT_TRUE(store_->Begin().ok());
    ASSERT_TRUE(store_->PutDocument(MakeDocument("aaaa000000000001", {FullClaim(), SparseClaim()}))
                    .ok());
    ASSERT_TRUE(store_->PutDocument(MakeDocument("aaaa000000000002", {later_})).ok());
    ASSERT_TRUE(store_->Commit().ok());
  }

  // One story of both documents (the second first) with a series of the killed figures and a
  // part of it.
  DerivedStory KazakhStory() const {
    DerivedStory derived;
    derived.story.id = "story-1";
    derived.story.title = "Unrest";
    derived.story.documents = {1, 0};
    derived.story.first_date = Date::FromYmd(2022, 1, 9);
    Reconciliation& r = derived.reconciliation;
    r.claims = {Sourced("aaaa000000000002", later_), Sourced("aaaa000000000001", FullClaim())};
    Series whole;
    whole.measure = "killed";
    whole.place = "Almaty";
    whole.period = PeriodKind::kIncrement;
    whole.entries = {{0, Relation::kFirst}};
    whole.best = 0;
    whole.range_lo = 225;
    whole.range_hi = std::numeric_limits<double>::infinity();
    whole.reason = "latest";
    Series part = whole;
    part.subgroup = "children";
    part.entries = {{1, Relation::kFirst}};
    part.disputed = true;
    part.part_of = 0;
    r.series = {whole, part};
    return derived;
  }

  std::string Query(const std::string& sql) const { return QueryOne(scratch_.path(), sql); }

  ScratchStore scratch_;
  std::unique_ptr<Store> store_;
  Claim later_;
};

TEST_F(DerivedRowsTest, WritesStoriesSeriesAndTheirClaims) {
  ASSERT_TRUE(store_->Begin().ok());
  Status status = store_->ReplaceDerived({KazakhStory()});
  ASSERT_TRUE(status.ok()) << status.ToString();
  ASSERT_TRUE(store_->Commit().ok());

  EXPECT_EQ(Query("SELECT id || '|' || title || '|' || first_date || '|' || "
                  "coalesce(last_date, 'none') FROM stories"),
            "story-1|Unrest|2022-01-09|none");
  EXPECT_EQ(Query("SELECT group_concat(document_id, ',') FROM "
                  "(SELECT document_id FROM story_documents ORDER BY position)"),
            "aaaa000000000002,aaaa000000000001");
  EXPECT_EQ(Query("SELECT count(*) FROM series"), "2");
  // The best claim of the whole is the second document's only claim.
  EXPECT_EQ(Query("SELECT c.document_id || ':' || c.ordinal FROM series s "
                  "JOIN claims c ON c.id = s.best_claim WHERE s.position = 0"),
            "aaaa000000000002:0");
  EXPECT_EQ(Query("SELECT coalesce(range_hi, 'inf') FROM series WHERE position = 0"), "inf");
  // The part's entry is the first document's first claim, and it points at its whole.
  EXPECT_EQ(Query("SELECT c.document_id || ':' || c.ordinal || ':' || sc.relation "
                  "FROM series_claims sc JOIN series s ON s.id = sc.series_id "
                  "JOIN claims c ON c.id = sc.claim_id WHERE s.position = 1"),
            "aaaa000000000001:0:first");
  EXPECT_EQ(Query("SELECT w.position || ':' || p.disputed FROM series p "
                  "JOIN series w ON w.id = p.part_of"),
            "0:1");
}

// A story may change its copy of a claim (give it the subgroup other documents name); with its
// ordinal the claim is still found.
TEST_F(DerivedRowsTest, FindsAClaimWhoseStoryCopyChangedByItsOrdinal) {
  DerivedStory story = KazakhStory();
  SourcedClaim& changed = story.reconciliation.claims[1];
  changed.claim.subgroup = "minors";
  changed.ordinal = 0;
  ASSERT_TRUE(store_->Begin().ok());
  Status status = store_->ReplaceDerived({story});
  ASSERT_TRUE(status.ok()) << status.ToString();
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_EQ(Query("SELECT c.document_id || ':' || c.ordinal FROM series_claims sc "
                  "JOIN series s ON s.id = sc.series_id JOIN claims c ON c.id = sc.claim_id "
                  "WHERE s.position = 1"),
            "aaaa000000000001:0");

  // Without the ordinal the changed copy matches no stored claim, and nothing is replaced.
  changed.ordinal.reset();
  ASSERT_TRUE(store_->Begin().ok());
  EXPECT_FALSE(store_->ReplaceDerived({story}).ok());
  ASSERT_TRUE(store_->Rollback().ok());
}

TEST_F(DerivedRowsTest, ReplacesWhatWasThere) {
  ASSERT_TRUE(store_->Begin().ok());
  ASSERT_TRUE(store_->ReplaceDerived({KazakhStory()}).ok());
  ASSERT_TRUE(store_->Commit().ok());

  DerivedStory other;
  other.story.id = "story-2";
  other.story.title = "Other";
  other.story.documents = {0};
  ASSERT_TRUE(store_->Begin().ok());
  ASSERT_TRUE(store_->ReplaceDerived({other}).ok());
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_EQ(Query("SELECT group_concat(id) FROM stories"), "story-2");
  EXPECT_EQ(Query("SELECT count(*) FROM story_documents"), "1");
  EXPECT_EQ(Query("SELECT count(*) FROM series"), "0");
  EXPECT_EQ(Query("SELECT count(*) FROM series_claims"), "0");

  ASSERT_TRUE(store_->Begin().ok());
  ASSERT_TRUE(store_->ReplaceDerived({}).ok());
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_EQ(Query("SELECT count(*) FROM stories"), "0");
}

TEST_F(DerivedRowsTest, AFailedReplaceKeepsTheOldRows) {
  ASSERT_TRUE(store_->Begin().ok());
  ASSERT_TRUE(store_->ReplaceDerived({KazakhStory()}).ok());
  DerivedStory unknown = KazakhStory();
  unknown.reconciliation.claims[0].document_id = "ffff000000000000";
  Status status = store_->ReplaceDerived({unknown});
  EXPECT_EQ(status.code(), ErrorCode::kNotFound);
  DerivedStory out_of_range = KazakhStory();
  out_of_range.story.documents = {7};
  EXPECT_EQ(store_->ReplaceDerived({out_of_range}).code(), ErrorCode::kInvalidArgument);
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_EQ(Query("SELECT count(*) FROM series"), "2");
  EXPECT_EQ(Query("SELECT count(*) FROM series_claims"), "2");
}

}  // namespace
}  // namespace tally::internal
