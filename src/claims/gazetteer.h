// Places from data/claims/places.tsv, found in text by their aliases.
#ifndef TALLY_CLAIMS_GAZETTEER_H_
#define TALLY_CLAIMS_GAZETTEER_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace tally::internal::claims {

enum class PlaceKind { kCountry, kRegion, kCity };

struct Place {
  std::string canonical;
  PlaceKind kind = PlaceKind::kCountry;
  std::string parent;  // canonical country of a city or region; empty for a country
};

struct PlaceMention {
  std::uint32_t begin = 0;  // bytes into the searched text
  std::uint32_t end = 0;
  std::size_t place = 0;  // index into Gazetteer::places()
};

class Gazetteer {
 public:
  // Loaded from the data file on first use; a malformed row aborts naming the line.
  static const Gazetteer& Default();
  ~Gazetteer();

  const std::vector<Place>& places() const { return places_; }
  // Every alias occurrence in text as a whole word, in text order, non-overlapping (the
  // longest alias wins). Thread-safe; linear in the text.
  std::vector<PlaceMention> Find(std::string_view text) const;

 private:
  Gazetteer();
  std::vector<Place> places_;
  std::vector<std::pair<std::string, std::size_t>> aliases_;  // alias -> place, longest first
  std::map<std::string, std::size_t, std::less<>> place_of_alias_;
  std::unique_ptr<re2::RE2> pattern_;
};

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_GAZETTEER_H_
