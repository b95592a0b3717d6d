#include "store/stored_names.h"

#include <array>
#include <utility>

namespace tally::internal {
namespace {

// Tables for the enumerations the store reads back; switches (which -Wswitch checks for
// completeness) for those it only writes.

constexpr std::array<std::pair<Approx, std::string_view>, 8> kApprox = {{
    {Approx::kExact, "exact"},
    {Approx::kAbout, "about"},
    {Approx::kNearly, "nearly"},
    {Approx::kAtLeast, "at_least"},
    {Approx::kMoreThan, "more_than"},
    {Approx::kAtMost, "at_most"},
    {Approx::kVague, "vague"},
    {Approx::kRange, "range"},
}};

constexpr std::array<std::pair<PeriodKind, std::string_view>, 2> kPeriodKind = {{
    {PeriodKind::kCumulative, "cumulative"},
    {PeriodKind::kIncrement, "increment"},
}};

constexpr std::array<std::pair<Modality, std::string_view>, 6> kModality = {{
    {Modality::kReported, "reported"},
    {Modality::kConfirmed, "confirmed"},
    {Modality::kPreliminary, "preliminary"},
    {Modality::kEstimated, "estimated"},
    {Modality::kClaimed, "claimed"},
    {Modality::kDenied, "denied"},
}};

template <typename Enum, std::size_t N>
std::string_view NameIn(const std::array<std::pair<Enum, std::string_view>, N>& table,
                        Enum value) {
  for (const auto& [candidate, name] : table) {
    if (candidate == value) return name;
  }
  return "unknown";
}

template <typename Enum, std::size_t N>
std::optional<Enum> ValueIn(const std::array<std::pair<Enum, std::string_view>, N>& table,
                            std::string_view name) {
  for (const auto& [value, candidate] : table) {
    if (candidate == name) return value;
  }
  return std::nullopt;
}

}  // namespace

std::string_view StoredName(Approx approx) { return NameIn(kApprox, approx); }
std::string_view StoredName(PeriodKind kind) { return NameIn(kPeriodKind, kind); }
std::string_view StoredName(Modality modality) { return NameIn(kModality, modality); }

std::string_view StoredName(NumberKind kind) {
  switch (kind) {
    case NumberKind::kCount: return "count";
    case NumberKind::kMoney: return "money";
    case NumberKind::kPercent: return "percent";
    case NumberKind::kOrdinal: return "ordinal";
    case NumberKind::kMeasure: return "measure";
    case NumberKind::kYear: return "year";
    case NumberKind::kDate: return "date";
    case NumberKind::kTime: return "time";
    case NumberKind::kIdentifier: return "identifier";
    case NumberKind::kOther: return "other";
  }
  return "other";
}

std::string_view StoredName(TimexType type) {
  switch (type) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "DATE";
}

std::string_view StoredName(Relation relation) {
  switch (relation) {
    case Relation::kFirst: return "first";
    case Relation::kSame: return "same";
    case Relation::kConsistent: return "consistent";
    case Relation::kUpdate: return "update";
    case Relation::kRevision: return "revision";
    case Relation::kContradiction: return "contradiction";
    case Relation::kPart: return "part";
  }
  return "first";
}

std::optional<Approx> StoredApprox(std::string_view name) { return ValueIn(kApprox, name); }
std::optional<PeriodKind> StoredPeriodKind(std::string_view name) {
  return ValueIn(kPeriodKind, name);
}
std::optional<Modality> StoredModality(std::string_view name) { return ValueIn(kModality, name); }

}  // namespace tally::internal
