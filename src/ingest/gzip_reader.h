// Transparent gzip decompression (RFC 1952) for every input of ingest.
#ifndef TALLY_INGEST_GZIP_READER_H_
#define TALLY_INGEST_GZIP_READER_H_

#include <memory>
#include <string>
#include <string_view>

#include "ingest/byte_source.h"

namespace tally::internal {

// True when data starts with the gzip magic bytes 1f 8b (RFC 1952 §2.3.1).
bool HasGzipMagic(std::string_view data);

// Decompresses compressed, a gzip file of one or more members. RFC 1952 §2.2 defines a gzip
// file as a series of members, and gzip(1) decompresses concatenated members as one stream;
// so does this. Zero bytes after the last member (block padding) are ignored, as gzip(1) does.
// Read errors: kParseError naming name for a corrupt stream, a stream that ends inside a
// member (truncated), or other bytes after the last member; errors of compressed pass through.
std::unique_ptr<ByteSource> MakeGzipSource(std::unique_ptr<ByteSource> compressed,
                                           std::string name);

}  // namespace tally::internal

#endif  // TALLY_INGEST_GZIP_READER_H_
