// A news document as tally sees it: metadata, the raw input, and the cleaned text that every
// span of later stages refers to.
#ifndef TALLY_DOCUMENT_H_
#define TALLY_DOCUMENT_H_

#include <optional>
#include <string>

#include "tally/date.h"

namespace tally {

struct PublishedDate {
  std::optional<Date> date;  // nullopt: neither given nor inferable from the text
  bool inferred = false;     // true when the date was read from the text, not given
};

struct Document {
  // Stable id: 16 hex digits of XXH3-64 over the URL when one is given, else over the raw text.
  std::string id;
  std::string path;    // where it was read: a file, or "FILE:LINE" for a JSONL line, or "-"
  std::string outlet;  // publisher name; empty when unknown
  std::string url;     // empty when unknown
  std::string title;   // empty when unknown
  PublishedDate published;
  std::string raw;   // the input text as read (HTML already reduced to text in later issues)
  std::string text;  // cleaned text; all byte offsets of mentions and claims refer to it

  // Outlet when known, else the file name of path (without directories), for reports.
  std::string DisplaySource() const;
};

}  // namespace tally

#endif  // TALLY_DOCUMENT_H_
