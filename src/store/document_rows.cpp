// SqliteStore: documents with their mentions and claims, written and read back.
#include <algorithm>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "common/text.h"
#include "store/column_values.h"
#include "store/sqlite_store.h"
#include "store/stored_names.h"

namespace tally::internal {
namespace {

// The bytes of span in text, clamped to the text and made valid UTF-8 (a span that cuts a
// character must not make the TEXT column invalid).
std::string SpanText(std::string_view text, Span span) {
  std::size_t begin = std::min<std::size_t>(span.begin, text.size());
  std::size_t end = std::clamp<std::size_t>(span.end, begin, text.size());
  return SanitizeUtf8(text.substr(begin, end - begin));
}

}  // namespace

Result<bool> SqliteStore::PutDocument(const ProcessedDocument& processed) {
  Status status = RequireTransaction("PutDocument");
  if (!status.ok()) return status;
  // A savepoint makes the document, its mentions and its claims one unit: a failure half-way
  // leaves the caller's transaction as it was before this call.
  status = connection_->Execute("SAVEPOINT put_document");
  if (!status.ok()) return status;
  status = InsertDocumentRow(processed);
  bool inserted = status.ok() && connection_->Changes() > 0;
  if (inserted) status = InsertMentions(processed);
  if (inserted && status.ok()) status = InsertClaims(processed);
  if (!status.ok()) {
    Status ignored = connection_->Execute("ROLLBACK TO put_document; RELEASE put_document");
    (void)ignored;  // the insert's own error is the one to report
    return status;
  }
  status = connection_->Execute("RELEASE put_document");
  if (!status.ok()) return status;
  return inserted;
}

Status SqliteStore::InsertDocumentRow(const ProcessedDocument& processed) {
  const Document& document = processed.document;
  Result<Statement*> insert = connection_->Prepared(
      "INSERT INTO documents (id, seq, path, outlet, url, title, published, published_inferred, "
      "raw, text, lines_dropped) "
      "VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM documents), ?2, ?3, ?4, ?5, ?6, ?7, "
      "?8, ?9, ?10) "
      "ON CONFLICT (id) DO NOTHING");
  if (!insert.ok()) return insert.status();
  Statement& row = **insert;
  row.BindText(1, document.id);
  row.BindText(2, document.path);
  row.BindTextOrNull(3, document.outlet);
  row.BindTextOrNull(4, document.url);
  row.BindTextOrNull(5, document.title);
  BindDate(row, 6, document.published.date);
  row.BindInt(7, document.published.inferred ? 1 : 0);
  row.BindText(8, document.raw);
  row.BindText(9, document.text);
  row.BindInt(10, static_cast<std::int64_t>(processed.lines_dropped));
  return row.Run();
}

Status SqliteStore::InsertMentions(const ProcessedDocument& processed) {
  const std::string& text = processed.document.text;
  Result<Statement*> insert = connection_->Prepared(
      "INSERT INTO mentions (document_id, kind, span_begin, span_end, text, value_begin, "
      "value_end, lo, hi, value, approx, number_kind, unit, timex_type, timex_value, timex_day, "
      "timex_window) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
  if (!insert.ok()) return insert.status();
  Statement& row = **insert;
  for (const NumberMention& number : processed.analysis.numbers) {
    row.Reset();
    row.BindText(1, processed.document.id);
    row.BindText(2, "number");
    row.BindInt(3, number.span.begin);
    row.BindInt(4, number.span.end);
    row.BindText(5, SpanText(text, number.span));
    row.BindInt(6, number.value_span.begin);
    row.BindInt(7, number.value_span.end);
    BindBound(row, 8, number.lo);
    BindBound(row, 9, number.hi);
    row.BindDouble(10, number.value);
    row.BindText(11, StoredName(number.approx));
    row.BindText(12, StoredName(number.kind));
    row.BindTextOrNull(13, number.unit);
    Status status = row.Run();
    if (!status.ok()) return status;
  }
  for (const TimeMention& time : processed.analysis.times) {
    row.Reset();
    row.BindText(1, processed.document.id);
    row.BindText(2, "time");
    row.BindInt(3, time.span.begin);
    row.BindInt(4, time.span.end);
    row.BindText(5, SpanText(text, time.span));
    row.BindText(14, StoredName(time.type));
    row.BindText(15, time.value);
    BindDate(row, 16, time.day);
    row.BindTextOrNull(17, time.window);
    Status status = row.Run();
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

Status SqliteStore::InsertClaims(const ProcessedDocument& processed) {
  Result<Statement*> insert = connection_->Prepared(
      "INSERT INTO claims (document_id, ordinal, measure, lo, hi, value, approx, subgroup, "
      "place, period_kind, period_window, as_of, source, evidence_begin, evidence_end, "
      "value_begin, value_end, confidence, modality) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
      "?19)");
  if (!insert.ok()) return insert.status();
  Statement& row = **insert;
  std::int64_t ordinal = 0;
  for (const Claim& claim : processed.claims) {
    row.Reset();
    row.BindText(1, processed.document.id);
    row.BindInt(2, ordinal++);
    row.BindText(3, claim.measure);
    BindBound(row, 4, claim.lo);
    BindBound(row, 5, claim.hi);
    row.BindDouble(6, claim.value);
    row.BindText(7, StoredName(claim.approx));
    row.BindOptionalText(8, claim.subgroup);
    row.BindOptionalText(9, claim.place);
    row.BindText(10, StoredName(claim.period.kind));
    row.BindTextOrNull(11, claim.period.window);
    BindDate(row, 12, claim.as_of);
    row.BindOptionalText(13, claim.source);
    row.BindInt(14, claim.evidence.begin);
    row.BindInt(15, claim.evidence.end);
    row.BindInt(16, claim.value_span.begin);
    row.BindInt(17, claim.value_span.end);
    row.BindDouble(18, claim.confidence);
    row.BindText(19, StoredName(claim.modality));
    Status status = row.Run();
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

Result<std::vector<StoredDocument>> SqliteStore::LoadDocuments() {
  Result<Statement*> select = connection_->Prepared(
      "SELECT id, path, outlet, url, title, published, published_inferred, raw, text "
      "FROM documents ORDER BY seq");
  if (!select.ok()) return select.status();
  Statement& row = **select;
  std::vector<StoredDocument> documents;
  for (;;) {
    Result<bool> more = row.Step();
    if (!more.ok()) return more.status();
    if (!*more) break;
    StoredDocument stored;
    Document& document = stored.document;
    document.id = row.Text(0);
    document.path = row.Text(1);
    document.outlet = row.Text(2);
    document.url = row.Text(3);
    document.title = row.Text(4);
    Result<std::optional<Date>> published = ReadDate(row, 5);
    if (!published.ok()) return published.status();
    document.published.date = *published;
    document.published.inferred = row.Int(6) != 0;
    document.raw = row.Text(7);
    document.text = row.Text(8);
    Result<std::vector<Claim>> claims = LoadClaims(document.id);
    if (!claims.ok()) return claims.status();
    stored.claims = std::move(*claims);
    documents.push_back(std::move(stored));
  }
  row.Reset();
  return documents;
}

Result<std::vector<Claim>> SqliteStore::LoadClaims(const std::string& document_id) {
  Result<Statement*> select = connection_->Prepared(
      "SELECT measure, lo, hi, value, approx, subgroup, place, period_kind, period_window, "
      "as_of, source, evidence_begin, evidence_end, value_begin, value_end, confidence, "
      "modality FROM claims WHERE document_id = ?1 ORDER BY ordinal");
  if (!select.ok()) return select.status();
  Statement& row = **select;
  row.BindText(1, document_id);
  std::vector<Claim> claims;
  for (;;) {
    Result<bool> more = row.Step();
    if (!more.ok()) return more.status();
    if (!*more) break;
    Claim claim;
    claim.measure = row.Text(0);
    claim.lo = LowerBound(row, 1);
    claim.hi = UpperBound(row, 2);
    claim.value = row.Double(3);
    std::optional<Approx> approx = StoredApprox(row.Text(4));
    std::optional<PeriodKind> period = StoredPeriodKind(row.Text(7));
    std::optional<Modality> modality = StoredModality(row.Text(16));
    if (!approx || !period || !modality) {
      return Status::Error(
          ErrorCode::kCorrupt,
          fmt::format("claim of document {} has approx '{}', period '{}', modality '{}'",
                      document_id, row.Text(4), row.Text(7), row.Text(16)));
    }
    claim.modality = *modality;
    claim.approx = *approx;
    claim.subgroup = row.OptionalText(5);
    claim.place = row.OptionalText(6);
    claim.period.kind = *period;
    claim.period.window = row.Text(8);
    Result<std::optional<Date>> as_of = ReadDate(row, 9);
    if (!as_of.ok()) return as_of.status();
    claim.as_of = *as_of;
    claim.source = row.OptionalText(10);
    claim.evidence = {static_cast<std::uint32_t>(row.Int(11)),
                      static_cast<std::uint32_t>(row.Int(12))};
    claim.value_span = {static_cast<std::uint32_t>(row.Int(13)),
                        static_cast<std::uint32_t>(row.Int(14))};
    claim.confidence = row.Double(15);
    claims.push_back(std::move(claim));
  }
  row.Reset();
  return claims;
}

}  // namespace tally::internal
