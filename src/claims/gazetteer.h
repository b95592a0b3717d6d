// Places from data/claims/places.tsv, found in text by their aliases.
#ifndef TALLY_CLAIMS_GAZETTEER_H_
#define TALLY_CLAIMS_GAZETTEER_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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
  // The longest alias that starts at text[pos] (an entry of aliases_), or nullptr.
  const std::pair<std::string, std::size_t>* AliasAt(std::string_view text,
                                                     std::size_t pos) const;
  std::vector<Place> places_;
  std::vector<std::pair<std::string, std::size_t>> aliases_;  // alias -> place, longest first
  // Indexes into aliases_ (so longest first) by the alias's first byte.
  std::array<std::vector<std::size_t>, 256> aliases_by_first_byte_;
  // Bit (b0 << 8 | b1) set when some alias starts with bytes b0 b1 (any b1 for a one-byte
  // alias).
  std::array<std::uint64_t, 65536 / 64> starts_{};
  bool capital_starts_ = true;  // every alias starts with an ASCII capital
};

}  // namespace tally::internal::claims

#endif  // TALLY_CLAIMS_GAZETTEER_H_
