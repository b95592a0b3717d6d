#include "ingest/text_document.h"

#include <filesystem>
#include <string_view>
#include <system_error>
#include <utility>

#include <fmt/format.h>
#include <simdjson.h>

#include "common/text.h"
#include "ingest/metadata.h"
#include "ingest/raw_text.h"

namespace tally::internal {
namespace {

constexpr std::string_view kSidecarSuffix = ".meta.json";
// A sidecar holds a handful of fields; anything larger is not one.
constexpr std::uint64_t kMaxSidecarBytes = 1 << 20;

bool RemoveSuffix(std::string_view* s, std::string_view suffix) {
  if (s->size() < suffix.size() || s->substr(s->size() - suffix.size()) != suffix) return false;
  s->remove_suffix(suffix.size());
  return true;
}

bool IsRegularFile(const std::string& path) {
  std::error_code error;
  return std::filesystem::is_regular_file(path, error);
}

// Reads the sidecar at path; on failure sends a Reject naming it and returns nullopt.
std::optional<DocumentMetadata> ReadSidecar(const std::string& path, IngestContext& context) {
  Result<std::unique_ptr<ByteSource>> source = OpenInput(path);
  if (!source.ok()) {
    context.Reject(path, 0, source.status());
    return std::nullopt;
  }
  InputReader reader(**source);
  std::string bytes;
  Result<bool> complete = reader.ReadAll(kMaxSidecarBytes, &bytes);
  if (!complete.ok()) {
    context.Reject(path, 0, complete.status());
    return std::nullopt;
  }
  if (!*complete) {
    context.Reject(path, 0,
                   Status::Error(ErrorCode::kInvalidArgument,
                                 fmt::format("sidecar larger than {} bytes", kMaxSidecarBytes)));
    return std::nullopt;
  }
  std::string json = SanitizeUtf8(StripByteOrderMark(bytes));
  simdjson::dom::parser parser;
  simdjson::dom::object object;
  simdjson::error_code error = parser.parse(json).get(object);
  if (error != simdjson::SUCCESS) {
    context.Reject(path, 0,
                   Status::Error(ErrorCode::kParseError,
                                 fmt::format("sidecar is not a JSON object: {}",
                                             simdjson::error_message(error))),
                   Snippet(json));
    return std::nullopt;
  }
  return ReadMetadata(object);
}

}  // namespace

std::optional<std::string> FindSidecar(const std::string& path) {
  if (path == "-") return std::nullopt;
  std::string_view stem = path;
  RemoveSuffix(&stem, ".gz");
  if (RemoveSuffix(&stem, ".txt") || RemoveSuffix(&stem, ".text")) {
    std::string candidate = std::string(stem) + std::string(kSidecarSuffix);
    if (IsRegularFile(candidate)) return candidate;
  }
  std::string candidate = path + std::string(kSidecarSuffix);
  if (IsRegularFile(candidate)) return candidate;
  return std::nullopt;
}

void ReadTextDocument(const std::string& path, InputReader& reader, IngestContext& context) {
  const std::uint64_t max_bytes = context.options().max_document_bytes;
  std::string bytes;
  Result<bool> complete = reader.ReadAll(max_bytes, &bytes);
  if (!complete.ok()) {
    context.Reject(path, 0, complete.status());
    return;
  }
  if (!*complete) {
    context.Reject(path, 0,
                   Status::Error(ErrorCode::kInvalidArgument,
                                 fmt::format("document larger than max_document_bytes ({})",
                                             max_bytes)),
                   Snippet(bytes));
    return;
  }
  Document document;
  document.path = path;
  document.raw = NormaliseRawText(bytes);
  bytes = std::string();
  if (Trim(document.raw).empty()) {
    context.Reject(path, 0, Status::Error(ErrorCode::kInvalidArgument, "no text"));
    return;
  }
  if (std::optional<std::string> sidecar = FindSidecar(path)) {
    if (std::optional<DocumentMetadata> metadata = ReadSidecar(*sidecar, context)) {
      ApplyMetadata(*metadata, &document);
    }
  }
  context.Emit(std::move(document));
}

}  // namespace tally::internal
