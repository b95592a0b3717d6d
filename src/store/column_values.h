// How values without a direct SQL form are written to columns and read back: infinite bounds
// as NULL, dates as ISO text.
#ifndef TALLY_STORE_COLUMN_VALUES_H_
#define TALLY_STORE_COLUMN_VALUES_H_

#include <optional>

#include "store/sqlite_statement.h"
#include "tally/date.h"
#include "tally/status.h"

namespace tally::internal {

// An interval bound: NULL when infinite (the sign is the column's: lo -inf, hi +inf).
void BindBound(Statement& statement, int index, double bound);
double LowerBound(const Statement& statement, int column);  // NULL -> -infinity
double UpperBound(const Statement& statement, int column);  // NULL -> +infinity

// "YYYY-MM-DD", or NULL.
void BindDate(Statement& statement, int index, const std::optional<Date>& date);
// nullopt for NULL; kCorrupt for text that is not an ISO date.
Result<std::optional<Date>> ReadDate(const Statement& statement, int column);

}  // namespace tally::internal

#endif  // TALLY_STORE_COLUMN_VALUES_H_
