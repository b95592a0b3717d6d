// The phrases a fact sheet is made of, shared by the text and the markdown report: dates,
// figures, sources, relations, series titles and summaries, story headlines.
#ifndef TALLY_REPORT_FACT_SHEET_PHRASES_H_
#define TALLY_REPORT_FACT_SHEET_PHRASES_H_

#include <optional>
#include <string>
#include <string_view>

#include "tally/report.h"

namespace tally::internal::phrases {

inline constexpr std::string_view kNotGiven = "\xE2\x80\x94";  // —
inline constexpr std::string_view kSeparator = " \xC2\xB7 ";   // " · "

// The entry's claim index points into r.claims.
bool ValidEntry(const SeriesEntry& entry, const Reconciliation& r);
std::string DateText(const std::optional<Date>& date);          // "2022-01-09" or "—"
std::string SourceText(const Claim& claim);                     // cut to one short line
std::string DocumentLabel(const SourcedClaim& sourced);         // outlet or file name
std::string DocumentText(const SourcedClaim& sourced);          // "[label]"
std::string FigureText(const Claim& claim);                     // "≥5,969", "1,678 in 24 hours", "300 (claimed)"
// "update from 7,939"; previous is the claim of the entry before (nullptr for the first).
std::string RelationText(Relation relation, const Claim* previous);
// "sources disagree: >2,000 [a, b] · ~2,500 [c]" for a disputed series.
std::string Disagreement(const Series& series, const Reconciliation& r);
// "   best 225 (as of 2022-01-15, prosecutors)   range 160–225", with the disagreement first.
std::string Summary(const Series& series, const Reconciliation& r);
std::string WholeTitle(const Series& series);                   // "killed · Kazakhstan"
std::string PartTitle(const Series& part, const Series* whole);  // "part: children"
// "<title> · <first> … <last> · N articles, M outlets · id <id>".
std::string StoryHeadline(const DerivedStory& derived);

}  // namespace tally::internal::phrases

#endif  // TALLY_REPORT_FACT_SHEET_PHRASES_H_
