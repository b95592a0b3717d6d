// A sample of real news text for the benchmarks: the "text" (and "published") fields of the
// first records of a gzipped JSONL corpus, loaded once.
#ifndef TALLY_BENCH_CORPUS_SAMPLE_H_
#define TALLY_BENCH_CORPUS_SAMPLE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "tally/date.h"

namespace tally::bench {

struct SampleDocument {
  std::string text;
  std::optional<Date> published;
};

struct CorpusSample {
  std::vector<SampleDocument> documents;
  std::size_t text_bytes = 0;
  std::string error;  // why the sample is empty, when it is
};

// Reads records from the gzipped JSONL file at path until their texts total at least
// max_text_bytes (or the file ends). Malformed lines are skipped.
CorpusSample LoadCorpusSample(const std::string& path, std::size_t max_text_bytes);

// The default corpus: $TALLY_BENCH_CORPUS, else ../shared/corpus/allsides-news-2016-2020.jsonl.gz
// beside the source tree; the first 20 MB of text (override with $TALLY_BENCH_MB). Loaded on
// first use and kept for the program's life.
const CorpusSample& DefaultCorpusSample();

}  // namespace tally::bench

#endif  // TALLY_BENCH_CORPUS_SAMPLE_H_
