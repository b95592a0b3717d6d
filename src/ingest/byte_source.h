// A stream of input bytes: a file, standard input, bytes in memory, or a decoder over another
// source. Ingest reads every input through this one interface so that decompression and line
// splitting never care where the bytes come from.
#ifndef TALLY_INGEST_BYTE_SOURCE_H_
#define TALLY_INGEST_BYTE_SOURCE_H_

#include <cstddef>
#include <memory>
#include <string>

#include "tally/status.h"

namespace tally::internal {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to size (> 0) bytes into buffer and returns how many; 0 only at the end of the
  // input. Errors: kIoError (the read failed), kParseError (a decoder met malformed input).
  // After an error the source must not be read again.
  virtual Result<std::size_t> Read(char* buffer, std::size_t size) = 0;
};

// Opens the file at path for reading; "-" is standard input (which is not closed afterwards).
// Errors: kNotFound when path does not exist, kIoError when it cannot be opened.
Result<std::unique_ptr<ByteSource>> OpenFileSource(const std::string& path);

// The bytes of data, then the end of the input.
std::unique_ptr<ByteSource> MakeStringSource(std::string data);

// The bytes of prefix, then those of rest: gives back bytes read ahead to sniff a format.
std::unique_ptr<ByteSource> MakePrefixedSource(std::string prefix,
                                               std::unique_ptr<ByteSource> rest);

}  // namespace tally::internal

#endif  // TALLY_INGEST_BYTE_SOURCE_H_
