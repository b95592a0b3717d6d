#include "report/figure_format.h"

#include <cmath>

#include <fmt/format.h>

#include "common/text.h"

namespace tally::internal {
namespace {

// The largest magnitude printed digit by digit; beyond it a double no longer holds every
// integer exactly and scientific notation is more honest.
constexpr double kMaxGroupedValue = 1e15;

// Writes a whole number with a comma between groups of three digits.
std::string GroupThousands(long long value) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return value < 0 ? "-" + out : out;
}

}  // namespace

std::string FormatCount(double value) {
  if (std::isnan(value)) return "?";
  if (std::isinf(value)) return value > 0 ? "\xE2\x88\x9E" : "-\xE2\x88\x9E";  // ∞
  if (value == std::floor(value) && std::fabs(value) < kMaxGroupedValue) {
    return GroupThousands(static_cast<long long>(value));
  }
  return fmt::format("{}", value);
}

const char* ApproxMarker(Approx approx) {
  switch (approx) {
    case Approx::kExact: return "";
    case Approx::kAbout: return "~";
    case Approx::kNearly: return "<~";
    case Approx::kAtLeast: return "\xE2\x89\xA5";  // ≥
    case Approx::kMoreThan: return ">";
    case Approx::kAtMost: return "\xE2\x89\xA4";  // ≤
    case Approx::kVague: return "?";
    case Approx::kRange: return "";
  }
  return "";
}

std::string MarkerLegend() {
  return fmt::format(
      "markers: {} about · {} nearly · {} at least · {} more than · {} at most · "
      "{} vague amount (its interval) · a–b range · — not given",
      ApproxMarker(Approx::kAbout), ApproxMarker(Approx::kNearly),
      ApproxMarker(Approx::kAtLeast), ApproxMarker(Approx::kMoreThan),
      ApproxMarker(Approx::kAtMost), ApproxMarker(Approx::kVague));
}

std::string FormatFigure(const Claim& claim) {
  switch (claim.approx) {
    case Approx::kVague:
      if (std::isinf(claim.hi)) return fmt::format("?{}+", FormatCount(claim.lo));
      return fmt::format("?{}–{}", FormatCount(claim.lo), FormatCount(claim.hi));
    case Approx::kRange:
      return fmt::format("{}–{}", FormatCount(claim.lo), FormatCount(claim.hi));
    default:
      return ApproxMarker(claim.approx) + FormatCount(claim.value);
  }
}

std::string DurationInWords(std::string_view iso) {
  // P<n>Y, P<n>M, P<n>W, P<n>D, PT<n>H, PT<n>M, PT<n>S: the windows news gives ("in the past 24
  // hours", "over the past week").
  std::string_view rest = iso;
  if (rest.empty() || rest.front() != 'P') return std::string(iso);
  rest.remove_prefix(1);
  const bool time = !rest.empty() && rest.front() == 'T';
  if (time) rest.remove_prefix(1);
  std::size_t digits = 0;
  while (digits < rest.size() && IsAsciiDigit(rest[digits])) ++digits;
  if (digits == 0 || digits > 9 || rest.size() != digits + 1) return std::string(iso);
  const std::string_view number = rest.substr(0, digits);
  const char unit = rest.back();
  const char* word = nullptr;
  if (time) {
    word = unit == 'H' ? "hour" : unit == 'M' ? "minute" : unit == 'S' ? "second" : nullptr;
  } else {
    word = unit == 'Y'   ? "year"
           : unit == 'M' ? "month"
           : unit == 'W' ? "week"
           : unit == 'D' ? "day"
                         : nullptr;
  }
  if (word == nullptr) return std::string(iso);
  return fmt::format("{} {}{}", number, word, number == "1" ? "" : "s");
}

}  // namespace tally::internal
