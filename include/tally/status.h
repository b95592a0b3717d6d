// The one error model of tally: a Status for operations that can fail on bad input or I/O,
// and Result<T> for those that also return a value. Programmer errors are assertions instead.
#ifndef TALLY_STATUS_H_
#define TALLY_STATUS_H_

#include <cassert>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace tally {

enum class ErrorCode {
  kOk = 0,
  kInvalidArgument,  // the caller asked for something malformed
  kNotFound,         // a file, record or id that does not exist
  kIoError,          // the operating system refused a read or write
  kParseError,       // input text that does not follow its format (JSON, gzip, dates)
  kCorrupt,          // a store or file whose contents contradict themselves
  kUnsupported,      // valid input that tally does not handle yet
  kInternal,         // a library below tally failed unexpectedly
};

// Name of the code in snake_case ("parse_error"), for messages and JSON.
const char* ErrorCodeName(ErrorCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  static Status Ok() { return Status(); }
  static Status Error(ErrorCode code, std::string message) {
    assert(code != ErrorCode::kOk);
    return Status(code, std::move(message));
  }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "parse_error: <message>", or "ok".
  std::string ToString() const;

 private:
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

// Either a value or a non-OK Status. Accessing value() of an error is a programmer error.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : data_(std::move(status)) {  // NOLINT: implicit by design
    assert(!std::get<Status>(data_).ok());
  }

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(data_);
  }
  T& value() & { assert(ok()); return std::get<T>(data_); }
  const T& value() const& { assert(ok()); return std::get<T>(data_); }
  T&& value() && { assert(ok()); return std::get<T>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> data_;
};

// One rejected input record. Rejects are collected while a batch goes on.
struct Reject {
  std::string stage;    // "ingest", "clean", ...
  std::string source;   // file path, with ":LINE" for a line of a JSONL file
  std::uint64_t offset = 0;  // byte offset of the record in its file (0 when unknown)
  Status status;        // why it was rejected
  std::string snippet;  // up to 80 bytes of the offending input, for the message
};

// "FILE:LINE (byte N): parse_error: message [snippet]" — one line, for stderr.
std::string FormatReject(const Reject& reject);

}  // namespace tally

#endif  // TALLY_STATUS_H_
