// The words the store writes for tally's enumerations. They are part of the file format, so
// the store keeps its own table rather than borrowing the stages' display names: a renamed
// label in a report must not change what old stores mean. They equal the names of ApproxName,
// NumberKindName, TimexTypeName, RelationName and ModalityName today.
#ifndef TALLY_STORE_STORED_NAMES_H_
#define TALLY_STORE_STORED_NAMES_H_

#include <optional>
#include <string_view>

#include "tally/analyse.h"
#include "tally/claims.h"
#include "tally/reconcile.h"

namespace tally::internal {

std::string_view StoredName(Approx approx);
std::string_view StoredName(NumberKind kind);
std::string_view StoredName(TimexType type);
std::string_view StoredName(PeriodKind kind);
std::string_view StoredName(Relation relation);
std::string_view StoredName(Modality modality);

// The inverses; nullopt for a word the store never writes.
std::optional<Approx> StoredApprox(std::string_view name);
std::optional<PeriodKind> StoredPeriodKind(std::string_view name);
std::optional<Modality> StoredModality(std::string_view name);

}  // namespace tally::internal

#endif  // TALLY_STORE_STORED_NAMES_H_
