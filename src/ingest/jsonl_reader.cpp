#include "ingest/jsonl_reader.h"

#include <limits>
#include <string_view>
#include <utility>

#include <fmt/format.h>
#include <simdjson.h>

#include "common/text.h"
#include "ingest/metadata.h"
#include "ingest/raw_text.h"

namespace tally::internal {
namespace {

// A line holds the text JSON-escaped plus the metadata: escapes can double the text's size
// ("\n" for a line break), so lines up to twice the document limit plus room for the metadata
// are parsed; the text itself is checked against the limit after decoding.
std::size_t MaxLineBytes(std::uint64_t max_document_bytes) {
  constexpr std::uint64_t kMetadataRoom = 64 * 1024;
  constexpr std::uint64_t kLimit = std::numeric_limits<std::size_t>::max() / 4;
  if (max_document_bytes >= kLimit) return static_cast<std::size_t>(kLimit);
  return static_cast<std::size_t>(2 * max_document_bytes + kMetadataRoom);
}

class JsonlFileReader {
 public:
  JsonlFileReader(const std::string& path, IngestContext& context)
      : path_(path), context_(context) {}

  void Run(InputReader& reader, JsonlMode mode) {
    const std::size_t max_line = MaxLineBytes(context_.options().max_document_bytes);
    bool first_record = true;
    Line line;
    for (;;) {
      Result<bool> more = reader.ReadLine(max_line, &line);
      if (!more.ok()) {
        context_.Reject(path_, line.offset, more.status());
        return;
      }
      if (!*more) return;
      if (line.number == 1) {
        line.text.erase(0, line.text.size() - StripByteOrderMark(line.text).size());
      }
      if (!line.too_long && Trim(line.text).empty()) continue;
      if (first_record && mode == JsonlMode::kSkipUnlessDocuments &&
          IsObjectWithoutText(line)) {
        return;
      }
      first_record = false;
      ReadRecord(line);
    }
  }

 private:
  bool IsObjectWithoutText(const Line& line) {
    if (line.too_long) return false;
    std::string json = SanitizeUtf8(line.text);
    simdjson::dom::object object;
    if (parser_.parse(json).get(object) != simdjson::SUCCESS) return false;
    return object["text"].error() == simdjson::NO_SUCH_FIELD;
  }

  void ReadRecord(const Line& line) {
    const std::uint64_t max_bytes = context_.options().max_document_bytes;
    std::string source = fmt::format("{}:{}", path_, line.number);
    if (line.too_long) {
      RejectLine(std::move(source), line, ErrorCode::kInvalidArgument,
                 fmt::format("record of {} bytes is larger than max_document_bytes ({})",
                             line.size, max_bytes));
      return;
    }
    // Invalid UTF-8 is repaired before parsing, so a stray byte costs one character, not the
    // whole record.
    std::string json = SanitizeUtf8(line.text);
    simdjson::dom::element element;
    simdjson::error_code error = parser_.parse(json).get(element);
    if (error != simdjson::SUCCESS) {
      RejectLine(std::move(source), line, ErrorCode::kParseError,
                 fmt::format("not a JSON object: {}", simdjson::error_message(error)));
      return;
    }
    simdjson::dom::object object;
    if (element.get(object) != simdjson::SUCCESS) {
      RejectLine(std::move(source), line, ErrorCode::kParseError, "not a JSON object");
      return;
    }
    std::string_view text;
    if (object["text"].get(text) != simdjson::SUCCESS || Trim(text).empty()) {
      RejectLine(std::move(source), line, ErrorCode::kInvalidArgument, "no text");
      return;
    }
    if (text.size() > max_bytes) {
      RejectLine(std::move(source), line, ErrorCode::kInvalidArgument,
                 fmt::format("text of {} bytes is larger than max_document_bytes ({})",
                             text.size(), max_bytes));
      return;
    }
    Document document;
    document.path = std::move(source);
    document.raw = NormaliseRawText(text);
    ApplyMetadata(ReadMetadata(object), &document);
    context_.Emit(std::move(document));
  }

  void RejectLine(std::string source, const Line& line, ErrorCode code, std::string message) {
    context_.Reject(std::move(source), line.offset, Status::Error(code, std::move(message)),
                    Snippet(line.text));
  }

  const std::string& path_;
  IngestContext& context_;
  simdjson::dom::parser parser_;  // reused: it keeps its buffers between lines
};

}  // namespace

void ReadJsonl(const std::string& path, InputReader& reader, JsonlMode mode,
               IngestContext& context) {
  JsonlFileReader(path, context).Run(reader, mode);
}

}  // namespace tally::internal
