// `tally eval timex --gold DIR --system DIR`: the TempEval-3 Task A scores.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include <fmt/format.h>

#include "cli/commands.h"
#include "common/json_writer.h"
#include "tally/timex_eval.h"

namespace tally::cli {
namespace {

namespace fs = std::filesystem;

std::optional<std::string> ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The gold files: DIR/*.tml, or one file.
std::vector<fs::path> GoldFiles(const std::string& gold) {
  std::vector<fs::path> files;
  std::error_code ec;
  if (fs::is_directory(gold, ec)) {
    for (const fs::directory_entry& entry : fs::directory_iterator(gold, ec)) {
      if (entry.is_regular_file() && entry.path().extension() == ".tml") {
        files.push_back(entry.path());
      }
    }
  } else if (fs::exists(gold, ec)) {
    files.emplace_back(gold);
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string ScoresJson(const TimexCounts& c, const TimexScores& s, int documents, int rejected) {
  internal::JsonWriter json;
  json.BeginObject();
  json.Key("documents").Int(documents).Key("rejected").Int(rejected);
  json.Key("gold").Int(c.gold).Key("system").Int(c.system);
  json.Key("strict").BeginObject().Key("matches").Int(c.strict);
  json.Key("precision").Number(s.strict_precision).Key("recall").Number(s.strict_recall);
  json.Key("f1").Number(s.strict_f1).EndObject();
  json.Key("relaxed").BeginObject().Key("matches").Int(c.relaxed);
  json.Key("precision").Number(s.relaxed_precision).Key("recall").Number(s.relaxed_recall);
  json.Key("f1").Number(s.relaxed_f1).EndObject();
  json.Key("type").BeginObject().Key("correct").Int(c.type_correct);
  json.Key("accuracy").Number(s.type_accuracy).Key("f1").Number(s.type_f1).EndObject();
  json.Key("value").BeginObject().Key("correct").Int(c.value_correct);
  json.Key("accuracy").Number(s.value_accuracy).Key("f1").Number(s.value_f1).EndObject();
  json.EndObject();
  return json.Take();
}

std::string ScoresText(const TimexCounts& c, const TimexScores& s, int documents) {
  auto pct = [](double x) { return 100 * x; };
  std::string out = fmt::format("documents {}  gold {}  system {}\n", documents, c.gold, c.system);
  out += fmt::format("          precision  recall     F1\n");
  out += fmt::format("strict    {:9.2f}  {:6.2f}  {:5.2f}   ({} matches)\n",
                     pct(s.strict_precision), pct(s.strict_recall), pct(s.strict_f1), c.strict);
  out += fmt::format("relaxed   {:9.2f}  {:6.2f}  {:5.2f}   ({} matches)\n",
                     pct(s.relaxed_precision), pct(s.relaxed_recall), pct(s.relaxed_f1),
                     c.relaxed);
  out += fmt::format("type      accuracy {:6.2f}  F1 {:5.2f}\n", pct(s.type_accuracy),
                     pct(s.type_f1));
  out += fmt::format("value     accuracy {:6.2f}  F1 {:5.2f}\n", pct(s.value_accuracy),
                     pct(s.value_f1));
  return out;
}

}  // namespace

int RunEvalTimex(const EvalTimexArgs& args) {
  std::vector<fs::path> gold_files = GoldFiles(args.gold);
  if (gold_files.empty()) {
    std::fprintf(stderr, "tally: no gold .tml files in %s\n", args.gold.c_str());
    return kExitFailure;
  }
  std::error_code ec;
  bool system_dir = fs::is_directory(args.system, ec);
  TimexCounts total;
  int documents = 0;
  int rejected = 0;
  for (const fs::path& gold_path : gold_files) {
    fs::path system_path = system_dir ? fs::path(args.system) / gold_path.filename()
                                      : fs::path(args.system);
    std::optional<std::string> gold = ReadFile(gold_path);
    std::optional<std::string> system = ReadFile(system_path);
    if (!gold || !system) {
      std::fprintf(stderr, "tally: cannot read %s\n",
                   (gold ? system_path : gold_path).string().c_str());
      ++rejected;
      continue;
    }
    Result<TimexCounts> counts =
        CountTimexMatches(*gold, *system, gold_path.filename().string());
    if (!counts.ok()) {
      std::fprintf(stderr, "tally: %s\n", counts.status().message().c_str());
      ++rejected;
      continue;
    }
    total += *counts;
    ++documents;
  }
  if (documents == 0) {
    std::fprintf(stderr, "tally: no document could be scored\n");
    return kExitFailure;
  }
  TimexScores scores = ScoreTimexCounts(total);
  std::string out = args.format == "json" ? ScoresJson(total, scores, documents, rejected) + "\n"
                                          : ScoresText(total, scores, documents);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return rejected > 0 ? kExitSomeRejected : kExitOk;
}

}  // namespace tally::cli
