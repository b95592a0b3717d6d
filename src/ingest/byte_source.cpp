#include "ingest/byte_source.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include <fmt/format.h>

namespace tally::internal {
namespace {

class FileSource final : public ByteSource {
 public:
  FileSource(std::string path, int fd, bool owned) : path_(std::move(path)), fd_(fd), owned_(owned) {}
  ~FileSource() override {
    if (owned_) ::close(fd_);
  }
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;

  Result<std::size_t> Read(char* buffer, std::size_t size) override {
    for (;;) {
      ssize_t n = ::read(fd_, buffer, size);
      if (n >= 0) return static_cast<std::size_t>(n);
      if (errno == EINTR) continue;
      return Status::Error(ErrorCode::kIoError,
                           fmt::format("cannot read {}: {}", path_, std::strerror(errno)));
    }
  }

 private:
  std::string path_;
  int fd_;
  bool owned_;
};

class StringSource final : public ByteSource {
 public:
  explicit StringSource(std::string data) : data_(std::move(data)) {}

  Result<std::size_t> Read(char* buffer, std::size_t size) override {
    std::size_t n = std::min(size, data_.size() - position_);
    std::memcpy(buffer, data_.data() + position_, n);
    position_ += n;
    return n;
  }

 private:
  std::string data_;
  std::size_t position_ = 0;
};

class PrefixedSource final : public ByteSource {
 public:
  PrefixedSource(std::string prefix, std::unique_ptr<ByteSource> rest)
      : prefix_(std::move(prefix)), rest_(std::move(rest)) {}

  Result<std::size_t> Read(char* buffer, std::size_t size) override {
    if (position_ < prefix_.size()) {
      std::size_t n = std::min(size, prefix_.size() - position_);
      std::memcpy(buffer, prefix_.data() + position_, n);
      position_ += n;
      return n;
    }
    return rest_->Read(buffer, size);
  }

 private:
  std::string prefix_;
  std::size_t position_ = 0;
  std::unique_ptr<ByteSource> rest_;
};

}  // namespace

Result<std::unique_ptr<ByteSource>> OpenFileSource(const std::string& path) {
  if (path == "-") {
    return std::unique_ptr<ByteSource>(
        std::make_unique<FileSource>(path, STDIN_FILENO, /*owned=*/false));
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    ErrorCode code = (errno == ENOENT || errno == ENOTDIR) ? ErrorCode::kNotFound
                                                           : ErrorCode::kIoError;
    return Status::Error(code, fmt::format("cannot open {}: {}", path, std::strerror(errno)));
  }
  return std::unique_ptr<ByteSource>(std::make_unique<FileSource>(path, fd, /*owned=*/true));
}

std::unique_ptr<ByteSource> MakeStringSource(std::string data) {
  return std::make_unique<StringSource>(std::move(data));
}

std::unique_ptr<ByteSource> MakePrefixedSource(std::string prefix,
                                               std::unique_ptr<ByteSource> rest) {
  return std::make_unique<PrefixedSource>(std::move(prefix), std::move(rest));
}

}  // namespace tally::internal
