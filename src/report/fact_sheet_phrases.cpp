// Phrases of the fact sheet shared by the text and markdown reports.
#include "report/fact_sheet_phrases.h"

#include <algorithm>
#include <set>
#include <string_view>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "common/text.h"
#include "report/columns.h"
#include "report/figure_format.h"

namespace tally::internal::phrases {

// Attributions longer than this are cut: the column must not push the document out of sight.
constexpr std::size_t kMaxSourceBytes = 40;

std::string DateText(const std::optional<Date>& date) {
  return date ? date->ToIso() : std::string(kNotGiven);
}

std::string SourceText(const Claim& claim) {
  std::string_view source = claim.source ? internal::Trim(*claim.source) : std::string_view();
  if (source.empty()) return std::string(kNotGiven);
  return internal::Ellipsize(internal::OneLine(source), kMaxSourceBytes);
}

std::string DocumentLabel(const SourcedClaim& sourced) {
  const std::string& label =
      sourced.document_label.empty() ? sourced.document_id : sourced.document_label;
  return label.empty() ? std::string(kNotGiven) : internal::OneLine(label);
}

std::string DocumentText(const SourcedClaim& sourced) {
  std::string text = "[";
  text += DocumentLabel(sourced);
  text += ']';
  return text;
}

// The figure with its increment window and any modality other than the unmarked one:
// "1,678 in 1 day", "300 (claimed)".
std::string FigureText(const Claim& claim) {
  std::string text = internal::FormatFigure(claim);
  if (claim.period.kind == PeriodKind::kIncrement && !claim.period.window.empty()) {
    text += " in ";
    text += internal::DurationInWords(claim.period.window);
  }
  if (claim.modality != Modality::kReported) {
    text += fmt::format(" ({})", ModalityName(claim.modality));
  }
  return text;
}

std::string RelationText(Relation relation, const Claim* previous) {
  const char* preposition = nullptr;
  switch (relation) {
    case Relation::kFirst:
    case Relation::kPart: return RelationName(relation);
    case Relation::kSame: preposition = "as"; break;
    case Relation::kConsistent: preposition = "with"; break;
    case Relation::kUpdate: preposition = "from"; break;
    case Relation::kRevision: preposition = "from"; break;
    case Relation::kContradiction: preposition = "with"; break;
  }
  if (previous == nullptr) return RelationName(relation);
  return fmt::format("{} {} {}", RelationName(relation), preposition,
                     internal::FormatFigure(*previous));
}

bool ValidEntry(const SeriesEntry& entry, const Reconciliation& r) {
  return entry.claim < r.claims.size();
}

// "sources disagree: >2,000 [Wire] · ~2,500 [Herald, Daily Post]": each figure of the series
// once, in series order, with the documents that give it.
std::string Disagreement(const Series& series, const Reconciliation& r) {
  std::vector<std::pair<std::string, std::vector<std::string>>> figures;
  for (const SeriesEntry& entry : series.entries) {
    if (!ValidEntry(entry, r)) continue;
    const SourcedClaim& sourced = r.claims[entry.claim];
    std::string figure = FigureText(sourced.claim);
    auto it = std::find_if(figures.begin(), figures.end(),
                           [&](const auto& known) { return known.first == figure; });
    if (it == figures.end()) it = figures.insert(figures.end(), {std::move(figure), {}});
    std::string label = DocumentLabel(sourced);
    if (std::find(it->second.begin(), it->second.end(), label) == it->second.end()) {
      it->second.push_back(std::move(label));
    }
  }
  std::string out = "sources disagree:";
  for (std::size_t i = 0; i < figures.size(); ++i) {
    out += fmt::format("{}{} [{}]", i == 0 ? " " : kSeparator, figures[i].first,
                       fmt::join(figures[i].second, ", "));
  }
  return out;
}

// "best 225 (as of 2022-01-15, prosecutor's office)   range 160–225", with the disagreement in
// front when the series is disputed.
std::string Summary(const Series& series, const Reconciliation& r) {
  std::string out;
  if (series.disputed) {
    out += "   ";
    out += Disagreement(series, r);
  }
  if (series.best < series.entries.size() && ValidEntry(series.entries[series.best], r)) {
    const Claim& best = r.claims[series.entries[series.best].claim].claim;
    std::string when = best.as_of ? "as of " + best.as_of->ToIso() : std::string("undated");
    std::string source = SourceText(best);
    out += fmt::format("   best {} ({}{})", FigureText(best), when,
                       source == kNotGiven ? std::string() : ", " + source);
  }
  out += "   range ";
  out += internal::FormatCount(series.range_lo);
  if (series.range_hi != series.range_lo) {
    out += "–";
    out += internal::FormatCount(series.range_hi);
  }
  return out;
}

std::string WholeTitle(const Series& series) {
  std::string title = internal::OneLine(series.measure);
  if (series.place) title += std::string(kSeparator) + internal::OneLine(*series.place);
  if (series.subgroup) title += std::string(kSeparator) + internal::OneLine(*series.subgroup);
  if (series.period == PeriodKind::kIncrement) title += std::string(kSeparator) + "increments";
  return title;
}

std::string PartTitle(const Series& part, const Series* whole) {
  std::string title = "part: ";
  const bool other_place =
      part.place &&
      !(whole && whole->place && internal::EqualsIgnoreCase(*whole->place, *part.place));
  if (part.subgroup) {
    title += internal::OneLine(*part.subgroup);
    if (other_place) title += std::string(kSeparator) + internal::OneLine(*part.place);
  } else {
    title += part.place ? internal::OneLine(*part.place) : std::string(kNotGiven);
  }
  if (part.period == PeriodKind::kIncrement) title += std::string(kSeparator) + "increments";
  return title;
}

std::string StoryHeadline(const DerivedStory& derived) {
  const Story& story = derived.story;
  std::string title = internal::OneLine(story.title);
  if (title.empty()) title = fmt::format("story {}", story.id);
  std::string dates = std::string(kNotGiven);
  if (story.first_date && story.last_date && *story.first_date != *story.last_date) {
    dates = story.first_date->ToIso() + " \xE2\x80\xA6 " + story.last_date->ToIso();  // …
  } else if (story.first_date || story.last_date) {
    dates = (story.first_date ? story.first_date : story.last_date)->ToIso();
  }
  // The story does not carry its documents' outlets; the claims carry a label per document
  // (outlet, else file name), so outlets are counted among documents with claims.
  std::set<std::string_view> outlets;
  for (const SourcedClaim& sourced : derived.reconciliation.claims) {
    outlets.insert(sourced.document_label.empty() ? sourced.document_id : sourced.document_label);
  }
  const std::size_t articles = story.documents.size();
  return fmt::format("{}{}{}{}{} article{}, {} outlet{}{}id {}", title, kSeparator, dates,
                     kSeparator, articles, articles == 1 ? "" : "s", outlets.size(),
                     outlets.size() == 1 ? "" : "s", kSeparator, story.id);
}

}  // namespace tally::internal::phrases
