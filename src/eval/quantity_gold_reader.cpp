// Reader of NewsQuant-format gold files (see tally/quantity_eval.h).
#include <charconv>
#include <fstream>
#include <optional>
#include <sstream>

#include <simdjson.h>

#include "common/text.h"
#include "tally/quantity_eval.h"

namespace tally {
namespace {

std::optional<double> ParseNumber(std::string_view text) {
  text = internal::Trim(text);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// "12", "-3.2", "150-200", "-10--5": a range splits at the first '-' after a digit.
std::optional<ScoredQuantity> ParseValue(std::string_view text) {
  ScoredQuantity q;
  q.written = std::string(text);
  if (std::optional<double> single = ParseNumber(text)) {
    q.lo = q.hi = *single;
    return q;
  }
  for (std::size_t i = 1; i < text.size(); ++i) {
    bool after_digit = text[i - 1] >= '0' && text[i - 1] <= '9';
    if (text[i] != '-' || !after_digit) continue;
    std::optional<double> lo = ParseNumber(text.substr(0, i));
    std::optional<double> hi = ParseNumber(text.substr(i + 1));
    if (!lo || !hi) return std::nullopt;
    q.range = true;
    q.lo = *lo;
    q.hi = *hi;
    return q;
  }
  return std::nullopt;
}

Status SentenceError(const std::string& path, std::size_t index, const std::string& what) {
  return Status::Error(ErrorCode::kParseError,
                       path + ": sentence " + std::to_string(index) + ": " + what);
}

}  // namespace

Result<std::vector<QuantitySentence>> ReadQuantityGold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(ErrorCode::kIoError, "cannot read " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string data = buffer.str();
  simdjson::dom::parser parser;
  simdjson::dom::array sentences;
  if (parser.parse(data).get_array().get(sentences) != simdjson::SUCCESS) {
    return Status::Error(ErrorCode::kParseError, path + ": not a JSON array");
  }
  std::vector<QuantitySentence> out;
  for (simdjson::dom::element element : sentences) {
    QuantitySentence sentence;
    sentence.index = out.size();
    std::string_view text;
    simdjson::dom::array quantities;
    if (element["text"].get_string().get(text) != simdjson::SUCCESS ||
        element["quantities"].get_array().get(quantities) != simdjson::SUCCESS) {
      return SentenceError(path, sentence.index, "needs \"text\" and \"quantities\"");
    }
    sentence.text = std::string(text);
    for (simdjson::dom::element quantity : quantities) {
      std::string value_text;
      std::string_view value_string;
      double value_number = 0;
      if (quantity["value"].get_string().get(value_string) == simdjson::SUCCESS) {
        value_text = std::string(value_string);
      } else if (quantity["value"].get_double().get(value_number) == simdjson::SUCCESS) {
        value_text = std::to_string(value_number);
      } else {
        return SentenceError(path, sentence.index, "a quantity needs a \"value\"");
      }
      std::optional<ScoredQuantity> q = ParseValue(value_text);
      if (!q) return SentenceError(path, sentence.index, "unreadable value \"" + value_text + "\"");
      std::string_view unit = "-";
      if (quantity["normalized_unit"].get_string().get(unit) != simdjson::SUCCESS) unit = "-";
      q->unit = internal::AsciiLower(internal::Trim(unit));
      if (q->unit.empty()) q->unit = "-";
      sentence.quantities.push_back(std::move(*q));
    }
    out.push_back(std::move(sentence));
  }
  return out;
}

}  // namespace tally
