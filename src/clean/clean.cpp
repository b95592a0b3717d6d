#include "tally/clean.h"

#include <algorithm>

#include "clean/residue_rules.h"
#include "common/text.h"

namespace tally {

using internal::ResidueAction;
using internal::ResidueRules;

namespace {

struct Line {
  std::size_t begin = 0;  // trimmed content, bytes of raw
  std::size_t end = 0;
  bool blank() const { return begin == end; }
};

std::vector<Line> SplitTrimmedLines(std::string_view raw) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start <= raw.size()) {
    std::size_t eol = raw.find('\n', start);
    if (eol == std::string_view::npos) eol = raw.size();
    Line line{start, eol};
    while (line.begin < line.end && internal::IsAsciiSpace(raw[line.begin])) ++line.begin;
    while (line.end > line.begin && internal::IsAsciiSpace(raw[line.end - 1])) --line.end;
    lines.push_back(line);
    if (eol == raw.size()) break;
    start = eol + 1;
  }
  return lines;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A line that belongs to a teaser box: an excerpt cut with an ellipsis, or a short headline
// (no sentence-final punctuation).
bool LooksLikeTeaserLine(std::string_view line) {
  if (EndsWith(line, "\xE2\x80\xA6") || EndsWith(line, "...")) return true;
  if (line.size() > 150) return false;
  char last = line.back();
  return last != '.' && last != '!' && last != '?' && last != '"' && !EndsWith(line, "\xE2\x80\x9D");
}

}  // namespace

std::size_t CleanedText::ToRawOffset(std::size_t clean_offset) const {
  if (alignment.empty()) return 0;
  // The first run that ends after clean_offset.
  auto it = std::upper_bound(alignment.begin(), alignment.end(), clean_offset,
                             [](std::size_t offset, const AlignedRun& run) {
                               return offset < run.clean_begin + run.length;
                             });
  if (it == alignment.end()) {
    const AlignedRun& last = alignment.back();
    return last.raw_begin + last.length;
  }
  if (clean_offset < it->clean_begin) return it->raw_begin;  // an inserted separator
  return it->raw_begin + (clean_offset - it->clean_begin);
}

CleanedText CleanText(std::string_view raw, const CleanOptions& options) {
  std::vector<Line> lines = SplitTrimmedLines(raw);
  std::vector<bool> keep(lines.size(), false);
  const ResidueRules& rules = ResidueRules::Default();

  std::size_t total_bytes = 0;
  for (const Line& line : lines) total_bytes += line.end - line.begin;

  CleanedText out;
  std::size_t bytes_before = 0;
  std::size_t previous_kept = lines.size();  // index of the last kept line, or none
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.blank()) continue;
    std::string_view content = raw.substr(line.begin, line.end - line.begin);
    bytes_before += content.size();
    ResidueAction action =
        options.drop_residue ? rules.Classify(content) : ResidueAction::kKeep;
    // A "tail" marker only ends the article once most of the text lies before it; early in a
    // page the same words are navigation.
    if (action == ResidueAction::kTail && 2 * (bytes_before - content.size()) < total_bytes) {
      action = ResidueAction::kDrop;
    }
    if (action == ResidueAction::kTail) {
      for (std::size_t j = i; j < lines.size(); ++j) {
        if (!lines[j].blank()) ++out.lines_dropped;
      }
      break;
    }
    if (action == ResidueAction::kTeaser) {
      ++out.lines_dropped;
      // Walk back over at most two kept lines of the teaser box.
      int dropped = 0;
      for (std::size_t j = i; j-- > 0 && dropped < 2;) {
        if (lines[j].blank()) continue;
        if (!keep[j]) continue;
        std::string_view previous = raw.substr(lines[j].begin, lines[j].end - lines[j].begin);
        if (!LooksLikeTeaserLine(previous)) break;
        keep[j] = false;
        ++out.lines_dropped;
        ++dropped;
      }
      previous_kept = lines.size();
      for (std::size_t j = i; j-- > 0;) {
        if (keep[j]) { previous_kept = j; break; }
      }
      continue;
    }
    if (action == ResidueAction::kDrop) {
      ++out.lines_dropped;
      continue;
    }
    if (options.drop_repeated_lines && previous_kept < lines.size()) {
      const Line& prev = lines[previous_kept];
      if (raw.substr(prev.begin, prev.end - prev.begin) == content) {
        ++out.lines_dropped;
        continue;
      }
    }
    keep[i] = true;
    previous_kept = i;
  }

  // Join the kept lines: one '\n' between adjacent lines, a blank line where the input had
  // blank lines between them.
  std::size_t last = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!keep[i]) continue;
    if (last < lines.size()) {
      bool blank_between = false;
      for (std::size_t j = last + 1; j < i; ++j) blank_between |= lines[j].blank();
      out.text += blank_between ? "\n\n" : "\n";
    }
    std::size_t length = lines[i].end - lines[i].begin;
    out.alignment.push_back(AlignedRun{out.text.size(), lines[i].begin, length});
    out.text.append(raw.substr(lines[i].begin, length));
    last = i;
  }
  return out;
}

}  // namespace tally
