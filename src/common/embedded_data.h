// The data files compiled into the library (see cmake/TallyData.cmake).
#ifndef TALLY_COMMON_EMBEDDED_DATA_H_
#define TALLY_COMMON_EMBEDDED_DATA_H_

#include <string_view>
#include <vector>

namespace tally::internal {

struct EmbeddedFile {
  std::string_view name;      // path relative to data/, e.g. "clean/residue.tsv"
  std::string_view contents;  // static storage
};

const std::vector<EmbeddedFile>& EmbeddedDataFiles();

}  // namespace tally::internal

#endif  // TALLY_COMMON_EMBEDDED_DATA_H_
