#include "tally/status.h"

#include <fmt/format.h>

#include "common/text.h"

namespace tally {

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return "ok";
    case ErrorCode::kInvalidArgument: return "invalid_argument";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kIoError: return "io_error";
    case ErrorCode::kParseError: return "parse_error";
    case ErrorCode::kCorrupt: return "corrupt";
    case ErrorCode::kUnsupported: return "unsupported";
    case ErrorCode::kInternal: return "internal";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  return fmt::format("{}: {}", ErrorCodeName(code_), message_);
}

std::string FormatReject(const Reject& reject) {
  std::string out = reject.source;
  if (reject.offset != 0) out += fmt::format(" (byte {})", reject.offset);
  out += ": ";
  out += reject.status.ToString();
  if (!reject.snippet.empty()) {
    std::string snippet = internal::SanitizeUtf8(reject.snippet.substr(0, 80));
    for (char& c : snippet) {
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    out += fmt::format(" [{}]", snippet);
  }
  return out;
}

}  // namespace tally
