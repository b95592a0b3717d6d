#include "analyse/doc_date.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <vector>

#include "analyse/date_phrase.h"
#include "analyse/lexicon.h"

namespace tally {

std::optional<Date> InferDocumentDate(std::string_view text, std::optional<int> year_hint) {
  internal::TokenizedText tokens(text);
  return internal::InferDocumentDateIn(tokens, year_hint, internal::CurrentYear());
}

namespace internal {
namespace {

// How far back rule 2 looks for a year that fits the weekday when the text names no year: a
// month-day falls on each weekday within 11 years, February 29 within 40.
constexpr int kMaxYearsBack = 40;

// A four-digit number 1800-2099 standing alone ("in 2019"), as rule 2's lower bound.
int NamedYear(const TokenizedText& text, std::size_t i) {
  if (text.DigitCount(i) != 4) return 0;
  if (text.Glued(i) && !text.IsWord(i - 1) && text.IsDigits(i - 2)) return 0;  // "1,2019"
  if (text.Glued(i + 1) && !text.IsWord(i + 1) && text.IsDigits(i + 2)) return 0;
  int value = 0;
  for (char c : text.Text(i)) value = value * 10 + (c - '0');
  return value >= 1800 && value <= 2099 ? value : 0;
}

}  // namespace

int CurrentYear() {
  namespace chr = std::chrono;
  chr::year_month_day today(chr::floor<chr::days>(chr::system_clock::now()));
  return static_cast<int>(today.year());
}

std::optional<Date> InferDocumentDateIn(const TokenizedText& text,
                                        std::optional<int> year_hint, int current_year) {
  const Lexicon& lexicon = GetLexicon();
  std::optional<Date> latest_full;
  std::vector<DatePhrase> with_weekday;
  std::vector<DatePhrase> month_days;
  int max_named_year = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    max_named_year = std::max(max_named_year, NamedYear(text, i));
    std::optional<DatePhrase> phrase = ReadDatePhrase(text, i, lexicon);
    if (!phrase) {
      ++i;
      continue;
    }
    if (phrase->has_day() &&
        !InFutureContext(text, phrase->begin, lexicon, /*include_conditional=*/true)) {
      if (phrase->has_year()) {
        std::optional<Date> date = Date::FromYmd(phrase->year, phrase->month, phrase->day);
        if (date && (!latest_full || *date > *latest_full)) latest_full = date;
      } else if (phrase->weekday != 0) {
        with_weekday.push_back(*phrase);
      } else if (!InPeriodStartContext(text, phrase->begin, lexicon)) {
        month_days.push_back(*phrase);
      }
    }
    if (phrase->has_year()) max_named_year = std::max(max_named_year, phrase->year);
    i = std::max(phrase->end, i + 1);
  }
  if (latest_full) return latest_full;

  // Rule 2: the weekday fixes the year.
  std::optional<Date> latest_weekday;
  int lowest = std::max(max_named_year, current_year - kMaxYearsBack);
  for (const DatePhrase& phrase : with_weekday) {
    for (int year = current_year; year >= lowest; --year) {
      std::optional<Date> date = Date::FromYmd(year, phrase.month, phrase.day);
      if (date && date->weekday() == phrase.weekday) {
        if (!latest_weekday || *date > *latest_weekday) latest_weekday = date;
        break;
      }
    }
  }
  if (latest_weekday) return latest_weekday;

  // Rule 3: the story's year, each month placed nearest to the month named most often.
  if (!year_hint || month_days.empty()) return std::nullopt;
  std::array<int, 13> month_count{};
  for (const DatePhrase& phrase : month_days) ++month_count[static_cast<std::size_t>(phrase.month)];
  int main_month = static_cast<int>(
      std::max_element(month_count.begin() + 1, month_count.end()) - month_count.begin());
  std::optional<Date> latest;
  for (const DatePhrase& phrase : month_days) {
    int year = *year_hint;
    int delta = phrase.month - main_month;
    if (delta > 6) --year;
    if (delta < -6) ++year;
    std::optional<Date> date = Date::FromYmd(year, phrase.month, phrase.day);
    if (date && (!latest || *date > *latest)) latest = date;
  }
  return latest;
}

}  // namespace internal
}  // namespace tally
