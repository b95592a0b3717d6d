// Report: renders the fact sheet of the derived stories, for people (text) and machines (JSON).
#ifndef TALLY_REPORT_H_
#define TALLY_REPORT_H_

#include <string>
#include <vector>

#include "tally/store.h"

namespace tally {

struct ReportOptions {
  bool show_evidence = true;  // print each claim's evidence sentence (text format)
  std::size_t evidence_width = 160;  // cut evidence sentences longer than this (text format)
};

// The terminal fact sheet: per story, per series, the best estimate and range, then each claim
// with source, as-of date, attribution, relation and evidence.
std::string RenderTextReport(const std::vector<DerivedStory>& stories,
                             const ReportOptions& options = {});

// The same as Markdown: a heading per story and per series, a table of claims per series.
std::string RenderMarkdownReport(const std::vector<DerivedStory>& stories,
                                 const ReportOptions& options = {});

// The same as one JSON document: {"stories": [{"id", "title", "series": [...]}]}; the full
// shape is written out in src/report/json_report.cpp.
std::string RenderJsonReport(const std::vector<DerivedStory>& stories);

}  // namespace tally

#endif  // TALLY_REPORT_H_
