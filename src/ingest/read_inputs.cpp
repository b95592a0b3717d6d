// ReadInputs: chooses the reader of each path (directory, JSONL, plain text, standard input).
#include <filesystem>
#include <string_view>
#include <system_error>

#include "common/text.h"
#include "ingest/document_files.h"
#include "ingest/ingest_context.h"
#include "ingest/input_reader.h"
#include "ingest/jsonl_reader.h"
#include "ingest/raw_text.h"
#include "ingest/text_document.h"
#include "tally/ingest.h"

namespace tally {
namespace {

using internal::IngestContext;
using internal::InputReader;
using internal::JsonlMode;

// Standard input is JSONL when its first character (after a byte order mark and white space)
// opens a JSON object; a news text does not start with '{'.
Result<bool> StdinLooksLikeJsonl(InputReader& reader) {
  constexpr std::size_t kLookahead = 4096;
  Result<std::string_view> head = reader.Peek(kLookahead);
  if (!head.ok()) return head.status();
  std::string_view text = internal::Trim(internal::StripByteOrderMark(*head));
  return !text.empty() && text.front() == '{';
}

enum class Origin { kNamed, kDirectoryWalk };

void ReadFile(const std::string& path, Origin origin, IngestContext& context) {
  Result<std::unique_ptr<internal::ByteSource>> source = internal::OpenInput(path);
  if (!source.ok()) {
    context.Reject(path, 0, source.status());
    return;
  }
  InputReader reader(**source);
  bool jsonl = internal::IsJsonlName(path);
  if (path == "-") {
    Result<bool> looks_like_jsonl = StdinLooksLikeJsonl(reader);
    if (!looks_like_jsonl.ok()) {
      context.Reject(path, 0, looks_like_jsonl.status());
      return;
    }
    jsonl = *looks_like_jsonl;
  }
  if (jsonl) {
    JsonlMode mode = origin == Origin::kDirectoryWalk ? JsonlMode::kSkipUnlessDocuments
                                                      : JsonlMode::kDocuments;
    internal::ReadJsonl(path, reader, mode, context);
  } else {
    internal::ReadTextDocument(path, reader, context);
  }
}

void ReadPath(const std::string& path, IngestContext& context) {
  if (path != "-") {
    std::error_code error;
    std::filesystem::file_status status = std::filesystem::status(path, error);
    if (status.type() == std::filesystem::file_type::not_found) {
      context.Reject(path, 0, Status::Error(ErrorCode::kNotFound, "no such file or directory"));
      return;
    }
    if (status.type() == std::filesystem::file_type::directory) {
      for (const std::string& file : internal::ListDocumentFiles(path, context)) {
        ReadFile(file, Origin::kDirectoryWalk, context);
      }
      return;
    }
  }
  ReadFile(path, Origin::kNamed, context);
}

}  // namespace

IngestCounts ReadInputs(const std::vector<std::string>& paths, const IngestOptions& options,
                        const DocumentSink& on_document, const RejectSink& on_reject) {
  IngestContext context(options, on_document, on_reject);
  for (const std::string& path : paths) ReadPath(path, context);
  return context.counts();
}

}  // namespace tally
