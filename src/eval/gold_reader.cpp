#include <fstream>
#include <sstream>

#include <simdjson.h>

#include "tally/eval.h"

namespace tally {
namespace {

std::optional<std::string> OptionalString(simdjson::dom::object object, const char* key) {
  simdjson::dom::element element;
  if (object[key].get(element) != simdjson::SUCCESS || element.is_null()) return std::nullopt;
  std::string_view value;
  if (element.get_string().get(value) != simdjson::SUCCESS) return std::nullopt;
  return std::string(value);
}

Status LineError(const std::string& path, std::size_t line, const std::string& what) {
  return Status::Error(ErrorCode::kParseError,
                       path + ":" + std::to_string(line) + ": " + what);
}

}  // namespace

Result<std::vector<GoldClaim>> ReadGoldClaims(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(ErrorCode::kIoError, "cannot read gold file " + path);
  std::vector<GoldClaim> gold;
  simdjson::dom::parser parser;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    simdjson::dom::object object;
    if (parser.parse(line).get_object().get(object) != simdjson::SUCCESS) {
      return LineError(path, number, "not a JSON object");
    }
    GoldClaim claim;
    claim.line = number;
    std::optional<std::string> doc = OptionalString(object, "doc");
    std::optional<std::string> measure = OptionalString(object, "measure");
    if (!doc || !measure) return LineError(path, number, "needs \"doc\" and \"measure\"");
    claim.doc = *doc;
    claim.measure = *measure;
    simdjson::dom::element value;
    if (object["value"].get(value) != simdjson::SUCCESS) {
      return LineError(path, number, "needs \"value\"");
    }
    if (value.is_array()) {
      simdjson::dom::array bounds = value.get_array().value_unsafe();
      if (bounds.size() != 2) return LineError(path, number, "value [lo, hi] needs 2 numbers");
      double lo = 0;
      double hi = 0;
      if (bounds.at(0).get_double().get(lo) != simdjson::SUCCESS ||
          bounds.at(1).get_double().get(hi) != simdjson::SUCCESS) {
        return LineError(path, number, "value [lo, hi] needs 2 numbers");
      }
      claim.value = lo;
      claim.hi = hi;
      claim.vague = true;
    } else if (value.get_double().get(claim.value) == simdjson::SUCCESS) {
      claim.hi = claim.value;
    } else {
      return LineError(path, number, "value is a number or [lo, hi]");
    }
    claim.approx = OptionalString(object, "approx").value_or("exact");
    claim.subgroup = OptionalString(object, "subgroup");
    claim.location = OptionalString(object, "location");
    claim.period = OptionalString(object, "period");
    claim.as_of = OptionalString(object, "as_of");
    claim.source = OptionalString(object, "source");
    claim.evidence = OptionalString(object, "evidence").value_or("");
    gold.push_back(std::move(claim));
  }
  return gold;
}

}  // namespace tally
