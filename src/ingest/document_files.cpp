#include "ingest/document_files.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

namespace tally::internal {
namespace {

namespace fs = std::filesystem;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view WithoutGz(std::string_view name) {
  if (EndsWith(name, ".gz")) name.remove_suffix(3);
  return name;
}

bool IsHidden(const fs::path& path) {
  std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

}  // namespace

bool IsJsonlName(std::string_view name) {
  name = WithoutGz(name);
  return EndsWith(name, ".jsonl") || EndsWith(name, ".ndjson");
}

bool IsDocumentFileName(std::string_view file_name) {
  if (file_name.empty() || file_name[0] == '.') return false;
  std::string_view name = WithoutGz(file_name);
  static constexpr std::array<std::string_view, 4> kExtensions = {".txt", ".text", ".jsonl",
                                                                  ".ndjson"};
  return std::any_of(kExtensions.begin(), kExtensions.end(), [&](std::string_view extension) {
    return name.size() > extension.size() && EndsWith(name, extension);
  });
}

std::vector<std::string> ListDocumentFiles(const std::string& directory, IngestContext& context) {
  std::vector<std::string> files;
  // Own recursion rather than recursive_directory_iterator: that one stops at the first
  // unreadable subdirectory, and the walk must go on past it.
  std::vector<fs::path> pending = {fs::path(directory)};
  while (!pending.empty()) {
    fs::path current = std::move(pending.back());
    pending.pop_back();
    std::error_code error;
    fs::directory_iterator it(current, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
      const fs::directory_entry& entry = *it;
      if (IsHidden(entry.path())) continue;
      std::error_code type_error;  // a broken link is not a document; nothing to report
      if (entry.is_directory(type_error) && !entry.is_symlink(type_error)) {
        pending.push_back(entry.path());
      } else if (entry.is_regular_file(type_error) &&
                 IsDocumentFileName(entry.path().filename().string())) {
        files.push_back(entry.path().string());
      }
    }
    if (error) {
      context.Reject(current.string(), 0,
                     Status::Error(ErrorCode::kIoError,
                                   fmt::format("cannot list {}: {}", current.string(),
                                               error.message())));
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace tally::internal
