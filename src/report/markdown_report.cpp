// The fact sheet in Markdown, for pasting into notes, tickets and wikis. Per story a heading,
// per series a sub-heading with the best estimate and range, then one table row per claim:
// as-of date, figure, source, document, relation, evidence.
#include <string_view>

#include <fmt/format.h>

#include "common/text.h"
#include "report/columns.h"
#include "report/fact_sheet_phrases.h"
#include "report/figure_format.h"
#include "tally/report.h"

namespace tally {
namespace {

using namespace internal::phrases;

// Text inside a table cell: one line, with the characters Markdown gives meaning to escaped.
std::string Cell(std::string_view text) {
  std::string out;
  for (char c : internal::OneLine(text)) {
    if (c == '|' || c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' ||
        c == '<' || c == '>') {
      out.push_back('\\');
    }
    out.push_back(c);
  }
  return out;
}

void RenderSeries(std::string& out, const Series& series, const Reconciliation& r,
                  const ReportOptions& options) {
  const Series* whole = nullptr;
  if (series.part_of && *series.part_of < r.series.size()) whole = &r.series[*series.part_of];
  std::string title = series.part_of ? PartTitle(series, whole) : WholeTitle(series);
  out += fmt::format("\n{} {}\n\n", series.part_of ? "####" : "###", Cell(title));
  out += Cell(std::string(internal::Trim(Summary(series, r))));
  out += "\n\n";
  if (!series.reason.empty()) out += fmt::format("Why: {}\n\n", Cell(series.reason));
  out += options.show_evidence ? "| as of | figure | source | document | relation | evidence |\n"
                                 "|---|---|---|---|---|---|\n"
                               : "| as of | figure | source | document | relation |\n"
                                 "|---|---|---|---|---|\n";
  const Claim* previous = nullptr;
  for (const SeriesEntry& entry : series.entries) {
    if (!ValidEntry(entry, r)) continue;
    const SourcedClaim& sourced = r.claims[entry.claim];
    const Claim& claim = sourced.claim;
    out += fmt::format("| {} | {} | {} | {} | {} |", DateText(claim.as_of),
                       Cell(FigureText(claim)), Cell(SourceText(claim)),
                       Cell(DocumentLabel(sourced)), Cell(RelationText(entry.relation, previous)));
    if (options.show_evidence) {
      out += fmt::format(" {} |",
                         Cell(internal::Ellipsize(sourced.evidence_text, options.evidence_width)));
    }
    out += '\n';
    previous = &claim;
  }
}

}  // namespace

std::string RenderMarkdownReport(const std::vector<DerivedStory>& stories,
                                 const ReportOptions& options) {
  if (stories.empty()) return "No stories.\n";
  std::string out;
  for (const DerivedStory& derived : stories) {
    out += fmt::format("## {}\n", Cell(StoryHeadline(derived)));
    if (derived.reconciliation.series.empty()) out += "\nNo figures.\n";
    for (const Series& series : derived.reconciliation.series) {
      RenderSeries(out, series, derived.reconciliation, options);
    }
    out += '\n';
  }
  out += fmt::format("_{}_\n", Cell(internal::MarkerLegend()));
  return out;
}

}  // namespace tally
