#include "analyse/timex.h"

#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "analyse/calendar.h"
#include "analyse/time_tagger.h"

namespace tally {

std::vector<TimeMention> TagTimes(std::string_view text, std::optional<Date> anchor) {
  internal::TokenizedText tokens(text);
  return internal::TagTimesIn(tokens, anchor);
}

namespace internal {

std::size_t TimeTagger::TheBefore(std::size_t i) const {
  if (i >= 1 && text_.SameLine(i) && lexicon_.IsThe(text_, i - 1) &&
      (mentions_.empty() || mentions_.back().span.end <= text_[i - 1].begin)) {
    return i - 1;
  }
  return i;
}

std::size_t TimeTagger::ModifiedBegin(std::size_t begin, const std::string& value) const {
  if (begin == 0 || !text_.SameLine(begin)) return begin;
  const std::size_t floor = mentions_.empty() ? 0 : mentions_.back().span.end;
  auto free = [&](std::size_t k) { return text_[k].begin >= floor; };
  std::size_t k = begin - 1;
  // "mid-1996": the hyphen glued on both sides.
  if (text_.IsChar(k, '-') && text_.Glued(k) && text_.Glued(begin) && k >= 1) --k;
  std::size_t b = begin;
  if (text_.IsWord(k) && free(k)) {
    if (std::optional<PhraseTable::Match> m = lexicon_.RoleAt(Role::kMonthModifier, text_, k);
        m && m->end == k + 1 && (k + 1 == begin || text_.IsChar(k + 1, '-'))) {
      b = k;
    } else if (lexicon_.Is(Role::kPeriodPrefix, text_, k) && k + 1 == begin) {
      b = k;
    }
  }
  if (b != begin) {
    // "the early 1990s", "the fiscal first quarter".
    const bool period = value.size() <= 4 || (value.size() == 7 && value[5] == 'Q');
    if (period && b >= 1 && text_.SameLine(b) && lexicon_.IsThe(text_, b - 1) && free(b - 1)) {
      --b;
    }
    return b;
  }
  // "the end of 1990": a modifier phrase of several words.
  for (std::size_t back = 4; back >= 2; --back) {
    if (begin < back) continue;
    const std::size_t s = begin - back;
    if (!free(s) || !text_.SameLine(s + 1)) continue;
    if (std::optional<PhraseTable::Match> m = lexicon_.RoleAt(Role::kMonthModifier, text_, s);
        m && m->end == begin) {
      return s;
    }
  }
  return begin;
}

std::size_t TimeTagger::QualifiedBegin(std::size_t i) const {
  // A qualifier has at most three words ("no more than"); the longest is tried first.
  for (std::size_t back = 3; back >= 1; --back) {
    if (i < back) continue;
    const std::size_t k = i - back;
    bool same_line = true;
    for (std::size_t m = k + 1; m <= i; ++m) same_line = same_line && text_.SameLine(m);
    if (!same_line) continue;
    std::optional<PhraseTable::Match> q = lexicon_.RoleAt(Role::kSpanQualifier, text_, k);
    if (q && q->end == i &&
        (mentions_.empty() || mentions_.back().span.end <= text_[k].begin)) {
      return k;
    }
  }
  return i;
}

std::optional<std::size_t> TimeTagger::TimeWordAt(std::size_t i) {
  std::optional<PhraseTable::Match> match = lexicon_.TimeWordAt(text_, i);
  if (!match) return std::nullopt;
  const TimeWord& word = lexicon_.time_word(match->id);
  // "the year 2000", "by the year two thousand".
  if (word.cued && word.granularity == "year" && word.suffix.empty()) {
    std::size_t year_end = 0;
    if (int year = YearAfterTheYear(match->end, &year_end); year != 0) {
      return Emit(i, year_end, TimexType::kDate, FormatYear(year), std::nullopt);
    }
  }
  // "early summer 2020", "late fall 2019": a season with its year written after it.
  if (word.granularity == "year" && word.offset == 0 && word.suffix.size() == 3 &&
      word.suffix[0] == '-' && word.suffix[1] != 'H' && text_.SameLine(match->end) &&
      !text_.Glued(match->end) && text_.DigitCount(match->end) == 4) {
    const std::optional<CoreNumber>& core = CoreAt(match->end);
    const std::size_t after = match->end + 1;
    if (core && core->end == after && core->value >= 1800 && core->value <= 2099 &&
        !(text_.SameLine(after) && text_.Glued(after) && text_.IsChar(after, '-'))) {
      return Emit(i, after, word.type, FormatYear(static_cast<int>(core->value)) + word.suffix,
                  std::nullopt);
    }
  }
  if (word.cued) {
    bool cued = i >= 1 && text_.SameLine(i) &&
                (lexicon_.Is(Role::kYearCue, text_, i - 1) ||
                 lexicon_.Is(Role::kDurationCue, text_, i - 1));
    // Not a part of a longer name: "the year-ago period", "the year 2000" ("in the fall
    // and winter" is two).
    std::size_t next = match->end;
    const NumberWord* number = text_.SameLine(next) ? lexicon_.NumberWordAt(text_, next) : nullptr;
    if (!cued || (text_.SameLine(next) &&
                  ((text_.Glued(next) && (text_.IsChar(next, '-') || text_.IsWord(next))) ||
                   text_.IsDigits(next) ||
                   (number != nullptr && number->word_class != WordClass::kAnd)))) {
      return std::nullopt;
    }
    // A bare season ("for fall", "by summer") is no noun's modifier: not "of spring water",
    // "in winter storms" (a lower-case word after it other than a cue or "and").
    if (match->end == i + 1 && word.suffix.size() == 3 && word.suffix[0] == '-' &&
        text_.SameLine(next) && text_.IsWord(next) && !text_[next].upper &&
        !lexicon_.Is(Role::kYearCue, text_, next) && !lexicon_.Is(Role::kRangeAnd, text_, next)) {
      return std::nullopt;
    }
  }
  // "for the year ended Sept. 30": the accounting period, one year long.
  if (word.granularity == "year" && word.offset == 0 && word.suffix.empty() &&
      text_.SameLine(match->end) && lexicon_.Is(Role::kPeriodEnd, text_, match->end)) {
    return Emit(i, match->end, TimexType::kDuration, "P1Y", std::nullopt);
  }
  if (match->end == i + 1 && (NameWord(i) || InTimeName(i))) return std::nullopt;
  if (match->end == i + 1 && FigurativeWord(i)) return std::nullopt;
  if (!word.literal.empty()) {
    // Part of a compound adjective: "the past-week tally", "the now-defunct firm".
    if (text_.IsChar(match->end, '-') && text_.Glued(match->end) &&
        text_.Glued(match->end + 1) && text_.IsWord(match->end + 1)) {
      return std::nullopt;
    }
    // "Now, he says, ...", "Currently, the rules ...": opening a sentence and set off by a
    // comma, the word turns the argument rather than dating it (the corpora leave all of
    // them untagged).
    if (word.literal == "PRESENT_REF" && match->end == i + 1 && text_[i].upper &&
        text_.IsChar(match->end, ',') && SentenceStartsAt(i)) {
      return std::nullopt;
    }
    return Emit(i, match->end, word.type, word.literal + word.suffix, std::nullopt);
  }
  // "the year-ago third quarter": that quarter a year before the latest such quarter.
  if (word.granularity == "period" && word.offset == -1 && anchor_ &&
      text_.SameLine(match->end) && !text_.Glued(match->end)) {
    if (std::optional<PhraseTable::Match> next = lexicon_.TimeWordAt(text_, match->end)) {
      const TimeWord& named = lexicon_.time_word(next->id);
      if (named.granularity.size() == 2 && named.granularity[0] == 'q' && named.offset == 0) {
        int quarter = named.granularity[1] - '0';
        int year = anchor_->year() - 1;
        if (quarter > (anchor_->month() - 1) / 3 + 1) --year;
        return Emit(TheBefore(i), next->end, TimexType::kDate,
                    fmt::format("{:04}-Q{}", year, quarter), std::nullopt);
      }
    }
  }
  // "the year-earlier nine months": a stretch of that length a year before, a DURATION.
  if (word.granularity == "period" && word.offset == -1 && text_.SameLine(match->end) &&
      !text_.Glued(match->end)) {
    if (std::optional<Amount> amount = AmountAt(match->end, false)) {
      if (std::optional<TimeUnitMatch> unit = TimeUnitAt(amount->end); unit && unit->plural) {
        return Emit(TheBefore(i), unit->end, TimexType::kDuration,
                    DurationValue(amount->value, unit->unit), std::nullopt);
      }
    }
  }
  std::size_t end = match->end;
  TimexType type = word.type;
  std::string suffix = word.suffix;
  // "yesterday morning"
  if (word.granularity == "day" && suffix.empty()) {
    if (const std::string* code = DayPartAfter(end)) {
      suffix = *code;
      type = TimexType::kTime;
      ++end;
    }
  }
  std::optional<Date> day;
  std::string value;
  // "officials will meet again the next week": ahead of the anchor, whatever the text named.
  if (word.granularity == "ref_week" && anchor_ &&
      InFutureContext(text_, i, lexicon_, /*include_conditional=*/false)) {
    return Emit(i, end, type, FormatIsoWeek(anchor_->AddDays(7 * word.offset)), std::nullopt);
  }
  if (word.granularity.compare(0, 4, "ref_") == 0) {
    value = ReferredValue(i, word, &day);
    return Emit(i, end, type, value + suffix, day);
  }
  // "the winter of 1994", "the summer of nineteen ninety-six": the season of that year;
  // "the first half of 1990" (1990-H1). A half is read only with its year ("the first half"
  // alone is as often a half of a game).
  const bool season_or_half =
      word.granularity == "year" && word.offset == 0 && suffix.size() == 3 && suffix[0] == '-';
  if (season_or_half && text_.SameLine(end) && lexicon_.Is(Role::kOf, text_, end)) {
    std::size_t year_end = 0;
    if (int year = YearAfterTheYear(end + 1, &year_end); year != 0) {
      return Emit(i, year_end, type, FormatYear(year) + suffix, std::nullopt);
    }
  }
  if (season_or_half && suffix[1] == 'H') return std::nullopt;
  // "after the fall of the regime": a cued season before "of" needs its year.
  if (season_or_half && word.cued && text_.SameLine(end) && lexicon_.Is(Role::kOf, text_, end)) {
    return std::nullopt;
  }
  // "this year's third quarter", "last year's quarter".
  if (anchor_ && word.granularity == "year" && suffix.empty()) {
    std::size_t quarter_end = 0;
    if (std::optional<std::string> quarter =
            QuarterOfYearAfter(end, anchor_->year() + word.offset, &quarter_end)) {
      NoteQuarter(*quarter);
      return Emit(i, quarter_end, type, *quarter, std::nullopt);
    }
  }
  if (!anchor_) {
    if (word.granularity == "day") value = kUnknownDay;
    if (word.granularity == "week") value = kUnknownWeek;
    if (word.granularity == "weekend") value = std::string(kUnknownWeek) + "-WE";
    if (word.granularity == "month") value = kUnknownMonth;
    if (word.granularity == "year" || word.granularity == "period") value = kUnknownYear;
    if (word.granularity == "quarter") value = "XXXX-QX";
    if (word.granularity.size() == 2 && word.granularity[0] == 'q') {
      value = "XXXX-Q" + word.granularity.substr(1);
    }
  } else if (word.granularity == "day") {
    day = anchor_->AddDays(word.offset);
    // "noon Thursday": a clock time word takes the day named after it.
    std::size_t day_end = end;
    if (word.offset == 0 && suffix.size() > 1 && suffix[0] == 'T' && suffix[1] >= '0' &&
        suffix[1] <= '9') {
      if (std::optional<Date> named = DayAfterClock(i, end, &day_end)) {
        day = named;
        end = day_end;
      }
    } else if (word.offset == 0 && suffix.size() == 3 && suffix[0] == 'T' &&
               text_.SameLine(end) && !text_.Glued(end)) {
      // "mid-afternoon yesterday", "late evening Friday": a part of the day takes the day
      // named after it.
      if (int weekday = lexicon_.WeekdayAt(text_, end); weekday != 0) {
        day = NearestWeekday(i, weekday);
        ++end;
      } else if (std::optional<PhraseTable::Match> next = lexicon_.TimeWordAt(text_, end)) {
        const TimeWord& named = lexicon_.time_word(next->id);
        if (named.granularity == "day" && named.suffix.empty() && named.literal.empty()) {
          day = anchor_->AddDays(named.offset);
          end = next->end;
        }
      }
    }
    value = day->ToIso();
  } else if (word.granularity == "week" || word.granularity == "weekend") {
    int offset = word.offset;
    // Written on a weekend, "the weekend" is the one under way ("before the weekend" on a
    // Saturday). ("last week" on a Sunday stays the ISO week before, as TempEval-3 training
    // writes it 3 times in 4.)
    if (offset == -1 && word.granularity == "weekend" && anchor_->weekday() >= 6 &&
        lexicon_.IsThe(text_, i)) {
      offset = 0;
    }
    value = FormatIsoWeek(anchor_->AddDays(7 * offset));
    if (word.granularity == "weekend") value += "-WE";
  } else if (word.granularity == "month") {
    int year = anchor_->year();
    int month = anchor_->month();
    AddMonths(year, month, word.offset);
    value = FormatMonth(year, month);
  } else if (word.granularity == "quarter") {
    // Quarters counted from year 0 so that steps cross years: TimeML "1989-Q3".
    int index = anchor_->year() * 4 + (anchor_->month() - 1) / 3 + word.offset;
    value = fmt::format("{:04}-Q{}", index / 4, index % 4 + 1);
    if (word.offset == 0 || word.offset == -1) NoteQuarter(value);  // the reported quarter
  } else if (word.granularity.size() == 2 && word.granularity[0] == 'q') {
    // A named quarter ("the third quarter") is the latest one not after the anchor's:
    // quarterly results are reported after the quarter ends.
    int quarter = word.granularity[1] - '0';
    int year = anchor_->year() + word.offset;
    if (word.offset == 0 && quarter > (anchor_->month() - 1) / 3 + 1) --year;
    // "the third quarter of 1984": the year written after it.
    // The year may close the sentence ("of 1990."), not run on ("of 1990-91").
    const std::size_t after = end + 2;
    if (text_.SameLine(end) && lexicon_.Is(Role::kOf, text_, end) && text_.SameLine(end + 1) &&
        text_.DigitCount(end + 1) == 4 &&
        (!text_.Glued(after) ||
         (!text_.IsWord(after) && !text_.IsDigits(after) && !text_.IsChar(after, '-')))) {
      const std::optional<CoreNumber>& core = CoreAt(end + 1);
      if (core && core->end == end + 2 && core->value >= 1800 && core->value <= 2099) {
        year = static_cast<int>(core->value);
        end += 2;
      }
    }
    value = fmt::format("{:04}-Q{}", year, quarter);
    NoteQuarter(value);
  } else if (std::optional<std::string> quarter;
             word.granularity == "period" && (quarter = ReportedQuarter(-word.offset))) {
    value = *quarter;
  } else if (word.granularity == "period" && word.offset == 0) {
    // No quarter named yet: the last one completed, which reports speak of.
    int index = anchor_->year() * 4 + (anchor_->month() - 1) / 3 - 1;
    value = fmt::format("{:04}-Q{}", index / 4, index % 4 + 1);
  } else {
    int year = anchor_->year() + word.offset;
    // "In the fall, he was arrested" written in January: a season of the anchor's year not
    // yet begun, in a sentence that tells the past, is the year before's ("this summer" is
    // never).
    if (word.offset == 0 && suffix.size() == 3 && suffix[0] == '-' &&
        !lexicon_.Is(Role::kWeekdayThis, text_, i)) {
      const int starts = suffix == "-SP" ? 3 : suffix == "-SU" ? 6 : suffix == "-FA" ? 9 : 13;
      if (starts <= 12 && anchor_->month() < starts && PastSentence(i)) --year;
    }
    // "next fall" written in May is the coming fall: "next" names the first such season
    // after the current one. A season that begins within two months is "this summer" in
    // news, so "next summer" written in May, like "next fall" written in August, is the
    // year after's. Winter, which straddles two years, keeps the year after.
    if (word.offset == 1 && (suffix == "-SP" || suffix == "-SU" || suffix == "-FA")) {
      const int starts = suffix == "-SP" ? 3 : suffix == "-SU" ? 6 : 9;
      if (starts - anchor_->month() >= 2) --year;
    }
    value = FormatYear(year);
  }
  return Emit(i, end, type, value + suffix, day);
}

bool TimeTagger::FigurativeWord(std::size_t i) const {
  if (!lexicon_.Is(Role::kFigurativeTime, text_, i)) return false;
  constexpr std::size_t kLookBack = 6;
  for (std::size_t k = i; k > 0 && k + kLookBack > i && text_.SameLine(k); --k) {
    const std::size_t p = k - 1;
    if (text_.IsChar(p, ',') || text_.IsChar(p, '.') || text_.IsChar(p, ';') ||
        text_.IsChar(p, ':') || text_.IsChar(p, '?') || text_.IsChar(p, '!')) {
      return false;
    }
    if (lexicon_.Is(Role::kFigurativeCue, text_, p)) return true;
  }
  return false;
}

bool TimeTagger::NameWord(std::size_t i) const {
  const bool capital_before = i >= 1 && text_.SameLine(i) && text_.IsWord(i - 1) &&
                              text_[i - 1].upper;
  const bool capital_after = text_.SameLine(i + 1) && !text_.Glued(i + 1) &&
                             text_.IsWord(i + 1) && text_[i + 1].upper;
  if (text_[i].upper) return !SentenceStartsAt(i) && (capital_before || capital_after);
  // A rate adjective as a noun, between a name and the paper's name: "the Communist Party
  // daily Granma", "the French weekly Le Point".
  const TimeWord& word = lexicon_.time_word(lexicon_.TimeWordAt(text_, i)->id);
  if (word.type != TimexType::kSet) return false;
  if (capital_before && capital_after && !SentenceStartsAt(i - 1)) return true;
  // "the Inquirer, a respected daily, ...": a rate word that an article opens (with at
  // most one word between) and no noun follows is a newspaper ("knowledge grows daily,"
  // and "a daily briefing" stay).
  const bool ends_phrase =
      !text_.SameLine(i + 1) || !(text_.IsWord(i + 1) || text_.IsDigits(i + 1));
  auto article = [&](std::size_t k) {
    if (lexicon_.IsThe(text_, k)) return true;
    const NumberWord* w = lexicon_.NumberWordAt(text_, k);
    return w != nullptr && w->word_class == WordClass::kArticle;
  };
  // With a word between, only in apposition (", a respected daily,"): "cleans the gym
  // hourly," is an adverb.
  return ends_phrase && i >= 1 && text_.SameLine(i) &&
         (article(i - 1) || (i >= 3 && text_.SameLine(i - 2) && text_.IsWord(i - 1) &&
                             !text_[i - 1].upper && article(i - 2) && text_.IsChar(i - 3, ',')));
}

std::vector<TimeMention> TagTimesIn(const TokenizedText& text, std::optional<Date> anchor) {
  return TimeTagger(text, anchor, GetLexicon()).Run();
}

}  // namespace internal
}  // namespace tally
