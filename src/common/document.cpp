#include "tally/document.h"

#include "common/text.h"

namespace tally {

std::string Document::DisplaySource() const {
  if (!outlet.empty()) return outlet;
  return std::string(internal::BaseName(path));
}

}  // namespace tally
