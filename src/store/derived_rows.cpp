// SqliteStore: stories, series and their claims, as derived from the stored documents.
#include <utility>

#include <fmt/format.h>

#include "store/column_values.h"
#include "store/sqlite_store.h"
#include "store/stored_names.h"

namespace tally::internal {

Status SqliteStore::ReplaceDerived(const std::vector<DerivedStory>& stories) {
  Status status = RequireTransaction("ReplaceDerived");
  if (!status.ok()) return status;
  status = connection_->Execute("SAVEPOINT replace_derived");
  if (!status.ok()) return status;
  status = connection_->Execute(
      "DELETE FROM series_claims; DELETE FROM series; DELETE FROM story_documents; "
      "DELETE FROM stories;");
  Result<std::vector<std::string>> document_ids = DocumentIdsInOrder();
  if (status.ok() && !document_ids.ok()) status = document_ids.status();
  for (std::size_t i = 0; status.ok() && i < stories.size(); ++i) {
    status = InsertStory(stories[i], i, *document_ids);
  }
  if (!status.ok()) {
    Status ignored = connection_->Execute("ROLLBACK TO replace_derived; RELEASE replace_derived");
    (void)ignored;  // the insert's own error is the one to report
    return status;
  }
  return connection_->Execute("RELEASE replace_derived");
}

Result<std::vector<std::string>> SqliteStore::DocumentIdsInOrder() {
  Result<Statement*> select = connection_->Prepared("SELECT id FROM documents ORDER BY seq");
  if (!select.ok()) return select.status();
  std::vector<std::string> ids;
  for (;;) {
    Result<bool> more = (*select)->Step();
    if (!more.ok()) return more.status();
    if (!*more) break;
    ids.push_back((*select)->Text(0));
  }
  (*select)->Reset();
  return ids;
}

Status SqliteStore::InsertStory(const DerivedStory& derived, std::size_t position,
                                const std::vector<std::string>& document_ids) {
  const Story& story = derived.story;
  const Reconciliation& reconciliation = derived.reconciliation;
  Result<Statement*> insert_story = connection_->Prepared(
      "INSERT INTO stories (id, position, title, first_date, last_date) "
      "VALUES (?1, ?2, ?3, ?4, ?5)");
  if (!insert_story.ok()) return insert_story.status();
  Statement& story_row = **insert_story;
  story_row.BindText(1, story.id);
  story_row.BindInt(2, static_cast<std::int64_t>(position));
  story_row.BindText(3, story.title);
  BindDate(story_row, 4, story.first_date);
  BindDate(story_row, 5, story.last_date);
  Status status = story_row.Run();
  if (!status.ok()) return status;

  Result<Statement*> insert_member = connection_->Prepared(
      "INSERT INTO story_documents (story_id, document_id, position) VALUES (?1, ?2, ?3)");
  if (!insert_member.ok()) return insert_member.status();
  for (std::size_t k = 0; k < story.documents.size(); ++k) {
    std::size_t index = story.documents[k];
    if (index >= document_ids.size()) {
      return Status::Error(ErrorCode::kInvalidArgument,
                           fmt::format("story {} names document {}, but the store holds {}",
                                       story.id, index, document_ids.size()));
    }
    Statement& member = **insert_member;
    member.Reset();
    member.BindText(1, story.id);
    member.BindText(2, document_ids[index]);
    member.BindInt(3, static_cast<std::int64_t>(k));
    status = member.Run();
    if (!status.ok()) return status;
  }

  // The claims rows of the reconciliation's claims, looked up once each.
  std::vector<std::optional<std::int64_t>> claim_rows(reconciliation.claims.size());
  auto claim_row = [&](std::size_t index) -> Result<std::int64_t> {
    if (index >= reconciliation.claims.size()) {
      return Status::Error(ErrorCode::kInvalidArgument,
                           fmt::format("story {}: a series names claim {} of {}", story.id,
                                       index, reconciliation.claims.size()));
    }
    if (!claim_rows[index]) {
      Result<std::int64_t> found = FindClaimRow(reconciliation.claims[index]);
      if (!found.ok()) return found.status();
      claim_rows[index] = *found;
    }
    return *claim_rows[index];
  };

  Result<Statement*> insert_series = connection_->Prepared(
      "INSERT INTO series (story_id, position, measure, subgroup, place, period_kind, "
      "best_claim, range_lo, range_hi, disputed, reason) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
  if (!insert_series.ok()) return insert_series.status();
  Result<Statement*> insert_entry = connection_->Prepared(
      "INSERT INTO series_claims (series_id, position, claim_id, relation) "
      "VALUES (?1, ?2, ?3, ?4)");
  if (!insert_entry.ok()) return insert_entry.status();
  std::vector<std::int64_t> series_rows;
  for (std::size_t s = 0; s < reconciliation.series.size(); ++s) {
    const Series& series = reconciliation.series[s];
    Statement& series_row = **insert_series;
    series_row.Reset();
    series_row.BindText(1, story.id);
    series_row.BindInt(2, static_cast<std::int64_t>(s));
    series_row.BindText(3, series.measure);
    series_row.BindOptionalText(4, series.subgroup);
    series_row.BindOptionalText(5, series.place);
    series_row.BindText(6, StoredName(series.period));
    if (series.best < series.entries.size()) {
      Result<std::int64_t> best = claim_row(series.entries[series.best].claim);
      if (!best.ok()) return best.status();
      series_row.BindInt(7, *best);
    } else {
      series_row.BindNull(7);
    }
    BindBound(series_row, 8, series.range_lo);
    BindBound(series_row, 9, series.range_hi);
    series_row.BindInt(10, series.disputed ? 1 : 0);
    series_row.BindText(11, series.reason);
    status = series_row.Run();
    if (!status.ok()) return status;
    const std::int64_t series_id = connection_->LastInsertId();
    series_rows.push_back(series_id);

    for (std::size_t e = 0; e < series.entries.size(); ++e) {
      Result<std::int64_t> claim = claim_row(series.entries[e].claim);
      if (!claim.ok()) return claim.status();
      Statement& entry = **insert_entry;
      entry.Reset();
      entry.BindInt(1, series_id);
      entry.BindInt(2, static_cast<std::int64_t>(e));
      entry.BindInt(3, *claim);
      entry.BindText(4, StoredName(series.entries[e].relation));
      status = entry.Run();
      if (!status.ok()) return status;
    }
  }

  // part_of after all series exist, so a part may name a whole in any position.
  Result<Statement*> set_whole =
      connection_->Prepared("UPDATE series SET part_of = ?1 WHERE id = ?2");
  if (!set_whole.ok()) return set_whole.status();
  for (std::size_t s = 0; s < reconciliation.series.size(); ++s) {
    const std::optional<std::size_t>& whole = reconciliation.series[s].part_of;
    if (!whole) continue;
    if (*whole >= series_rows.size()) {
      return Status::Error(ErrorCode::kInvalidArgument,
                           fmt::format("story {}: series {} is part of series {} of {}",
                                       story.id, s, *whole, series_rows.size()));
    }
    Statement& update = **set_whole;
    update.Reset();
    update.BindInt(1, series_rows[*whole]);
    update.BindInt(2, series_rows[s]);
    status = update.Run();
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

// A SourcedClaim carries no row id: it is found again by its document and its ordinal when it
// has one, else by what tells claims of one document apart (measure, spans, subgroup, place);
// among identical ones, the first.
Result<std::int64_t> SqliteStore::FindClaimRow(const SourcedClaim& sourced) {
  const Claim& claim = sourced.claim;
  if (sourced.ordinal) {
    Result<Statement*> by_ordinal =
        connection_->Prepared("SELECT id FROM claims WHERE document_id = ?1 AND ordinal = ?2");
    if (!by_ordinal.ok()) return by_ordinal.status();
    Statement& row = **by_ordinal;
    row.BindText(1, sourced.document_id);
    row.BindInt(2, static_cast<std::int64_t>(*sourced.ordinal));
    Result<bool> found = row.Step();
    if (!found.ok()) return found.status();
    if (!*found) {
      return Status::Error(ErrorCode::kNotFound,
                           fmt::format("no stored claim {} of document {}", *sourced.ordinal,
                                       sourced.document_id));
    }
    std::int64_t id = row.Int(0);
    row.Reset();
    return id;
  }
  Result<Statement*> select = connection_->Prepared(
      "SELECT id FROM claims WHERE document_id = ?1 AND measure = ?2 AND value_begin = ?3 "
      "AND value_end = ?4 AND evidence_begin = ?5 AND evidence_end = ?6 AND subgroup IS ?7 "
      "AND place IS ?8 ORDER BY ordinal LIMIT 1");
  if (!select.ok()) return select.status();
  Statement& row = **select;
  row.BindText(1, sourced.document_id);
  row.BindText(2, claim.measure);
  row.BindInt(3, claim.value_span.begin);
  row.BindInt(4, claim.value_span.end);
  row.BindInt(5, claim.evidence.begin);
  row.BindInt(6, claim.evidence.end);
  row.BindOptionalText(7, claim.subgroup);
  row.BindOptionalText(8, claim.place);
  Result<bool> found = row.Step();
  if (!found.ok()) return found.status();
  if (!*found) {
    return Status::Error(ErrorCode::kNotFound,
                         fmt::format("no stored claim of document {} for '{}' at bytes {}-{}",
                                     sourced.document_id, claim.measure, claim.value_span.begin,
                                     claim.value_span.end));
  }
  std::int64_t id = row.Int(0);
  row.Reset();
  return id;
}

}  // namespace tally::internal
