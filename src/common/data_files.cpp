#include "common/data_files.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>

#include "common/embedded_data.h"
#include "common/text.h"

namespace tally::internal {
namespace {

// Files read from $TALLY_DATA_DIR, kept for the life of the program.
struct OverrideCache {
  std::mutex mu;
  std::map<std::string, std::unique_ptr<std::string>, std::less<>> files;
};

OverrideCache& Cache() {
  static OverrideCache* cache = new OverrideCache;
  return *cache;
}

}  // namespace

std::string_view DataFile(std::string_view name) {
  if (const char* dir = std::getenv("TALLY_DATA_DIR"); dir != nullptr && *dir != '\0') {
    OverrideCache& cache = Cache();
    std::lock_guard<std::mutex> lock(cache.mu);
    auto it = cache.files.find(name);
    if (it == cache.files.end()) {
      std::unique_ptr<std::string> contents;
      std::ifstream in(std::string(dir) + "/" + std::string(name), std::ios::binary);
      if (in) {
        std::ostringstream buffer;
        buffer << in.rdbuf();
        contents = std::make_unique<std::string>(buffer.str());
      }
      it = cache.files.emplace(std::string(name), std::move(contents)).first;
    }
    if (it->second) return *it->second;
  }
  for (const EmbeddedFile& file : EmbeddedDataFiles()) {
    if (file.name == name) return file.contents;
  }
  std::fprintf(stderr, "tally: internal error: no data file named %.*s\n",
               static_cast<int>(name.size()), name.data());
  std::abort();
}

std::vector<DataRow> DataRows(std::string_view name) {
  std::vector<DataRow> rows;
  std::string_view contents = DataFile(name);
  std::size_t line_number = 0;
  while (!contents.empty()) {
    std::size_t eol = contents.find('\n');
    std::string_view line = contents.substr(0, eol);
    contents = eol == std::string_view::npos ? std::string_view() : contents.substr(eol + 1);
    ++line_number;
    std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    DataRow row;
    row.line = line_number;
    std::size_t start = 0;
    while (start <= line.size()) {
      std::size_t tab = line.find('\t', start);
      std::string_view field = Trim(line.substr(start, tab == std::string_view::npos
                                                           ? std::string_view::npos
                                                           : tab - start));
      if (!field.empty()) row.fields.emplace_back(field);
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (!row.fields.empty()) rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace tally::internal
