// Throughput of the analyse stage on real news text (bytes of article text per second, one
// thread). The target: numbers + time tagging at >= 50 MB/s in a Release build.
//   BM_Tokenize            the shared token scan alone
//   BM_ReadNumbers         tokenize + number reader
//   BM_TagTimes            tokenize + time tagger (anchor: the record's published date)
//   BM_NumbersAndTimes     one tokenization, both readers: what the target measures
//   BM_Analyse             tally::Analyse (adds sentences and document date inference)
//   BM_DocumentPipeline    CleanText + Analyse + ExtractClaims per document
//   BM_Claims              ExtractClaims alone, on documents cleaned and analysed beforehand
#include <benchmark/benchmark.h>

#include "analyse/number_reader.h"
#include "analyse/timex.h"
#include "analyse/tokenizer.h"
#include "corpus_sample.h"
#include "tally/analyse.h"
#include "tally/claims.h"
#include "tally/clean.h"
#include "tally/document.h"

namespace tally::bench {
namespace {

// Runs body(document) over every sample document per iteration; skips when the corpus is absent.
template <typename Body>
void RunOverCorpus(benchmark::State& state, Body body) {
  const CorpusSample& sample = DefaultCorpusSample();
  if (sample.documents.empty()) {
    state.SkipWithError(("corpus sample unavailable: " + sample.error).c_str());
    return;
  }
  for (auto _ : state) {
    for (const SampleDocument& document : sample.documents) body(document);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(sample.text_bytes));
  state.counters["docs"] = static_cast<double>(sample.documents.size());
}

void BM_Tokenize(benchmark::State& state) {
  RunOverCorpus(state, [](const SampleDocument& d) {
    internal::TokenizedText tokens(d.text);
    benchmark::DoNotOptimize(tokens.size());
  });
}

void BM_ReadNumbers(benchmark::State& state) {
  RunOverCorpus(state, [](const SampleDocument& d) {
    benchmark::DoNotOptimize(ReadNumbers(d.text));
  });
}

void BM_TagTimes(benchmark::State& state) {
  RunOverCorpus(state, [](const SampleDocument& d) {
    benchmark::DoNotOptimize(TagTimes(d.text, d.published));
  });
}

void BM_NumbersAndTimes(benchmark::State& state) {
  RunOverCorpus(state, [](const SampleDocument& d) {
    internal::TokenizedText tokens(d.text);
    benchmark::DoNotOptimize(internal::ReadNumbersIn(tokens));
    benchmark::DoNotOptimize(internal::TagTimesIn(tokens, d.published));
  });
}

void BM_Analyse(benchmark::State& state) {
  RunOverCorpus(state, [](const SampleDocument& d) {
    AnalyseOptions options;
    options.published = d.published;
    benchmark::DoNotOptimize(Analyse(d.text, options));
  });
}

void BM_DocumentPipeline(benchmark::State& state) {
  RunOverCorpus(state, [](const SampleDocument& d) {
    Document document;
    document.raw = d.text;
    document.published.date = d.published;
    CleanedText cleaned = CleanText(document.raw);
    document.text = std::move(cleaned.text);
    AnalyseOptions options;
    options.published = d.published;
    Analysis analysis = Analyse(document.text, options);
    benchmark::DoNotOptimize(ExtractClaims(document, analysis));
  });
}

// The sample's documents cleaned and analysed once, for the claims benchmark.
struct AnalysedDocument {
  Document document;
  Analysis analysis;
};

const std::vector<AnalysedDocument>& AnalysedSample() {
  static const std::vector<AnalysedDocument>* analysed = [] {
    auto* out = new std::vector<AnalysedDocument>;
    for (const SampleDocument& d : DefaultCorpusSample().documents) {
      AnalysedDocument a;
      a.document.raw = d.text;
      a.document.published.date = d.published;
      a.document.text = CleanText(a.document.raw).text;
      AnalyseOptions options;
      options.published = d.published;
      a.analysis = Analyse(a.document.text, options);
      out->push_back(std::move(a));
    }
    return out;
  }();
  return *analysed;
}

void BM_Claims(benchmark::State& state) {
  const std::vector<AnalysedDocument>& analysed = AnalysedSample();
  const CorpusSample& sample = DefaultCorpusSample();
  if (analysed.empty()) {
    state.SkipWithError(("corpus sample unavailable: " + sample.error).c_str());
    return;
  }
  for (auto _ : state) {
    for (const AnalysedDocument& a : analysed) {
      benchmark::DoNotOptimize(ExtractClaims(a.document, a.analysis));
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(sample.text_bytes));
}

BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadNumbers)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TagTimes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NumbersAndTimes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Analyse)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DocumentPipeline)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Claims)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace tally::bench

BENCHMARK_MAIN();
