// The terminal fact sheet. Layout, per story:
//
//   <title> · <first> … <last> · N articles, M outlets · id <story id>
//
//   <measure> · <place>   [sources disagree: ...]   best <figure> (<as-of>, <source>)   range a–b
//     why: <reason>
//     <as-of>  <figure>  <source>  [<document>]  <relation> <preposition> <previous figure>
//         "<evidence>"
//     part: <subgroup or place>   best ...   range ...
//       <entries, as above, indented once more>
//
// A disputed series says "sources disagree:" with each figure and its documents before "best".
// After the last story one line explains the markers. Everything is derived from the
// input in its order, so the output is deterministic.
#include <algorithm>
#include <set>
#include <string_view>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "common/text.h"
#include "report/columns.h"
#include "report/fact_sheet_phrases.h"
#include "report/figure_format.h"
#include "tally/report.h"

namespace tally {
namespace {

using internal::DisplayWidth;
using internal::PadRight;
using namespace internal::phrases;

constexpr std::string_view kIndentStep = "  ";

struct Row {
  std::string as_of, figure, source, document, relation, evidence;
};

void RenderEntries(std::string& out, const Series& series, const Reconciliation& r,
                   const std::string& indent, const ReportOptions& options) {
  std::vector<Row> rows;
  const Claim* previous = nullptr;
  for (const SeriesEntry& entry : series.entries) {
    if (!ValidEntry(entry, r)) continue;
    const SourcedClaim& sourced = r.claims[entry.claim];
    const Claim& claim = sourced.claim;
    rows.push_back({DateText(claim.as_of), FigureText(claim), SourceText(claim),
                    DocumentText(sourced), RelationText(entry.relation, previous),
                    internal::OneLine(sourced.evidence_text)});
    previous = &claim;
  }
  std::size_t figure_width = 0, source_width = 0, document_width = 0;
  for (const Row& row : rows) {
    figure_width = std::max(figure_width, DisplayWidth(row.figure));
    source_width = std::max(source_width, DisplayWidth(row.source));
    document_width = std::max(document_width, DisplayWidth(row.document));
  }
  for (const Row& row : rows) {
    out += fmt::format("{}{}  {}  {}  {}  {}\n", indent, PadRight(row.as_of, 10),
                       PadRight(row.figure, figure_width), PadRight(row.source, source_width),
                       PadRight(row.document, document_width), row.relation);
    if (options.show_evidence && !row.evidence.empty()) {
      out += fmt::format("{}    \"{}\"\n", indent,
                         internal::Ellipsize(row.evidence, options.evidence_width));
    }
  }
}

void RenderSeries(std::string& out, const Series& series, const Reconciliation& r,
                  const ReportOptions& options) {
  const Series* whole = nullptr;
  if (series.part_of && *series.part_of < r.series.size()) whole = &r.series[*series.part_of];
  const std::string indent(series.part_of ? 2 * kIndentStep.size() : kIndentStep.size(), ' ');
  if (series.part_of) {
    out += std::string(kIndentStep) + PartTitle(series, whole);
  } else {
    out += "\n";
    out += WholeTitle(series);
  }
  out += Summary(series, r) + "\n";
  if (!series.reason.empty()) out += indent + "why: " + internal::OneLine(series.reason) + "\n";
  RenderEntries(out, series, r, indent, options);
}

}  // namespace

std::string RenderTextReport(const std::vector<DerivedStory>& stories,
                             const ReportOptions& options) {
  if (stories.empty()) return "no stories\n";
  std::string out;
  for (std::size_t i = 0; i < stories.size(); ++i) {
    const DerivedStory& derived = stories[i];
    if (i > 0) out += "\n";
    out += StoryHeadline(derived) + "\n";
    if (derived.reconciliation.series.empty()) {
      out += "\n";
      out += std::string(kIndentStep) + "no figures\n";
    }
    for (const Series& series : derived.reconciliation.series) {
      RenderSeries(out, series, derived.reconciliation, options);
    }
  }
  out += '\n';
  out += internal::MarkerLegend();
  out += '\n';
  return out;
}

}  // namespace tally
