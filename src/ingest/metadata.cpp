#include "ingest/metadata.h"

#include <initializer_list>
#include <string_view>

#include "common/text.h"

namespace tally::internal {
namespace {

// The first of names that object holds as a non-empty string (after trimming), or "".
std::string FirstString(simdjson::dom::object object,
                        std::initializer_list<std::string_view> names) {
  for (std::string_view name : names) {
    std::string_view value;
    if (object[name].get(value) != simdjson::SUCCESS) continue;
    value = Trim(value);
    if (!value.empty()) return SanitizeUtf8(value);
  }
  return std::string();
}

}  // namespace

DocumentMetadata ReadMetadata(simdjson::dom::object object) {
  DocumentMetadata metadata;
  metadata.outlet = FirstString(object, {"outlet", "source"});
  metadata.url = FirstString(object, {"url"});
  metadata.title = FirstString(object, {"title"});
  std::string published = FirstString(object, {"published", "date"});
  if (!published.empty()) metadata.published = Date::TryParseIso(published);
  return metadata;
}

void ApplyMetadata(const DocumentMetadata& metadata, Document* document) {
  document->outlet = metadata.outlet;
  document->url = metadata.url;
  document->title = metadata.title;
  document->published.date = metadata.published;
  document->published.inferred = false;
}

}  // namespace tally::internal
