// `tally timex IN OUT`: TIMEX3 tags for the time expressions of TimeML or plain-text files.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "cli/commands.h"
#include "tally/timeml.h"

namespace tally::cli {
namespace {

namespace fs = std::filesystem;

bool ReadFile(const fs::path& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream buffer;
  buffer << in.rdbuf();
  *out = buffer.str();
  return static_cast<bool>(in) || in.eof();
}

// The tagged TimeML of one input file, or an error naming it.
Result<std::string> TagFile(const fs::path& path, const std::optional<Date>& dct) {
  std::string bytes;
  if (!ReadFile(path, &bytes)) {
    return Status::Error(ErrorCode::kIoError, path.string() + ": cannot read");
  }
  TimeMLDocument doc;
  if (path.extension() == ".tml" || path.extension() == ".xml") {
    Result<TimeMLDocument> read = ReadTimeML(bytes, path.string());
    if (!read.ok()) return read.status();
    doc = std::move(*read);
    if (!doc.creation_time) doc.creation_time = dct;
  } else {
    if (!dct) {
      return Status::Error(ErrorCode::kInvalidArgument,
                           path.string() + ": plain text needs --dct YYYY-MM-DD");
    }
    doc = TimeMLFromPlainText(bytes, *dct);
  }
  return WriteTimeML(doc, TimexAnnotationsOf(TagTimesOf(doc)));
}

bool WriteFile(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

}  // namespace

int RunTimex(const TimexArgs& args) {
  std::optional<Date> dct;
  if (!args.dct.empty()) {
    dct = Date::TryParseIso(args.dct);
    if (!dct) {
      std::fprintf(stderr, "tally: --dct %s is not a date (YYYY-MM-DD)\n", args.dct.c_str());
      return kExitFailure;
    }
  }
  std::error_code ec;
  std::vector<std::pair<fs::path, fs::path>> jobs;  // input, output
  if (fs::is_directory(args.in, ec)) {
    for (const fs::directory_entry& entry : fs::directory_iterator(args.in, ec)) {
      if (entry.is_regular_file() && entry.path().extension() == ".tml") {
        jobs.emplace_back(entry.path(), fs::path(args.out) / entry.path().filename());
      }
    }
    std::sort(jobs.begin(), jobs.end());
    fs::create_directories(args.out, ec);
    if (ec || !fs::is_directory(args.out)) {
      std::fprintf(stderr, "tally: cannot create directory %s\n", args.out.c_str());
      return kExitFailure;
    }
  } else if (fs::exists(args.in, ec)) {
    fs::path out = args.out;
    if (fs::is_directory(out, ec)) out /= fs::path(args.in).filename();
    jobs.emplace_back(args.in, out);
  }
  if (jobs.empty()) {
    std::fprintf(stderr, "tally: no input files in %s\n", args.in.c_str());
    return kExitFailure;
  }
  int written = 0;
  int rejected = 0;
  for (const auto& [in, out] : jobs) {
    Result<std::string> tagged = TagFile(in, dct);
    if (!tagged.ok()) {
      std::fprintf(stderr, "tally: %s\n", tagged.status().message().c_str());
      ++rejected;
      continue;
    }
    if (!WriteFile(out, *tagged)) {
      std::fprintf(stderr, "tally: cannot write %s\n", out.string().c_str());
      ++rejected;
      continue;
    }
    ++written;
  }
  if (!args.quiet) std::fprintf(stderr, "tally: %d tagged, %d rejected\n", written, rejected);
  if (written == 0) return kExitFailure;
  return rejected > 0 ? kExitSomeRejected : kExitOk;
}

}  // namespace tally::cli
