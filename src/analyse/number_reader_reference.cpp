#include "analyse/number_reader_reference.h"

#include <cmath>
#include <limits>
#include <map>
#include <regex>
#include <sstream>

#include "common/data_files.h"
#include "common/text.h"

namespace tally::internal {
namespace {

struct Word {
  std::string text;
  std::size_t begin = 0;  // byte offset
};

std::vector<Word> SplitWords(std::string_view text) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
    std::size_t begin = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n') ++i;
    if (i > begin) words.push_back({std::string(text.substr(begin, i - begin)), begin});
  }
  return words;
}

struct Tables {
  std::map<std::string, std::pair<double, bool>> scales;  // form -> multiplier, glued only
  std::map<std::string, Approx> qualifiers;               // lower-case phrase -> approx
  std::map<std::string, Approx> qualifiers_after;         // "or more" -> at_least
  std::map<Approx, std::pair<double, double>> intervals;
};

const Tables& GetTables() {
  static const Tables* tables = [] {
    auto* t = new Tables;
    for (const DataRow& row : DataRows("analyse/scales.tsv")) {
      t->scales[AsciiLower(row.fields[0])] = {std::stod(row.fields[1]), row.fields[2] == "glued"};
    }
    for (const DataRow& row : DataRows("analyse/qualifiers.tsv")) {
      if (row.fields[0] == "@interval") {
        double hi = row.fields[3] == "inf" ? std::numeric_limits<double>::infinity()
                                           : std::stod(row.fields[3]);
        t->intervals[*TryParseApprox(row.fields[1])] = {std::stod(row.fields[2]), hi};
      } else if (row.fields.size() > 2 && row.fields[2] == "after") {
        t->qualifiers_after[AsciiLower(row.fields[0])] = *TryParseApprox(row.fields[1]);
      } else if (row.fields[1] != "range") {
        t->qualifiers[AsciiLower(row.fields[0])] = *TryParseApprox(row.fields[1]);
      }
    }
    return t;
  }();
  return *tables;
}

double ParseDigits(std::string s) {
  std::string plain;
  for (char c : s) {
    if (c != ',' && c != ' ') plain += c;
  }
  return std::stod(plain);
}

}  // namespace

std::vector<ReferenceNumber> ReadNumbersReference(std::string_view text) {
  const Tables& tables = GetTables();
  static const std::regex kNumber(R"(^(-?)(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([A-Za-z]*)$)");
  static const std::regex kGroup(R"(^\d{3}$)");
  std::vector<Word> words = SplitWords(text);
  std::vector<ReferenceNumber> out;
  for (std::size_t w = 0; w < words.size(); ++w) {
    std::smatch match;
    if (!std::regex_match(words[w].text, match, kNumber)) continue;
    bool negative = match[1].length() == 1;  // "-3.5"
    std::string digits = match[2].str() + match[4].str();
    std::string suffix = match[5].str();
    std::size_t last = w;
    double multiplier = 1;
    if (!suffix.empty()) {  // "19m", "2.3bn"
      auto scale = tables.scales.find(AsciiLower(suffix));
      if (scale == tables.scales.end()) continue;
      multiplier = scale->second.first;
    } else {
      // "12 000": 3-digit groups after a group of at most three digits, no comma, no decimal.
      if (!match[3].matched && !match[4].matched && match[2].length() <= 3) {
        std::string grouped = digits;
        std::size_t k = w + 1;
        while (k < words.size() && std::regex_match(words[k].text, kGroup) &&
               words[k].begin == words[k - 1].begin + words[k - 1].text.size() + 1) {
          grouped += " " + words[k].text;
          last = k++;
        }
        digits = grouped;
      }
      if (last + 1 < words.size()) {  // "1.5 million"
        auto scale = tables.scales.find(AsciiLower(words[last + 1].text));
        if (scale != tables.scales.end() && !scale->second.second) {
          multiplier = scale->second.first;
          ++last;
          if (last + 1 < words.size()) {  // "1.5 lakh crore": a larger scale multiplies again
            auto larger = tables.scales.find(AsciiLower(words[last + 1].text));
            if (larger != tables.scales.end() && !larger->second.second &&
                larger->second.first > scale->second.first) {
              multiplier *= larger->second.first;
              ++last;
            }
          }
        }
      }
    }
    ReferenceNumber number;
    number.value = ParseDigits(digits) * multiplier * (negative ? -1 : 1);
    std::size_t first = w;
    for (std::size_t n = 5; n >= 1; --n) {  // the longest qualifier phrase before
      if (w < n) continue;
      std::string phrase;
      for (std::size_t k = w - n; k < w; ++k) phrase += (phrase.empty() ? "" : " ") + words[k].text;
      auto qualifier = tables.qualifiers.find(AsciiLower(phrase));
      if (qualifier != tables.qualifiers.end()) {
        number.approx = qualifier->second;
        first = w - n;
        break;
      }
    }
    if (last + 2 < words.size()) {  // "200 or more"
      auto after = tables.qualifiers_after.find(
          AsciiLower(words[last + 1].text + " " + words[last + 2].text));
      if (after != tables.qualifiers_after.end()) {
        number.approx = after->second;
        last += 2;
      }
    }
    auto [lo, hi] = tables.intervals.at(number.approx);
    number.lo = lo * number.value;
    number.hi = std::isinf(hi) ? hi : hi * number.value;
    if (number.value < 0) {
      if (number.approx == Approx::kAtMost) number.lo = -std::numeric_limits<double>::infinity();
      if (number.lo > number.hi) std::swap(number.lo, number.hi);
    }
    std::size_t end = words[last].begin + words[last].text.size();
    number.text = std::string(text.substr(words[first].begin, end - words[first].begin));
    out.push_back(number);
    w = last;
  }
  return out;
}

}  // namespace tally::internal
