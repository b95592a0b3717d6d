// The JSON form of a processed document, as `tally extract` prints it (one object per line).
#ifndef TALLY_CLI_DOCUMENT_JSON_H_
#define TALLY_CLI_DOCUMENT_JSON_H_

#include <string>

#include "tally/pipeline.h"

namespace tally::cli {

// {"id", "path", "outlet", "url", "published": {"date", "inferred"}, "title", "text",
//  "numbers": [...], "times": [...], "claims": [...]}; offsets are bytes into "text".
std::string DocumentJson(const ProcessedDocument& document);

}  // namespace tally::cli

#endif  // TALLY_CLI_DOCUMENT_JSON_H_
