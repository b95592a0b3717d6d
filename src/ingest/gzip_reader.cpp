#include "ingest/gzip_reader.h"

#include <zlib.h>

#include <algorithm>
#include <utility>
#include <vector>

#include <fmt/format.h>

namespace tally::internal {
namespace {

constexpr std::size_t kInputChunk = 64 * 1024;
// windowBits for inflateInit2: 15 (the largest window) + 16 to accept the gzip wrapper only
// (zlib manual, inflateInit2).
constexpr int kGzipWindowBits = 15 + 16;

class GzipSource final : public ByteSource {
 public:
  GzipSource(std::unique_ptr<ByteSource> compressed, std::string name)
      : input_(std::move(compressed)), name_(std::move(name)), in_buffer_(kInputChunk) {
    stream_.zalloc = Z_NULL;
    stream_.zfree = Z_NULL;
    stream_.opaque = Z_NULL;
    stream_.next_in = Z_NULL;
    stream_.avail_in = 0;
    if (inflateInit2(&stream_, kGzipWindowBits) == Z_OK) {
      initialised_ = true;
    } else {
      status_ = Status::Error(ErrorCode::kInternal,
                              fmt::format("{}: cannot start gzip decompression", name_));
    }
  }
  ~GzipSource() override {
    if (initialised_) inflateEnd(&stream_);
  }
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;

  Result<std::size_t> Read(char* buffer, std::size_t size) override {
    if (!status_.ok()) return status_;
    if (finished_) return std::size_t{0};
    Status status = Inflate(buffer, size);
    if (!status.ok()) {
      status_ = status;
      return status;
    }
    return size - stream_.avail_out;
  }

 private:
  // Fills buffer with at least one byte unless the input ends after a complete member.
  Status Inflate(char* buffer, std::size_t size) {
    stream_.next_out = reinterpret_cast<Bytef*>(buffer);
    stream_.avail_out = static_cast<uInt>(std::min<std::size_t>(size, 1u << 30));
    const uInt wanted = stream_.avail_out;
    while (stream_.avail_out == wanted) {
      if (stream_.avail_in == 0 && !input_ended_) {
        Status status = Refill();
        if (!status.ok()) return status;
        continue;
      }
      if (between_members_) {
        SkipZeroPadding();
        if (stream_.avail_in == 0) {
          if (input_ended_) {
            finished_ = true;
            return Status::Ok();
          }
          continue;
        }
        if (stream_.next_in[0] != 0x1f) {
          return Error("unexpected bytes after the last gzip member");
        }
        inflateReset(&stream_);
        between_members_ = false;
      }
      if (stream_.avail_in == 0 && input_ended_) {
        return Error("truncated gzip stream (it ends inside a member)");
      }
      int rc = inflate(&stream_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        between_members_ = true;
      } else if (rc == Z_BUF_ERROR) {
        continue;  // needs more input; the checks above fetch it or report truncation
      } else if (rc != Z_OK) {
        return Error(fmt::format("corrupt gzip stream ({})",
                                 stream_.msg != nullptr ? stream_.msg : zError(rc)));
      }
    }
    return Status::Ok();
  }

  Status Refill() {
    Result<std::size_t> n = input_->Read(reinterpret_cast<char*>(in_buffer_.data()),
                                         in_buffer_.size());
    if (!n.ok()) return n.status();
    if (*n == 0) input_ended_ = true;
    stream_.next_in = in_buffer_.data();
    stream_.avail_in = static_cast<uInt>(*n);
    return Status::Ok();
  }

  void SkipZeroPadding() {
    while (stream_.avail_in > 0 && stream_.next_in[0] == 0) {
      ++stream_.next_in;
      --stream_.avail_in;
    }
  }

  Status Error(std::string what) const {
    return Status::Error(ErrorCode::kParseError, fmt::format("{}: {}", name_, what));
  }

  std::unique_ptr<ByteSource> input_;
  std::string name_;
  std::vector<Bytef> in_buffer_;
  z_stream stream_{};
  bool initialised_ = false;
  bool input_ended_ = false;
  bool between_members_ = false;
  bool finished_ = false;
  Status status_;  // sticky: the first error, returned by every later Read
};

}  // namespace

bool HasGzipMagic(std::string_view data) {
  return data.size() >= 2 && static_cast<unsigned char>(data[0]) == 0x1f &&
         static_cast<unsigned char>(data[1]) == 0x8b;
}

std::unique_ptr<ByteSource> MakeGzipSource(std::unique_ptr<ByteSource> compressed,
                                           std::string name) {
  return std::make_unique<GzipSource>(std::move(compressed), std::move(name));
}

}  // namespace tally::internal
