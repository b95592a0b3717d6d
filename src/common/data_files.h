// Access to tally's linguistic data files (data/ in the source tree). Each file is compiled in;
// when $TALLY_DATA_DIR is set, a file of the same relative name there takes precedence, so
// users can extend lexicons and patterns without rebuilding.
#ifndef TALLY_COMMON_DATA_FILES_H_
#define TALLY_COMMON_DATA_FILES_H_

#include <string>
#include <string_view>
#include <vector>

namespace tally::internal {

// The contents of data file `name` ("measures/killed.tsv"). Aborts with a message when the
// name is unknown: data file names are fixed by the code, so a miss is a programmer error.
// Thread-safe; the returned view lives for the whole program.
std::string_view DataFile(std::string_view name);

// One non-comment line of a tab-separated data file, split into fields.
struct DataRow {
  std::size_t line = 0;  // 1-based line number in the file
  std::vector<std::string> fields;
};

// The rows of data file `name`: '#' starts a comment line, blank lines are skipped, fields are
// separated by one or more tabs and trimmed of spaces.
std::vector<DataRow> DataRows(std::string_view name);

}  // namespace tally::internal

#endif  // TALLY_COMMON_DATA_FILES_H_
