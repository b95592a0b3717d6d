// Buffered reading of one input: peeking ahead, lines with their numbers and byte offsets, or
// the whole input up to a size limit.
#ifndef TALLY_INGEST_INPUT_READER_H_
#define TALLY_INGEST_INPUT_READER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "ingest/byte_source.h"
#include "tally/status.h"

namespace tally::internal {

// Opens path ("-": standard input) and decompresses it when its first bytes are the gzip magic,
// whatever its name. Errors as OpenFileSource, plus kIoError when the first bytes cannot be read.
Result<std::unique_ptr<ByteSource>> OpenInput(const std::string& path);

struct Line {
  std::string text;          // without its line break ("\n" or "\r\n")
  std::uint64_t number = 0;  // 1-based
  std::uint64_t offset = 0;  // byte offset of its first byte in the (decompressed) input
  std::uint64_t size = 0;    // its length in bytes, also when text was cut
  bool too_long = false;     // text holds only the first max_bytes of it
};

// Not thread-safe. The source must outlive the reader.
class InputReader {
 public:
  explicit InputReader(ByteSource& source) : source_(source) {}
  InputReader(const InputReader&) = delete;
  InputReader& operator=(const InputReader&) = delete;

  // Up to n of the next bytes without consuming them (fewer only at the end of the input). The
  // view lives until the next call.
  Result<std::string_view> Peek(std::size_t n);

  // Reads the next line into *line; returns false at the end of the input. A last line without
  // a line break counts. Of a line longer than max_bytes, only the first max_bytes are kept
  // (Line::too_long) and the rest is skipped, so memory stays bounded.
  Result<bool> ReadLine(std::size_t max_bytes, Line* line);

  // Reads the rest of the input into *out; returns false when it holds more than max_bytes
  // (then *out holds an unspecified prefix).
  Result<bool> ReadAll(std::uint64_t max_bytes, std::string* out);

 private:
  // Appends up to one chunk from the source to the buffer; false at the end of the input.
  Result<bool> Fill();

  ByteSource& source_;
  std::string buffer_;
  std::size_t position_ = 0;  // first unconsumed byte of buffer_
  bool ended_ = false;
  std::uint64_t consumed_ = 0;  // bytes consumed before buffer_[position_]
  std::uint64_t lines_read_ = 0;
};

}  // namespace tally::internal

#endif  // TALLY_INGEST_INPUT_READER_H_
