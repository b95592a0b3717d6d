#include "ingest/input_reader.h"

#include <algorithm>
#include <utility>

#include "ingest/gzip_reader.h"

namespace tally::internal {

namespace {
constexpr std::size_t kChunk = 64 * 1024;
}  // namespace

Result<std::unique_ptr<ByteSource>> OpenInput(const std::string& path) {
  Result<std::unique_ptr<ByteSource>> file = OpenFileSource(path);
  if (!file.ok()) return file.status();
  // Sniff the magic bytes, then give them back in front of the rest.
  std::string head(2, '\0');
  std::size_t got = 0;
  while (got < head.size()) {
    Result<std::size_t> n = (*file)->Read(head.data() + got, head.size() - got);
    if (!n.ok()) return n.status();
    if (*n == 0) break;
    got += *n;
  }
  head.resize(got);
  bool gzipped = HasGzipMagic(head);
  std::unique_ptr<ByteSource> source = MakePrefixedSource(std::move(head), std::move(*file));
  if (gzipped) source = MakeGzipSource(std::move(source), path);
  return source;
}

Result<bool> InputReader::Fill() {
  if (ended_) return false;
  if (position_ > 0 && position_ >= buffer_.size() / 2) {
    buffer_.erase(0, position_);
    position_ = 0;
  }
  std::size_t old_size = buffer_.size();
  buffer_.resize(old_size + kChunk);
  Result<std::size_t> n = source_.Read(buffer_.data() + old_size, kChunk);
  if (!n.ok()) {
    buffer_.resize(old_size);
    ended_ = true;
    return n.status();
  }
  buffer_.resize(old_size + *n);
  if (*n == 0) ended_ = true;
  return *n > 0;
}

Result<std::string_view> InputReader::Peek(std::size_t n) {
  while (buffer_.size() - position_ < n) {
    Result<bool> filled = Fill();
    if (!filled.ok()) return filled.status();
    if (!*filled) break;
  }
  std::size_t available = std::min(n, buffer_.size() - position_);
  return std::string_view(buffer_).substr(position_, available);
}

Result<bool> InputReader::ReadLine(std::size_t max_bytes, Line* line) {
  line->text.clear();
  line->number = lines_read_ + 1;
  line->offset = consumed_;
  line->size = 0;
  line->too_long = false;
  bool saw_any = false;
  for (;;) {
    std::string_view rest = std::string_view(buffer_).substr(position_);
    std::size_t newline = rest.find('\n');
    std::string_view piece = rest.substr(0, newline);
    if (!piece.empty() || newline != std::string_view::npos) saw_any = true;
    std::size_t room = max_bytes - std::min(max_bytes, line->text.size());
    if (piece.size() > room) line->too_long = true;
    line->text.append(piece.substr(0, std::min(room, piece.size())));
    line->size += piece.size();
    std::size_t consumed = piece.size() + (newline != std::string_view::npos ? 1 : 0);
    position_ += consumed;
    consumed_ += consumed;
    if (newline != std::string_view::npos) break;
    Result<bool> filled = Fill();
    if (!filled.ok()) return filled.status();
    if (!*filled) break;
  }
  if (!saw_any) return false;
  ++lines_read_;
  // A CRLF line break leaves its CR at the end of the line.
  if (!line->too_long && !line->text.empty() && line->text.back() == '\r') {
    line->text.pop_back();
    --line->size;
  }
  return true;
}

Result<bool> InputReader::ReadAll(std::uint64_t max_bytes, std::string* out) {
  out->clear();
  for (;;) {
    out->append(buffer_, position_, std::string::npos);
    consumed_ += buffer_.size() - position_;
    buffer_.clear();
    position_ = 0;
    if (out->size() > max_bytes) return false;
    Result<bool> filled = Fill();
    if (!filled.ok()) return filled.status();
    if (!*filled) return true;
  }
}

}  // namespace tally::internal
