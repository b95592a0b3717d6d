// Clean: reduces a scraped text to its article text, dropping residue lines (comment forms,
// captcha sums, player timestamps, share and "see more" lines, captions printed twice, site
// footers). The patterns live in data/clean/residue.tsv.
#ifndef TALLY_CLEAN_H_
#define TALLY_CLEAN_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tally {

// One run of bytes copied unchanged from the raw text into the cleaned text.
struct AlignedRun {
  std::size_t clean_begin = 0;
  std::size_t raw_begin = 0;
  std::size_t length = 0;
};

struct CleanedText {
  std::string text;
  // Runs in increasing order of clean_begin and raw_begin; bytes of text outside every run are
  // separators tally inserted ('\n').
  std::vector<AlignedRun> alignment;
  std::size_t lines_dropped = 0;

  // Offset in the raw text of the byte at clean_offset (or of the next copied byte when
  // clean_offset falls on an inserted separator). clean_offset == text.size() maps to the end
  // of the last run.
  std::size_t ToRawOffset(std::size_t clean_offset) const;
};

struct CleanOptions {
  // Drop a line identical to the line before it (captions printed twice). Default: on.
  bool drop_repeated_lines = true;
  // Drop lines that match the residue patterns. Default: on.
  bool drop_residue = true;
};

// Pure function of its input; thread-safe. Line structure is kept: kept lines are joined by
// '\n', runs of blank lines collapse to one blank line, and trailing spaces are trimmed.
CleanedText CleanText(std::string_view raw, const CleanOptions& options = {});

}  // namespace tally

#endif  // TALLY_CLEAN_H_
