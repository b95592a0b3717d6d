// The time tagger's readings that count from another date than the anchor: the date the
// text last named ("later that year"), the year of a report ("this year's third quarter"),
// and a year written after "the year" ("the year 2000").
#include <optional>
#include <string>

#include <fmt/format.h>

#include "analyse/calendar.h"
#include "analyse/time_tagger.h"

namespace tally::internal {

bool TimeTagger::PastSentence(std::size_t i) const {
  constexpr std::size_t kReach = 12;
  bool past = false;
  auto stop = [&](std::size_t k) {
    return text_.IsChar(k, '.') || text_.IsChar(k, '!') || text_.IsChar(k, '?') ||
           text_.IsChar(k, ';');
  };
  auto read = [&](std::size_t k) {  // false: a future or conditional cue
    if (lexicon_.Is(Role::kFutureCue, text_, k) || lexicon_.Is(Role::kConditionalCue, text_, k)) {
      return false;
    }
    if (lexicon_.Is(Role::kPastVerb, text_, k)) past = true;
    return true;
  };
  for (std::size_t k = i; k > 0 && k + kReach > i && text_.SameLine(k); --k) {
    if (stop(k - 1)) break;
    if (!read(k - 1)) return false;
  }
  for (std::size_t k = i + 1; k < text_.size() && k < i + kReach && text_.SameLine(k); ++k) {
    if (stop(k)) break;
    if (!read(k)) return false;
  }
  return past;
}

std::string TimeTagger::ReferredValue(std::size_t i, const TimeWord& word,
                                      std::optional<Date>* day) const {
  if (word.granularity == "ref_day") {
    std::optional<Date> base = referred_day_ ? referred_day_ : anchor_;
    if (!base) return kUnknownDay;
    *day = base->AddDays(word.offset);
    return (*day)->ToIso();
  }
  if (word.granularity == "ref_week") {
    std::optional<Date> base = referred_day_ ? referred_day_ : anchor_;
    // "Protesters gathered. The following week, police cleared the square." with no date
    // named: a week of the past story, not the one after the anchor.
    if (!base || (!referred_day_ && word.offset > 0 && PastSentence(i))) return kUnknownWeek;
    return FormatIsoWeek(base->AddDays(7 * word.offset));
  }
  int year = referred_year_ != 0 ? referred_year_ : anchor_ ? anchor_->year() : 0;
  if (word.granularity == "ref_month") {
    int month = referred_month_;
    if (month == 0 && anchor_ && (referred_year_ == 0 || referred_year_ == anchor_->year())) {
      month = anchor_->month();
    }
    if (year == 0 || month == 0) return kUnknownMonth;
    AddMonths(year, month, word.offset);
    return FormatMonth(year, month);
  }
  if (year == 0) return kUnknownYear;
  return FormatYear(year + word.offset);
}

std::optional<std::string> TimeTagger::QuarterOfYearAfter(std::size_t e, int year,
                                                          std::size_t* end) {
  // "'s" is two glued tokens: an apostrophe (straight or curly) and "s".
  if (!text_.Glued(e) || !text_.Glued(e + 1) || text_.Text(e + 1) != "s" ||
      (text_.Text(e) != "'" && text_.Text(e) != "\u2019")) {
    return std::nullopt;
  }
  std::size_t k = e + 2;
  if (!text_.SameLine(k)) return std::nullopt;
  if (std::optional<PhraseTable::Match> match = lexicon_.TimeWordAt(text_, k)) {
    const TimeWord& next = lexicon_.time_word(match->id);
    if (next.granularity.size() == 2 && next.granularity[0] == 'q' && next.offset == 0) {
      *end = match->end;
      return fmt::format("{:04}-Q{}", year, next.granularity[1]);
    }
  }
  if (std::optional<PhraseTable::Match> period = lexicon_.RoleAt(Role::kReportPeriod, text_, k)) {
    std::optional<std::string> quarter = ReportedQuarterIn(year);
    if (!quarter) return std::nullopt;
    *end = period->end;
    return quarter;
  }
  return std::nullopt;
}

int TimeTagger::YearAfterTheYear(std::size_t e, std::size_t* end) {
  if (!text_.SameLine(e) || text_.Glued(e)) return 0;
  if (text_.IsDigits(e) && text_.DigitCount(e) == 4) {
    const std::optional<CoreNumber>& core = CoreAt(e);
    if (core && core->end == e + 1 && core->value >= 1000 && core->value <= 2999) {
      *end = e + 1;
      return static_cast<int>(core->value);
    }
    return 0;
  }
  // "two thousand", "two thousand and five", "two thousand twelve" (only after "the year":
  // elsewhere "two thousand" is a count).
  const NumberWord* two = lexicon_.NumberWordAt(text_, e);
  const NumberWord* thousand = lexicon_.NumberWordAt(text_, e + 1);
  if (two != nullptr && two->value == 2 && !two->ordinal && thousand != nullptr &&
      thousand->word_class == WordClass::kScale && thousand->value == 1000 &&
      !thousand->ordinal && text_.SameLine(e + 1)) {
    std::size_t k = e + 2;
    if (const NumberWord* conj = lexicon_.NumberWordAt(text_, k);
        conj != nullptr && conj->word_class == WordClass::kAnd && text_.SameLine(k)) {
      ++k;
    }
    int year = 2000;
    *end = e + 2;
    if (const NumberWord* rest = lexicon_.NumberWordAt(text_, k);
        rest != nullptr && !rest->ordinal && text_.SameLine(k) && rest->value >= 1 &&
        rest->value <= 19 &&
        (rest->word_class == WordClass::kUnit || rest->word_class == WordClass::kTeen)) {
      year += static_cast<int>(rest->value);
      *end = k + 1;
    }
    return year;
  }
  return SpelledYear(e, end);
}

}  // namespace tally::internal
