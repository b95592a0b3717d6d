// Test helpers of ingest: a scratch directory, files written into it, gzip bytes, and a run of
// ReadInputs collected into vectors. Test-only.
#ifndef TALLY_INGEST_TEST_FILES_H_
#define TALLY_INGEST_TEST_FILES_H_

#include <zlib.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <unistd.h>

#include "tally/ingest.h"

namespace tally::internal::testing_files {

// A fresh directory, removed with everything in it when the object dies.
class ScratchDir {
 public:
  ScratchDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::path(::testing::TempDir()) /
            ("tally_ingest_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  // Writes bytes to the relative path name (creating directories) and returns its full path.
  std::string Write(const std::string& name, std::string_view bytes) const {
    std::filesystem::path file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return file.string();
  }
  std::string Path(const std::string& name = "") const {
    return name.empty() ? path_.string() : (path_ / name).string();
  }

 private:
  std::filesystem::path path_;
};

// One gzip member holding data.
inline std::string Gzip(std::string_view data) {
  z_stream stream{};
  EXPECT_EQ(deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8,
                         Z_DEFAULT_STRATEGY),
            Z_OK);
  std::string out(deflateBound(&stream, static_cast<uLong>(data.size())) + 64, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&stream, Z_FINISH), Z_STREAM_END);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

struct Ingested {
  std::vector<Document> documents;
  std::vector<Reject> rejects;
  IngestCounts counts;
};

inline Ingested Ingest(const std::vector<std::string>& paths,
                       const IngestOptions& options = IngestOptions()) {
  Ingested result;
  result.counts = ReadInputs(
      paths, options, [&](Document&& document) { result.documents.push_back(document); },
      [&](const Reject& reject) { result.rejects.push_back(reject); });
  return result;
}

}  // namespace tally::internal::testing_files

#endif  // TALLY_INGEST_TEST_FILES_H_
