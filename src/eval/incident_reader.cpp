// Readers of the incident evaluation files: gzipped JSON Lines of articles and of incidents.
#include <zlib.h>

#include <cmath>
#include <memory>

#include <simdjson.h>

#include "tally/incident_eval.h"

namespace tally {
namespace {

// The whole file, decompressed when it is gzip (zlib reads plain files unchanged).
Result<std::string> ReadMaybeGzip(const std::string& path) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) return Status::Error(ErrorCode::kIoError, "cannot read " + path);
  std::unique_ptr<gzFile_s, int (*)(gzFile)> closer(file, gzclose);
  std::string out;
  char buffer[1 << 16];
  for (;;) {
    int got = gzread(file, buffer, sizeof buffer);
    if (got < 0) {
      return Status::Error(ErrorCode::kParseError, "corrupt or unreadable gzip: " + path);
    }
    if (got == 0) break;
    out.append(buffer, static_cast<std::size_t>(got));
  }
  return out;
}

std::optional<std::string> StringField(simdjson::dom::object object, const char* key) {
  std::string_view value;
  if (object[key].get_string().get(value) != simdjson::SUCCESS) return std::nullopt;
  return std::string(value);
}

// An integer count written as a number (or a numeric string); nullopt when absent or null.
std::optional<int> CountField(simdjson::dom::object object, const char* key) {
  simdjson::dom::element element;
  if (object[key].get(element) != simdjson::SUCCESS || element.is_null()) return std::nullopt;
  double value = 0;
  if (element.get_double().get(value) == simdjson::SUCCESS) {
    if (!std::isfinite(value) || value < 0 || value > 1e6) return std::nullopt;
    return static_cast<int>(std::lround(value));
  }
  std::string_view text;
  if (element.get_string().get(text) == simdjson::SUCCESS && !text.empty() && text.size() < 7 &&
      text.find_first_not_of("0123456789") == std::string_view::npos) {
    return std::stoi(std::string(text));
  }
  return std::nullopt;
}

Status LineError(const std::string& path, std::size_t line, const std::string& what) {
  return Status::Error(ErrorCode::kParseError, path + ":" + std::to_string(line) + ": " + what);
}

// Calls on_object(object, line) for every non-blank line; stops at the first error.
template <typename OnObject>
Status ForEachObject(const std::string& path, const OnObject& on_object) {
  Result<std::string> data = ReadMaybeGzip(path);
  if (!data.ok()) return data.status();
  simdjson::dom::parser parser;
  std::string_view rest = *data;
  std::size_t line = 0;
  while (!rest.empty()) {
    std::size_t newline = rest.find('\n');
    std::string_view text = rest.substr(0, newline);
    rest = newline == std::string_view::npos ? std::string_view() : rest.substr(newline + 1);
    ++line;
    if (text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    simdjson::dom::object object;
    if (parser.parse(text.data(), text.size()).get_object().get(object) != simdjson::SUCCESS) {
      return LineError(path, line, "not a JSON object");
    }
    Status status = on_object(object, line);
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<IncidentArticle>> ReadIncidentArticles(const std::string& path) {
  std::vector<IncidentArticle> articles;
  Status status = ForEachObject(path, [&](simdjson::dom::object object, std::size_t line) {
    IncidentArticle article;
    std::optional<std::string> id = StringField(object, "id");
    std::optional<std::string> cluster = StringField(object, "cluster_id");
    std::optional<std::string> text = StringField(object, "text");
    if (!id || !cluster || !text) {
      return LineError(path, line, "an article needs \"id\", \"cluster_id\" and \"text\"");
    }
    article.id = std::move(*id);
    article.incident_id = std::move(*cluster);
    article.text = std::move(*text);
    article.outlet = StringField(object, "source_domain").value_or("");
    article.url = StringField(object, "url").value_or("");
    article.title = StringField(object, "title").value_or("");
    if (std::optional<std::string> published = StringField(object, "published")) {
      article.published = Date::TryParseIso(*published);
    }
    articles.push_back(std::move(article));
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return articles;
}

Result<std::vector<Incident>> ReadIncidents(const std::string& path) {
  std::vector<Incident> incidents;
  Status status = ForEachObject(path, [&](simdjson::dom::object object, std::size_t line) {
    Incident incident;
    std::optional<std::string> id = StringField(object, "incident_id");
    if (!id) return LineError(path, line, "an incident needs \"incident_id\"");
    incident.id = std::move(*id);
    if (std::optional<std::string> date = StringField(object, "date")) {
      incident.date = Date::TryParseIso(*date);
    }
    incident.state = StringField(object, "state").value_or("");
    incident.city = StringField(object, "city_or_county").value_or("");
    incident.killed = CountField(object, "num_killed");
    incident.injured = CountField(object, "num_injured");
    incidents.push_back(std::move(incident));
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return incidents;
}

}  // namespace tally
