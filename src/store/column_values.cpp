#include "store/column_values.h"

#include <cmath>
#include <limits>
#include <string>

#include <fmt/format.h>

namespace tally::internal {

void BindBound(Statement& statement, int index, double bound) {
  if (std::isinf(bound)) {
    statement.BindNull(index);
  } else {
    statement.BindDouble(index, bound);
  }
}

double LowerBound(const Statement& statement, int column) {
  if (statement.IsNull(column)) return -std::numeric_limits<double>::infinity();
  return statement.Double(column);
}

double UpperBound(const Statement& statement, int column) {
  if (statement.IsNull(column)) return std::numeric_limits<double>::infinity();
  return statement.Double(column);
}

void BindDate(Statement& statement, int index, const std::optional<Date>& date) {
  if (date) {
    statement.BindText(index, date->ToIso());
  } else {
    statement.BindNull(index);
  }
}

Result<std::optional<Date>> ReadDate(const Statement& statement, int column) {
  if (statement.IsNull(column)) return std::optional<Date>();
  std::string text = statement.Text(column);
  std::optional<Date> date = Date::TryParseIso(text);
  if (!date || text.size() != 10) {
    return Status::Error(ErrorCode::kCorrupt, fmt::format("stored date '{}' is not YYYY-MM-DD", text));
  }
  return std::optional<Date>(date);
}

}  // namespace tally::internal
