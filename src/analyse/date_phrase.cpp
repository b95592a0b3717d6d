#include "analyse/date_phrase.h"

namespace tally::internal {
namespace {

int SmallValue(const TokenizedText& text, std::size_t i) {
  int value = 0;
  for (char c : text.Text(i)) value = value * 10 + (c - '0');
  return value;
}

// Token k is glued to digits through a separator (",", ".", ":") on the side given: then it
// is part of a larger number ("1,500", "9.5", "10:30"), not a day or a year.
bool JoinedAfter(const TokenizedText& text, std::size_t k) {
  return text.Glued(k + 1) && (text.IsChar(k + 1, ',') || text.IsChar(k + 1, '.') ||
                               text.IsChar(k + 1, ':')) &&
         text.Glued(k + 2) && text.IsDigits(k + 2);
}
bool JoinedBefore(const TokenizedText& text, std::size_t k) {
  return k >= 2 && text.Glued(k) &&
         (text.IsChar(k - 1, ',') || text.IsChar(k - 1, '.') || text.IsChar(k - 1, ':')) &&
         text.Glued(k - 1) && text.IsDigits(k - 2);
}

// A day of the month at token k ("9", "9th"): the token after it, or 0.
std::size_t DayEnd(const TokenizedText& text, std::size_t k, const Lexicon& lexicon,
                   int* day) {
  std::size_t digits = text.DigitCount(k);
  if (digits == 0 || digits > 2 || JoinedAfter(text, k) || JoinedBefore(text, k)) return 0;
  int value = SmallValue(text, k);
  if (value < 1 || value > 31) return 0;
  std::size_t end = k + 1;
  if (text.Glued(end) && text.IsWord(end)) {
    std::optional<PhraseTable::Match> suffix = lexicon.RoleAt(Role::kOrdinalSuffix, text, end);
    if (!suffix || suffix->end != end + 1) return 0;  // "9am", "9km"
    ++end;
  }
  *day = value;
  return end;
}

// A year at token k: four digits standing alone.
int YearAt(const TokenizedText& text, std::size_t k) {
  if (text.DigitCount(k) != 4 || JoinedAfter(text, k) || JoinedBefore(text, k)) return 0;
  if (text.Glued(k + 1) && text.IsWord(k + 1)) return 0;  // "2020s"
  int value = SmallValue(text, k);
  return value >= 1000 && value <= 2999 ? value : 0;
}

// "January 9", "Jan. 9, 2022", "January 2022", "January"; "9 January", "9th of January 2022".
std::optional<DatePhrase> ReadMonthDay(const TokenizedText& text, std::size_t i,
                                       const Lexicon& lexicon) {
  DatePhrase phrase;
  phrase.begin = i;
  if (const Month* month = lexicon.MonthAt(text, i)) {
    phrase.month = month->number;
    std::size_t j = i + 1;
    if (month->abbreviation && text.IsChar(j, '.') && text.Glued(j)) ++j;
    if (text.SameLine(j) && !text.Glued(j)) {
      if (std::size_t end = DayEnd(text, j, lexicon, &phrase.day)) {
        phrase.end = end;
        std::size_t y = end;
        if (text.IsChar(y, ',') && text.SameLine(y)) ++y;
        if (text.SameLine(y) && !text.Glued(y) && (phrase.year = YearAt(text, y))) {
          phrase.end = y + 1;
        }
        return phrase;
      }
      if ((phrase.year = YearAt(text, j))) {
        phrase.end = j + 1;
        return phrase;
      }
    }
    if (month->abbreviation) return std::nullopt;
    phrase.end = i + 1;
    return phrase;
  }
  std::size_t day_end = DayEnd(text, i, lexicon, &phrase.day);
  if (day_end == 0) return std::nullopt;
  std::size_t j = day_end;
  if (text.SameLine(j) && lexicon.Is(Role::kOf, text, j)) ++j;
  const Month* month = lexicon.MonthAt(text, j);
  if (month == nullptr || !text.SameLine(j) || text.Glued(j)) return std::nullopt;
  phrase.month = month->number;
  std::size_t end = j + 1;
  if (month->abbreviation && text.IsChar(end, '.') && text.Glued(end)) ++end;
  phrase.end = end;
  if (text.SameLine(end) && !text.Glued(end) && (phrase.year = YearAt(text, end))) {
    phrase.end = end + 1;
  }
  return phrase;
}

// Whether the period at token k ends an abbreviation inside a sentence, not the sentence: it
// is glued to an initial or a title ("Daniel P. Davison", "Mr. Schwarz") and a capitalised
// word follows on the same line.
bool AbbreviationPeriod(const TokenizedText& text, std::size_t k, const Lexicon& lexicon) {
  if (k == 0 || !text.Glued(k) || !text.IsWord(k - 1) || !text.SameLine(k + 1) ||
      !text.IsWord(k + 1) || !text[k + 1].upper) {
    return false;
  }
  std::string_view word = text.Text(k - 1);
  return (word.size() == 1 && text[k - 1].upper) || lexicon.Is(Role::kNameTitle, text, k - 1);
}

// Whether token k is the first of its sentence: the first of its line, or after a mark
// that ends a sentence, with opening quotes between.
bool OpensSentence(const TokenizedText& text, std::size_t k) {
  while (k > 0 && text.SameLine(k) &&
         (text.IsChar(k - 1, '"') || text.IsChar(k - 1, '\'') || text.Text(k - 1) == "\u201c")) {
    --k;
  }
  if (k == 0 || !text.SameLine(k)) return true;
  return text.IsChar(k - 1, '.') || text.IsChar(k - 1, '!') || text.IsChar(k - 1, '?') ||
         text.IsChar(k - 1, ':');
}

// Whether a future cue starts within the three tokens before token k, on its line.
bool FutureCueJustBefore(const TokenizedText& text, std::size_t k, const Lexicon& lexicon) {
  for (std::size_t m = k; m > 0 && m + 3 > k && text.SameLine(m); --m) {
    if (lexicon.Is(Role::kFutureCue, text, m - 1)) return true;
  }
  return false;
}

}  // namespace

bool InFutureContext(const TokenizedText& text, std::size_t i, const Lexicon& lexicon,
                     bool include_conditional) {
  // A dozen tokens reach back over a clause ("said he would announce changes in the
  // government on"), not over the previous sentence.
  constexpr std::size_t kLookBack = 12;
  std::size_t stop = i > kLookBack ? i - kLookBack : 0;
  for (std::size_t j = i; j > stop; --j) {
    std::size_t k = j - 1;
    if (!text.SameLine(k + 1) || text.IsChar(k, '!') || text.IsChar(k, '?')) return false;
    if (text.IsChar(k, '.') && !AbbreviationPeriod(text, k, lexicon)) return false;
    // A reporting or past verb between the cue and the date dates the report or a past
    // event: "they will be sued,' he said Sunday", "he will argue the deal was signed Monday".
    // (Not a verb the cue governs: "will say Tuesday", "will have his say Tuesday".)
    if (lexicon.Is(Role::kDeadlineBlocker, text, k) && !FutureCueJustBefore(text, k, lexicon)) {
      return false;
    }
    std::optional<PhraseTable::Match> cue = lexicon.RoleAt(Role::kFutureCue, text, k);
    if (!cue && include_conditional) cue = lexicon.RoleAt(Role::kConditionalCue, text, k);
    // A capitalised one-word cue inside a sentence is a name: "... his bluff," Will wrote.
    if (cue && cue->end == k + 1 && text[k].upper && !OpensSentence(text, k)) cue.reset();
    if (cue && cue->end <= i) {
      // Past perfect before the cue: "had been due to expire Friday" (that Friday is past).
      bool past = (k >= 1 && lexicon.Is(Role::kPastPerfect, text, k - 1)) ||
                  (k >= 2 && lexicon.Is(Role::kPastPerfect, text, k - 2));
      return !past;
    }
  }
  return false;
}

bool InPeriodStartContext(const TokenizedText& text, std::size_t i, const Lexicon& lexicon) {
  constexpr std::size_t kLookBack = 12;
  std::size_t stop = i > kLookBack ? i - kLookBack : 0;
  for (std::size_t j = i; j > stop; --j) {
    std::size_t k = j - 1;
    if (!text.SameLine(k + 1) || text.IsChar(k, '.') || text.IsChar(k, '!') ||
        text.IsChar(k, '?') || text.IsChar(k, ',') || text.IsChar(k, ';')) {
      return false;
    }
    std::optional<PhraseTable::Match> cue = lexicon.RoleAt(Role::kPeriodStartCue, text, k);
    if (cue && cue->end <= i) return true;
  }
  return false;
}

std::optional<DatePhrase> ReadDatePhrase(const TokenizedText& text, std::size_t i,
                                         const Lexicon& lexicon) {
  if (i >= text.size()) return std::nullopt;
  // ISO 8601: "2022-01-10", not inside a longer chain of hyphenated numbers.
  if (text.DigitCount(i) == 4 && text.IsChar(i + 1, '-') && text.Glued(i + 1) &&
      text.Glued(i + 2) && text.DigitCount(i + 2) == 2 && text.IsChar(i + 3, '-') &&
      text.Glued(i + 3) && text.Glued(i + 4) && text.DigitCount(i + 4) == 2 &&
      !(text.Glued(i) && text.IsChar(i - 1, '-')) &&
      !(text.IsChar(i + 5, '-') && text.Glued(i + 5))) {
    DatePhrase phrase;
    phrase.begin = i;
    phrase.end = i + 5;
    phrase.year = SmallValue(text, i);
    phrase.month = SmallValue(text, i + 2);
    phrase.day = SmallValue(text, i + 4);
    if (phrase.month < 1 || phrase.month > 12 || phrase.day < 1 || phrase.day > 31) {
      return std::nullopt;
    }
    return phrase;
  }
  // "Monday, January 10, 2022", "Saturday January 22", "Saturday, 22 January".
  if (int weekday = lexicon.WeekdayAt(text, i)) {
    std::size_t j = i + 1;
    if (text.IsChar(j, ',') && text.SameLine(j)) ++j;
    if (!text.SameLine(j)) return std::nullopt;
    std::optional<DatePhrase> rest = ReadMonthDay(text, j, lexicon);
    if (!rest || !rest->has_day()) return std::nullopt;
    rest->begin = i;
    rest->weekday = weekday;
    return rest;
  }
  // "early January", "mid-January", "the end of January 2022".
  if (std::optional<PhraseTable::Match> modifier = lexicon.RoleAt(Role::kMonthModifier, text, i)) {
    std::size_t j = modifier->end;
    if (text.IsChar(j, '-') && text.Glued(j) && text.Glued(j + 1)) {
      ++j;
    } else if (!text.SameLine(j) || text.Glued(j)) {
      return std::nullopt;
    }
    const Month* month = lexicon.MonthAt(text, j);
    if (month == nullptr || month->abbreviation) return std::nullopt;
    DatePhrase phrase;
    phrase.begin = i;
    phrase.end = j + 1;
    phrase.month = month->number;
    phrase.modified = true;
    if (text.SameLine(j + 1) && !text.Glued(j + 1) && (phrase.year = YearAt(text, j + 1))) {
      phrase.end = j + 2;
    }
    return phrase;
  }
  return ReadMonthDay(text, i, lexicon);
}

}  // namespace tally::internal
