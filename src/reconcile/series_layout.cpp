#include "reconcile/series_layout.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

#include "common/data_files.h"
#include "common/text.h"

namespace tally::internal {
namespace {

// The order in which reports list measures: the order of data/claims/measures.tsv (human cost
// first, then state action, then scale). Measures not listed there come after, by name.
const std::vector<std::string>& MeasureOrder() {
  static const std::vector<std::string>* order = [] {
    auto* names = new std::vector<std::string>;
    for (const DataRow& row : DataRows("claims/measures.tsv")) names->push_back(row.fields[0]);
    return names;
  }();
  return *order;
}

std::string FoldedOrEmpty(const std::optional<std::string>& text) {
  return text ? AsciiLower(Trim(*text)) : std::string();
}

bool SamePlace(const std::optional<std::string>& place, const std::optional<std::string>& other) {
  return place && other && EqualsIgnoreCase(Trim(*place), Trim(*other));
}

bool IsWhole(const Series& series, const std::optional<std::string>& main_place) {
  return !series.subgroup && (!series.place || SamePlace(series.place, main_place));
}

// 0: the main place, 1: no place, 2: another place.
int PlaceRank(const Series& series, const std::optional<std::string>& main_place) {
  if (!series.place) return 1;
  return SamePlace(series.place, main_place) ? 0 : 2;
}

}  // namespace

std::optional<std::string> MainPlace(const std::vector<SourcedClaim>& claims) {
  // folded place -> (count, spelling of its first claim)
  std::map<std::string, std::pair<std::size_t, std::string>> places;
  for (const SourcedClaim& sourced : claims) {
    const std::optional<std::string>& place = sourced.claim.place;
    if (!place || Trim(*place).empty()) continue;
    auto [it, inserted] =
        places.try_emplace(AsciiLower(Trim(*place)), 0, std::string(Trim(*place)));
    ++it->second.first;
  }
  const std::pair<std::size_t, std::string>* best = nullptr;
  for (const auto& [folded, count_and_spelling] : places) {
    // The map is in alphabetical order, so a strict > keeps the first of equal counts.
    if (best == nullptr || count_and_spelling.first > best->first) best = &count_and_spelling;
  }
  if (best == nullptr) return std::nullopt;
  return best->second;
}

int MeasureRank(std::string_view measure) {
  const std::vector<std::string>& order = MeasureOrder();
  auto it = std::find(order.begin(), order.end(), measure);
  return static_cast<int>(it - order.begin());
}

std::vector<Series> ArrangeSeries(std::vector<Series> series,
                                  const std::optional<std::string>& main_place) {
  const std::size_t n = series.size();
  std::vector<bool> whole(n);
  for (std::size_t i = 0; i < n; ++i) whole[i] = IsWhole(series[i], main_place);

  // The whole of each part, as an index into the input.
  std::vector<std::optional<std::size_t>> whole_of(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (whole[i]) continue;
    std::optional<std::size_t> chosen;
    auto score = [&](std::size_t w) {
      return std::make_tuple(series[w].period == series[i].period,
                             SamePlace(series[w].place, main_place));
    };
    for (std::size_t w = 0; w < n; ++w) {
      if (!whole[w] || series[w].measure != series[i].measure) continue;
      if (!chosen || score(w) > score(*chosen)) chosen = w;
    }
    whole_of[i] = chosen;
  }

  auto top_key = [&](std::size_t i) {
    const Series& s = series[i];
    return std::make_tuple(MeasureRank(s.measure), s.measure, !whole[i],
                           s.period == PeriodKind::kIncrement, PlaceRank(s, main_place),
                           FoldedOrEmpty(s.place), s.subgroup.has_value(),
                           FoldedOrEmpty(s.subgroup), i);
  };
  auto part_key = [&](std::size_t i) {
    const Series& s = series[i];
    return std::make_tuple(s.subgroup.has_value(), FoldedOrEmpty(s.subgroup),
                           s.place.has_value(), FoldedOrEmpty(s.place),
                           s.period == PeriodKind::kIncrement, i);
  };

  std::vector<std::size_t> top;
  for (std::size_t i = 0; i < n; ++i) {
    if (!whole_of[i]) top.push_back(i);
  }
  std::sort(top.begin(), top.end(),
            [&](std::size_t a, std::size_t b) { return top_key(a) < top_key(b); });

  std::vector<Series> arranged;
  arranged.reserve(n);
  for (std::size_t w : top) {
    const std::size_t whole_index = arranged.size();
    arranged.push_back(std::move(series[w]));
    arranged.back().part_of.reset();
    std::vector<std::size_t> parts;
    for (std::size_t i = 0; i < n; ++i) {
      if (whole_of[i] == w) parts.push_back(i);
    }
    std::sort(parts.begin(), parts.end(),
              [&](std::size_t a, std::size_t b) { return part_key(a) < part_key(b); });
    for (std::size_t p : parts) {
      arranged.push_back(std::move(series[p]));
      arranged.back().part_of = whole_index;
    }
  }
  return arranged;
}

}  // namespace tally::internal
