#include "corpus_sample.h"

#include <cstdlib>
#include <string_view>

#include <simdjson.h>
#include <zlib.h>

namespace tally::bench {

CorpusSample LoadCorpusSample(const std::string& path, std::size_t max_text_bytes) {
  CorpusSample sample;
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) {
    sample.error = "cannot open " + path;
    return sample;
  }
  simdjson::dom::parser parser;
  std::string pending;
  char buffer[1 << 16];
  bool eof = false;
  while (!eof && sample.text_bytes < max_text_bytes) {
    int n = gzread(file, buffer, sizeof buffer);
    if (n <= 0) {
      eof = true;
      if (pending.empty()) break;
      pending += '\n';
    } else {
      pending.append(buffer, static_cast<std::size_t>(n));
    }
    std::size_t start = 0;
    for (std::size_t nl; (nl = pending.find('\n', start)) != std::string::npos; start = nl + 1) {
      if (sample.text_bytes >= max_text_bytes) break;
      std::string_view line(pending.data() + start, nl - start);
      simdjson::dom::object object;
      if (parser.parse(line.data(), line.size()).get(object) != simdjson::SUCCESS) continue;
      std::string_view text;
      if (object["text"].get(text) != simdjson::SUCCESS) continue;
      SampleDocument document;
      document.text = std::string(text);
      std::string_view published;
      if (object["published"].get(published) == simdjson::SUCCESS) {
        document.published = Date::TryParseIso(published);
      }
      sample.text_bytes += document.text.size();
      sample.documents.push_back(std::move(document));
    }
    pending.erase(0, start);
  }
  gzclose(file);
  if (sample.documents.empty() && sample.error.empty()) sample.error = "no records in " + path;
  return sample;
}

const CorpusSample& DefaultCorpusSample() {
  static const CorpusSample* sample = [] {
    const char* env_path = std::getenv("TALLY_BENCH_CORPUS");
    std::string path = env_path != nullptr
                           ? std::string(env_path)
                           : std::string(TALLY_SOURCE_DIR) +
                                 "/../shared/corpus/allsides-news-2016-2020.jsonl.gz";
    std::size_t megabytes = 20;
    if (const char* env_mb = std::getenv("TALLY_BENCH_MB")) {
      megabytes = static_cast<std::size_t>(std::strtoul(env_mb, nullptr, 10));
    }
    return new CorpusSample(LoadCorpusSample(path, megabytes << 20));
  }();
  return *sample;
}

}  // namespace tally::bench
