// The time tagger's matchers for calendar dates, weekdays, years and clock times.
#include <string>

#include <fmt/format.h>

#include "analyse/calendar.h"
#include "analyse/time_tagger.h"

namespace tally::internal {

std::string TimeTagger::DateValue(const DatePhrase& phrase, std::optional<Date>* day) const {
  // Tense only matters for a month without a year.
  auto year_of_month = [&] {
    // "come January": the first such month from the anchor's on.
    if (phrase.begin >= 1 && text_.SameLine(phrase.begin) &&
        lexicon_.Is(Role::kMonthAhead, text_, phrase.begin - 1)) {
      return NearestYear(*anchor_, phrase.month, true);
    }
    bool future = InFutureContext(text_, phrase.begin, lexicon_, /*include_conditional=*/true);
    // "the November election", "urged them to vote in November": the anchor's year's vote,
    // past or ahead.
    if (!future && !phrase.has_day() &&
        (ElectionAfter(phrase.end) || ElectionBefore(phrase.begin))) {
      return anchor_->year();
    }
    // "the Nov. 3 election": the vote of the nearer year, as after a deadline cue (written
    // in January, last November's).
    if (!future && phrase.has_day() && ElectionAfter(phrase.end)) {
      return NearestYearWithin(*anchor_, phrase.month, kDeadlineMonthsAhead);
    }
    if (!future && DeadlineCueBefore(phrase.begin)) {
      return NearestYearWithin(*anchor_, phrase.month, kDeadlineMonthsAhead);
    }
    return NearestYear(*anchor_, phrase.month, future);
  };
  if (phrase.has_day()) {
    int year = phrase.has_year() ? phrase.year : anchor_ ? year_of_month() : 0;
    // "Sunday, April 26" without a year: the year the weekday names, when the one read from
    // the tense has another weekday (a caption or a schedule from the year before or after).
    if (!phrase.has_year() && year != 0 && phrase.weekday != 0) {
      std::optional<Date> date = Date::FromYmd(year, phrase.month, phrase.day);
      if (date && date->weekday() != phrase.weekday) {
        for (int other : {year - 1, year + 1}) {
          std::optional<Date> d = Date::FromYmd(other, phrase.month, phrase.day);
          if (d && d->weekday() == phrase.weekday) {
            year = other;
            break;
          }
        }
      }
    }
    if (year == 0) {
      // Without an anchor: valid in some year (February 29 in a leap year)?
      if (!Date::FromYmd(2000, phrase.month, phrase.day)) return {};
      return fmt::format("XXXX-{:02}-{:02}", phrase.month, phrase.day);
    }
    std::optional<Date> date = Date::FromYmd(year, phrase.month, phrase.day);
    if (!date) return {};
    *day = date;
    return date->ToIso();
  }
  if (phrase.has_year()) return FormatMonth(phrase.year, phrase.month);
  if (anchor_) return FormatMonth(year_of_month(), phrase.month);
  return fmt::format("XXXX-{:02}", phrase.month);
}

std::optional<std::size_t> TimeTagger::DateAt(std::size_t i) {
  std::optional<DatePhrase> phrase = ReadDatePhrase(text_, i, lexicon_);
  if (!phrase) return std::nullopt;
  // "June last year": a month with a year given relative to the anchor (time_words.tsv).
  if (!phrase->has_day() && !phrase->has_year() && text_.SameLine(phrase->end)) {
    if (auto match = lexicon_.TimeWordAt(text_, phrase->end)) {
      const TimeWord& word = lexicon_.time_word(match->id);
      if (word.granularity == "year" && word.suffix.empty()) {
        std::string value = anchor_ ? FormatMonth(anchor_->year() + word.offset, phrase->month)
                                    : fmt::format("XXXX-{:02}", phrase->month);
        return Emit(phrase->begin, match->end, TimexType::kDate, std::move(value),
                    std::nullopt);
      }
    }
  }
  if (!phrase->has_day() && !phrase->has_year() && !phrase->modified && !BareMonthIsDate(i)) {
    return std::nullopt;
  }
  if (!phrase->has_day() && !phrase->has_year()) {
    if (std::optional<std::size_t> end = MonthRangeAt(*phrase)) return end;
  }
  std::optional<Date> day;
  std::string value = DateValue(*phrase, &day);
  if (value.empty()) return std::nullopt;
  // "until July and August", "between May and July": a month joined to the date just read
  // is in its year, or in the next when it comes earlier in the calendar.
  if (!phrase->has_day() && !phrase->has_year() && anchor_) {
    if (std::optional<int> year = JoinedMonthYear(i, phrase->month)) {
      value = FormatMonth(*year, phrase->month);
    }
  }
  // "June 10-Aug. 15", "from June 10 to Aug. 15": a day joined to the day just read is in
  // its year, or in the next when it comes earlier in the calendar.
  if (phrase->has_day() && !phrase->has_year() && anchor_) {
    if (std::optional<int> year = JoinedDayYear(i, phrase->month)) {
      if (std::optional<Date> joined = Date::FromYmd(*year, phrase->month, phrase->day)) {
        day = joined;
        value = joined->ToIso();
      }
    }
  }
  std::size_t end = Emit(phrase->begin, phrase->end, TimexType::kDate, std::move(value), day);
  if (day) end = SecondDayAt(end, *day);
  return end;
}

std::optional<std::size_t> TimeTagger::MonthRangeAt(const DatePhrase& first) {
  const std::size_t to = first.end;
  if (!anchor_ || !text_.SameLine(to) || !text_.SameLine(to + 1) ||
      !lexicon_.Is(Role::kRangeTo, text_, to)) {
    return std::nullopt;
  }
  std::optional<DatePhrase> second = ReadDatePhrase(text_, to + 1, lexicon_);
  if (!second || second->has_day() || second->begin != to + 1) return std::nullopt;
  // The year the second month is given: written ("to August 2020") or relative ("to August
  // this year", time_words.tsv); 0 when none.
  int second_year = second->has_year() ? second->year : 0;
  std::size_t second_end = second->end;
  if (second_year == 0 && text_.SameLine(second_end)) {
    if (auto match = lexicon_.TimeWordAt(text_, second_end)) {
      const TimeWord& word = lexicon_.time_word(match->id);
      if (word.granularity == "year" && word.suffix.empty() && word.literal.empty() &&
          !word.cued) {
        second_year = anchor_->year() + word.offset;
        second_end = match->end;
      }
    }
  }
  int first_year = 0;
  if (second_year != 0) {
    first_year = first.month <= second->month ? second_year : second_year - 1;
  } else {
    std::optional<Date> unused;
    std::string value = DateValue(first, &unused);
    if (value.size() < 4 || value[0] == 'X') return std::nullopt;
    first_year = std::stoi(value.substr(0, 4));
    second_year = second->month >= first.month ? first_year : first_year + 1;
  }
  Emit(first.begin, first.end, TimexType::kDate, FormatMonth(first_year, first.month),
       std::nullopt);
  return Emit(second->begin, second_end, TimexType::kDate,
              FormatMonth(second_year, second->month), std::nullopt);
}

std::size_t TimeTagger::SecondDayAt(std::size_t e, Date first) {
  const std::size_t k = e + 1;
  const NumberWord* conj = text_.SameLine(e) ? lexicon_.NumberWordAt(text_, e) : nullptr;
  if (conj == nullptr || conj->word_class != WordClass::kAnd || !text_.SameLine(k) ||
      text_.Glued(k) || text_.DigitCount(k) == 0 || text_.DigitCount(k) > 2) {
    return e;
  }
  // Only where the number ends the phrase: not "on May 3 and 4 others", "and 25%".
  const std::size_t after = k + 1;
  if (text_.SameLine(after) && !text_.IsChar(after, ',') && !text_.IsChar(after, '.') &&
      !text_.IsChar(after, ';') && !text_.IsChar(after, ')') &&
      !lexicon_.Is(Role::kYearCue, text_, after)) {
    return e;
  }
  std::string_view digits = text_.Text(k);
  int day = 0;
  for (char c : digits) day = day * 10 + (c - '0');
  std::optional<Date> second = Date::FromYmd(first.year(), first.month(), day);
  if (!second || day <= first.day()) return e;
  return Emit(k, k + 1, TimexType::kDate, second->ToIso(), second);
}

bool TimeTagger::JoinedToDate(std::size_t i) const {
  return i >= 2 && text_.SameLine(i) && text_.SameLine(i - 1) && !mentions_.empty() &&
         mentions_.back().span.end == text_[i - 2].end &&
         mentions_.back().type == TimexType::kDate &&
         ((mentions_.back().value.size() == 7 && mentions_.back().value[4] == '-') ||
          mentions_.back().value == "PRESENT_REF") &&
         (lexicon_.Is(Role::kRangeAnd, text_, i - 1) || lexicon_.Is(Role::kRangeTo, text_, i - 1));
}

std::optional<int> TimeTagger::JoinedMonthYear(std::size_t i, int month) const {
  if (!JoinedToDate(i)) return std::nullopt;
  const std::string& v = mentions_.back().value;  // "2020-07"
  // "between now and November": the first such month from the anchor's on.
  if (v == "PRESENT_REF") return NearestYear(*anchor_, month, /*future=*/true);
  for (std::size_t k : {0, 1, 2, 3, 5, 6}) {
    if (v[k] < '0' || v[k] > '9') return std::nullopt;
  }
  const int year = std::stoi(v.substr(0, 4));
  const int first = std::stoi(v.substr(5, 2));
  return month >= first ? year : year + 1;
}

std::optional<int> TimeTagger::JoinedDayYear(std::size_t i, int month) const {
  if (i < 2 || !text_.SameLine(i) || !text_.SameLine(i - 1) || mentions_.empty()) {
    return std::nullopt;
  }
  const TimeMention& last = mentions_.back();
  const std::string& v = last.value;  // "2020-06-10"
  if (last.type != TimexType::kDate || last.span.end != text_[i - 2].end || v.size() != 10 ||
      !lexicon_.Is(Role::kRangeTo, text_, i - 1)) {
    return std::nullopt;
  }
  for (std::size_t k : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (v[k] < '0' || v[k] > '9') return std::nullopt;
  }
  const int year = std::stoi(v.substr(0, 4));
  const int first = std::stoi(v.substr(5, 2));
  return month >= first ? year : year + 1;
}

bool TimeTagger::ElectionBefore(std::size_t begin) const {
  return begin >= 2 && text_.SameLine(begin) && text_.SameLine(begin - 1) &&
         lexicon_.Is(Role::kYearCue, text_, begin - 1) && !text_[begin - 2].upper &&
         lexicon_.Is(Role::kElectionNoun, text_, begin - 2);
}

bool TimeTagger::DeadlineCueBefore(std::size_t i) const {
  if (i >= 1 && text_.SameLine(i) && lexicon_.Is(Role::kDeadlineCue, text_, i - 1)) return true;
  if (i < 2 || !text_.SameLine(i) || !text_.SameLine(i - 1)) return false;
  std::optional<PhraseTable::Match> cue = lexicon_.RoleAt(Role::kDeadlineCue, text_, i - 2);
  return cue && cue->end == i;
}

bool TimeTagger::ElectionAfter(std::size_t e) const {
  // "November's midterm elections".
  if (text_.Glued(e) && text_.Glued(e + 1) && text_.Text(e + 1) == "s" &&
      (text_.Text(e) == "'" || text_.Text(e) == "\u2019")) {
    e += 2;
  }
  for (std::size_t k = e; k < e + 2; ++k) {
    if (!text_.SameLine(k) || text_.Glued(k) || !text_.IsWord(k) || text_[k].upper) return false;
    if (lexicon_.Is(Role::kElectionNoun, text_, k)) return true;
  }
  return false;
}

bool TimeTagger::BareMonthIsDate(std::size_t i) const {
  // The words before count only on the same line (a line break ends a heading or a byline).
  const bool after_word = i >= 1 && text_.SameLine(i);
  if (std::optional<PhraseTable::Match> cue =
          after_word ? lexicon_.RoleAt(Role::kYearCue, text_, i - 1) : std::nullopt;
      cue && cue->end == i) {
    return true;
  }
  // "come January": the month ahead (DateValue); "between June and July", "into June".
  if (after_word && (lexicon_.Is(Role::kMonthAhead, text_, i - 1) ||
                     lexicon_.Is(Role::kMonthCue, text_, i - 1))) {
    return true;
  }
  // "in October and November", "between June and July", "March or April": a month joined
  // to a date read just before it.
  if (after_word && JoinedToDate(i)) return true;
  const std::size_t next = i + 1;
  // "the April jobs report", "April retail sales", "its March meeting": a month that dates
  // the noun after it or after one more lower-case word (month_noun); also "May" and
  // "March", which nothing else after them reads as a month here, but only right before
  // the noun ("May is meeting the opposition" names a person).
  const bool noun_after =
      text_.SameLine(next) && !text_.Glued(next) && text_.IsWord(next) && !text_[next].upper &&
      (lexicon_.Is(Role::kMonthNoun, text_, next) ||
       (text_.SameLine(next + 1) && !text_.Glued(next + 1) && text_.IsWord(next + 1) &&
        !text_[next + 1].upper && lexicon_.Is(Role::kMonthNoun, text_, next + 1) &&
        !lexicon_.Is(Role::kAmbiguousMonth, text_, i)));
  const bool name_before = after_word && text_.IsWord(i - 1) && text_[i - 1].upper &&
                           !lexicon_.IsThe(text_, i - 1);
  if (noun_after && !name_before) return true;
  // "May" and "March" are also a name and a verb or a noun ("voted for May", "the March for
  // Life"): only the cues above read them.
  if (lexicon_.Is(Role::kAmbiguousMonth, text_, i)) return false;
  // "figures for January", "for November trading" (not "for April Smith").
  if (after_word && lexicon_.Is(Role::kDurationCue, text_, i - 1)) {
    return !(text_.SameLine(next) && text_.IsWord(next) && text_[next].upper);
  }
  // The name of a person ("Ms. June", "Sarah January") is no month.
  if (name_before) return false;
  // "December's figures": a possessive month.
  if (text_.Glued(next) && text_.Glued(next + 1) && text_.Text(next + 1) == "s" &&
      (text_.Text(next) == "'" || text_.Text(next) == "\u2019")) {
    return true;
  }
  // "a June agreement", "the October attack": a month that an article opens and a lower-case
  // word follows (not a name: "the January Group"; not "the April of his life").
  if (!after_word) return false;
  bool article = lexicon_.IsThe(text_, i - 1) || lexicon_.Is(Role::kPossessive, text_, i - 1);
  if (!article) {
    const NumberWord* word = lexicon_.NumberWordAt(text_, i - 1);
    article = word != nullptr && word->word_class == WordClass::kArticle;
  }
  return article && text_.SameLine(next) && !text_.Glued(next) && text_.IsWord(next) &&
         !text_[next].upper && !lexicon_.Is(Role::kOf, text_, next) &&
         !lexicon_.Is(Role::kYearCue, text_, next) && !lexicon_.Is(Role::kDurationCue, text_, next);
}

// "the night of January 8", "the morning of 9 January"; "the week of March 6" (its ISO week).
std::optional<std::size_t> TimeTagger::DayPartOfDateAt(std::size_t i) {
  if (auto week = lexicon_.IsThe(text_, i) && text_.SameLine(i + 1)
                     ? lexicon_.RoleAt(Role::kWeekOf, text_, i + 1)
                     : std::nullopt;
      week && text_.SameLine(week->end)) {
    std::optional<DatePhrase> phrase = ReadDatePhrase(text_, week->end, lexicon_);
    if (!phrase || !phrase->has_day()) return std::nullopt;
    std::optional<Date> day;
    std::string value = DateValue(*phrase, &day);
    if (value.empty()) return std::nullopt;
    if (day) value = FormatIsoWeek(*day);
    return Emit(i, phrase->end, TimexType::kDate, value, std::nullopt);
  }
  const std::string* code = lexicon_.DayPartAt(text_, i);
  if (code == nullptr || !text_.SameLine(i + 1) || !lexicon_.Is(Role::kOf, text_, i + 1) ||
      !text_.SameLine(i + 2)) {
    return std::nullopt;
  }
  std::optional<DatePhrase> phrase = ReadDatePhrase(text_, i + 2, lexicon_);
  if (!phrase || !phrase->has_day()) return std::nullopt;
  std::optional<Date> day;
  std::string value = DateValue(*phrase, &day);
  if (value.empty()) return std::nullopt;
  return Emit(i, phrase->end, TimexType::kTime, value + *code, day);
}

TimeTagger::RelativeWord TimeTagger::RelativeWordAt(std::size_t i) const {
  // "this coming" and "this past" are tried before "this".
  for (auto [role, relative] : {std::pair{Role::kWeekdayNext, Relative::kNext},
                                std::pair{Role::kWeekdayLast, Relative::kLast},
                                std::pair{Role::kWeekdayThis, Relative::kThis},
                                std::pair{Role::kEvery, Relative::kEvery}}) {
    if (auto m = lexicon_.RoleAt(role, text_, i)) return {relative, m->end};
  }
  return {Relative::kNone, i};
}

namespace {

// How far back a cue may stand from the weekday it places: a clause, not the sentence before.
constexpr std::size_t kWeekdayLookBack = 12;

}  // namespace

bool TimeTagger::WeekdayAhead(std::size_t i) const {
  return InFutureContext(text_, i, lexicon_, /*include_conditional=*/false) ||
         DeadlineBefore(i) || ReportedFutureBefore(i) || FutureAfterOpening(i) ||
         ProgressiveBefore(i) || WeekdaySubjectOfIs(i);
}

bool TimeTagger::WeekdaySubjectOfIs(std::size_t i) const {
  if (!SentenceStartsAt(i)) return false;
  const std::size_t e = WeekdayEnd(i);
  return e != i && e < text_.size() && text_.SameLine(e) && !text_.Glued(e) &&
         lexicon_.Is(Role::kProgressiveBe, text_, e);
}

bool TimeTagger::ProgressiveBefore(std::size_t i) const {
  std::size_t k = i;  // walks back over the words between the verb and the weekday
  constexpr std::size_t kObjectWords = 4;
  for (std::size_t words = 0; k >= 2 && text_.SameLine(k) && words <= kObjectWords; ++words) {
    const std::size_t v = k - 1;
    if (!text_.IsWord(v) || lexicon_.Is(Role::kProgressiveBlocker, text_, v)) return false;
    std::string_view word = text_.Text(v);
    if (word.size() > 4 && word.substr(word.size() - 3) == "ing" && !text_[v].upper) {
      // The verb: "be" right before it, or one word (an adverb) before that.
      const bool be = (text_.SameLine(v) && lexicon_.Is(Role::kProgressiveBe, text_, v - 1)) ||
                      (v >= 2 && text_.SameLine(v - 1) && text_.IsWord(v - 1) &&
                       lexicon_.Is(Role::kProgressiveBe, text_, v - 2));
      if (!be) return false;
      const std::size_t e = WeekdayEnd(i);
      if (e != i && e < text_.size() && text_.Glued(e)) {  // "Wednesday's ruling"
        std::string_view next = text_.Text(e);
        if (!next.empty() && (next[0] == '\'' || next.substr(0, 3) == "\u2019")) return false;
      }
      return true;
    }
    k = v;
  }
  return false;
}

bool TimeTagger::DeadlineBefore(std::size_t i) const {
  const std::size_t stop = i > kWeekdayLookBack ? i - kWeekdayLookBack : 0;
  for (std::size_t j = i; j > stop; --j) {
    const std::size_t k = j - 1;
    if (!text_.SameLine(k + 1) || text_.IsChar(k, '.') || text_.IsChar(k, '!') ||
        text_.IsChar(k, '?') || text_.IsChar(k, ';')) {
      return false;
    }
    if (lexicon_.Is(Role::kDeadlineBlocker, text_, k)) return false;
    if (lexicon_.Is(Role::kWeekdayDeadline, text_, k)) return true;
    if (!lexicon_.Is(Role::kDeadlineCue, text_, k)) continue;
    // "until Tuesday" after a grant: "has given them until", "they have until".
    constexpr std::size_t kGrantReach = 4;
    for (std::size_t m = k; m > 0 && m + kGrantReach > k && text_.SameLine(m); --m) {
      if (!lexicon_.Is(Role::kDeadlineGrant, text_, m - 1)) continue;
      // "had given them until Tuesday": a deadline that has passed.
      return !(m >= 2 && lexicon_.Is(Role::kDeadlineBlocker, text_, m - 2));
    }
  }
  return false;
}

bool TimeTagger::ReportedFutureBefore(std::size_t i) const {
  const std::size_t stop = i > kWeekdayLookBack ? i - kWeekdayLookBack : 0;
  for (std::size_t j = i; j > stop; --j) {
    const std::size_t k = j - 1;
    // A dash ends the clause too: "what it would take — not in a letter sent Thursday".
    if (!text_.SameLine(k + 1) || text_.IsChar(k, '.') || text_.IsChar(k, '!') ||
        text_.IsChar(k, '?') || text_.IsChar(k, ';') || text_.IsChar(k, ',') ||
        text_.IsChar(k, ':') || text_.Text(k) == "\u2014" || text_.Text(k) == "\u2013" ||
        (text_.IsChar(k, '-') && !(text_.Glued(k) && text_.Glued(k + 1)))) {
      return false;
    }
    if (lexicon_.Is(Role::kDeadlineBlocker, text_, k)) return false;
    if (!lexicon_.Is(Role::kConditionalCue, text_, k)) continue;
    // "would have" is a past that did not happen.
    if (text_.SameLine(k + 1) && lexicon_.Is(Role::kConditionalPast, text_, k + 1)) return false;
    // "Wednesday's ruling" names a past event.
    const std::size_t e = WeekdayEnd(i);
    if (e != i && e < text_.size() && text_.Glued(e)) {
      std::string_view next = text_.Text(e);
      if (!next.empty() && (next[0] == '\'' || next.substr(0, 3) == "\u2019")) return false;
    }
    return true;
  }
  return false;
}

bool TimeTagger::FutureAfterOpening(std::size_t i) const {
  const bool opens = SentenceStartsAt(i) ||
                     (i >= 1 && text_.SameLine(i) && text_.IsWord(i - 1) && SentenceStartsAt(i - 1));
  if (!opens) return false;
  std::size_t e = WeekdayEnd(i);
  if (e == i || !text_.SameLine(e)) return false;
  // Without a comma the modal must come right after the subject: "Earlier Monday Trump will
  // lead", "On Friday the court will rule".
  const bool comma = text_.IsChar(e, ',');
  if (!comma && !text_.IsWord(e)) return false;
  const std::size_t first = comma ? e + 1 : e;
  const std::size_t look_ahead = comma ? 6 : 3;
  for (std::size_t k = first; k < first + look_ahead && k < text_.size() && text_.SameLine(k);
       ++k) {
    if (text_.IsChar(k, '.') || text_.IsChar(k, ';') || text_.IsChar(k, ',') ||
        lexicon_.Is(Role::kDeadlineBlocker, text_, k)) {
      return false;
    }
    if (lexicon_.Is(Role::kFutureModal, text_, k)) return true;
  }
  return false;
}

std::optional<std::size_t> TimeTagger::WeekdayAt(std::size_t i) {
  // "closed on Wednesdays", "on Mondays and Fridays": every such day, a SET (XXXX-WXX-3);
  // not in a name, next to another capitalised word ("TGI Fridays", "Fridays For Future").
  if (int weekday = lexicon_.PluralWeekdayAt(text_, i); weekday != 0) {
    const bool capital_before = i >= 1 && text_.SameLine(i) && text_.IsWord(i - 1) &&
                                text_[i - 1].upper && !SentenceStartsAt(i - 1) &&
                                lexicon_.PluralWeekdayAt(text_, i - 1) == 0;
    const bool name_after = text_.SameLine(i + 1) && !text_.Glued(i + 1) &&
                            text_.IsWord(i + 1) && text_[i + 1].upper &&
                            lexicon_.PluralWeekdayAt(text_, i + 1) == 0;
    if (capital_before || name_after) return std::nullopt;
    return Emit(i, i + 1, TimexType::kSet, fmt::format("{}-{}", kUnknownWeek, weekday),
                std::nullopt);
  }
  RelativeWord relative = RelativeWordAt(i);
  bool previous = false;  // "the previous Friday": before the day the text last named
  if (relative.relative == Relative::kNone && lexicon_.IsThe(text_, i) && text_.SameLine(i + 1)) {
    if (auto m = lexicon_.RoleAt(Role::kWeekdayPrevious, text_, i + 1)) {
      previous = true;
      relative.end = m->end;
    }
  }
  std::size_t k = relative.end;
  if (k != i && !text_.SameLine(k)) return std::nullopt;
  int weekday = lexicon_.WeekdayAt(text_, k);
  if (weekday == 0 || InTimeName(k)) return std::nullopt;
  std::size_t end = k + 1;
  std::string suffix;
  bool plural_part = false;  // "on Tuesday nights": every such night
  if (const std::string* code = DayPartAfter(end)) {
    suffix = *code;
    plural_part = text_.Text(end).back() == 's';
    ++end;
  }
  if (relative.relative == Relative::kEvery || plural_part) {
    // "each Thursday", "every Monday night": a SET of that weekday (TIMEX3 XXXX-WXX-4).
    return Emit(i, end, TimexType::kSet, fmt::format("{}-{}{}", kUnknownWeek, weekday, suffix),
                std::nullopt);
  }
  // "Wednesday night" is a DATE with the part of the day in its value: the TempEval-3
  // corpora type weekday-and-part phrases DATE three times as often as TIME (18 to 6 in
  // the training data), unlike "last night" or "this morning", which they type TIME.
  TimexType type = TimexType::kDate;
  if (!anchor_) {
    return Emit(i, end, type, fmt::format("{}-{}{}", kUnknownWeek, weekday, suffix),
                std::nullopt);
  }
  Date date;
  switch (relative.relative) {
    case Relative::kLast: date = WeekdayBefore(*anchor_, weekday); break;
    case Relative::kNext: date = WeekdayAfter(*anchor_, weekday); break;
    case Relative::kThis: date = WeekdayOfWeek(*anchor_, weekday); break;
    case Relative::kNone:
      date = previous ? WeekdayBefore(referred_day_ ? *referred_day_ : *anchor_, weekday)
                      : NearestWeekday(i, weekday);
      break;
    case Relative::kEvery: break;  // a SET, emitted above
  }
  return Emit(i, end, type, date.ToIso() + suffix, date);
}

// "last November" (the latest November before the anchor's month), "next March", "this May";
// "each July" (a SET).
std::optional<std::size_t> TimeTagger::RelativeMonthAt(std::size_t i) {
  const RelativeWord relative = RelativeWordAt(i);
  if (relative.relative == Relative::kNone) return std::nullopt;
  const std::size_t k = relative.end;
  if (!text_.SameLine(k)) return std::nullopt;
  std::optional<DatePhrase> phrase = ReadDatePhrase(text_, k, lexicon_);
  if (!phrase || phrase->has_day() || phrase->has_year() || phrase->modified) {
    return std::nullopt;
  }
  if (relative.relative == Relative::kEvery) {  // "each July": a SET (TIMEX3 XXXX-07)
    return Emit(i, phrase->end, TimexType::kSet, fmt::format("XXXX-{:02}", phrase->month),
                std::nullopt);
  }
  if (!anchor_) {
    return Emit(i, phrase->end, TimexType::kDate, fmt::format("XXXX-{:02}", phrase->month),
                std::nullopt);
  }
  int year = anchor_->year();
  if (relative.relative == Relative::kLast && phrase->month >= anchor_->month()) --year;
  if (relative.relative == Relative::kNext && phrase->month <= anchor_->month()) ++year;
  return Emit(i, phrase->end, TimexType::kDate, FormatMonth(year, phrase->month),
              std::nullopt);
}

// "in 2019", "since 2019", "mid-2019"; "the 1990s" (TIMEX3 decade "199").
std::optional<std::size_t> TimeTagger::YearAt(std::size_t i) {
  if (!text_.IsDigits(i)) return std::nullopt;
  const std::optional<CoreNumber>& core = CoreAt(i);
  if (!core || core->begin != i) return std::nullopt;
  if (core->decade) {
    int decade = static_cast<int>(core->value) / 10;
    return Emit(i, core->end, TimexType::kDate, fmt::format("{:03}", decade), std::nullopt);
  }
  if (core->digits != 4 || core->end != i + 1 || core->value < 1800 || core->value > 2099) {
    return std::nullopt;
  }
  bool cued = BareYear(i);
  if (!cued && i >= 1 && text_.SameLine(i)) {
    std::optional<PhraseTable::Match> cue = lexicon_.RoleAt(Role::kYearCue, text_, i - 1);
    cued = cue && cue->end == i;
    if (!cued && i >= 2 && text_.IsChar(i - 1, '-') && text_.Glued(i) && text_.Glued(i - 1)) {
      cue = lexicon_.RoleAt(Role::kHyphenPrefix, text_, i - 2);  // "mid-2019"
      cued = cue && cue->end == i - 1;
    }
  }
  // "the 1988 second quarter": a named quarter of that year.
  if (text_.SameLine(i + 1) && !text_.Glued(i + 1)) {
    if (std::optional<PhraseTable::Match> match = lexicon_.TimeWordAt(text_, i + 1)) {
      const TimeWord& word = lexicon_.time_word(match->id);
      if (word.granularity.size() == 2 && word.granularity[0] == 'q' && word.offset == 0) {
        std::string value =
            fmt::format("{:04}-Q{}", static_cast<int>(core->value), word.granularity[1]);
        NoteQuarter(value);
        return Emit(i, match->end, TimexType::kDate, std::move(value), std::nullopt);
      }
    }
  }
  // "the 1988 period", "the 1988 quarter": the quarter a results report speaks of, in that
  // year (TimeML: 1988-Q3 after "third-quarter net").
  if (i >= 1 && text_.SameLine(i) && lexicon_.Is(Role::kArticleThe, text_, i - 1) &&
      text_.SameLine(i + 1) && !text_.Glued(i + 1) &&
      (mentions_.empty() || mentions_.back().span.end <= text_[i - 1].begin)) {
    std::optional<PhraseTable::Match> period = lexicon_.RoleAt(Role::kReportPeriod, text_, i + 1);
    std::optional<std::string> quarter = ReportedQuarterIn(static_cast<int>(core->value));
    if (period && quarter) {
      return Emit(i - 1, period->end, TimexType::kDate, *quarter, std::nullopt);
    }
  }
  if (!cued) return std::nullopt;
  return Emit(i, i + 1, TimexType::kDate, FormatYear(static_cast<int>(core->value)),
              std::nullopt);
}

std::optional<Date> TimeTagger::DayAfterClock(std::size_t begin, std::size_t e,
                                              std::size_t* end) const {
  if (!anchor_ || !text_.SameLine(e) || text_.Glued(e)) return std::nullopt;
  // "10:35 a.m. (0735 GMT) Friday": the clock time in another zone, in brackets, is skipped;
  // the day still dates the clock time, but stays a time expression of its own (*end is
  // left at the bracket).
  const std::size_t clock_end = e;
  bool bracketed = false;
  if (text_.IsChar(e, '(')) {
    bracketed = true;
    constexpr std::size_t kMaxBracketed = 6;
    std::size_t close = e + 1;
    while (close < e + kMaxBracketed && text_.SameLine(close) && !text_.IsChar(close, ')')) {
      ++close;
    }
    if (!text_.IsChar(close, ')') || !text_.SameLine(close + 1)) return std::nullopt;
    e = close + 1;
  }
  if (auto zone = lexicon_.RoleAt(Role::kTimeZone, text_, e)) {
    e = zone->end;
    // "5 p.m. EST, Nov. 6".
    if (text_.IsChar(e, ',') && text_.Glued(e) && text_.SameLine(e + 1)) ++e;
    if (!text_.SameLine(e) || text_.Glued(e)) return std::nullopt;
  }
  if (std::optional<DatePhrase> phrase = ReadDatePhrase(text_, e, lexicon_);
      phrase && phrase->has_day()) {
    std::optional<Date> day;
    if (DateValue(*phrase, &day).empty() || !day) return std::nullopt;
    *end = bracketed ? clock_end : phrase->end;
    return day;
  }
  int weekday = lexicon_.WeekdayAt(text_, e);
  if (weekday == 0) return std::nullopt;
  *end = bracketed ? clock_end : e + 1;
  return NearestWeekday(begin, weekday);
}

int TimeTagger::SpelledYear(std::size_t k, std::size_t* end) const {
  const NumberWord* century = lexicon_.NumberWordAt(text_, k);
  if (century == nullptr || century->word_class != WordClass::kTeen || century->ordinal ||
      century->value < 11 || !text_.SameLine(k + 1) || text_.Glued(k + 1)) {
    return 0;
  }
  const NumberWord* tens = lexicon_.NumberWordAt(text_, k + 1);
  if (tens == nullptr || tens->word_class != WordClass::kTens || tens->ordinal) return 0;
  int year = static_cast<int>(century->value) * 100 + static_cast<int>(tens->value);
  std::size_t e = k + 2;
  if (text_.IsChar(e, '-') && text_.Glued(e) && text_.Glued(e + 1)) {
    const NumberWord* unit = lexicon_.NumberWordAt(text_, e + 1);
    if (unit != nullptr && unit->word_class == WordClass::kUnit && !unit->ordinal &&
        unit->value >= 1 && unit->value <= 9) {
      year += static_cast<int>(unit->value);
      e += 2;
    }
  }
  *end = e;
  return year;
}

// "in nineteen ninety-six", "January nineteen ninety-seven".
std::optional<std::size_t> TimeTagger::SpelledYearAt(std::size_t i) {
  std::size_t begin = i;
  int month = 0;
  if (const Month* m = lexicon_.MonthAt(text_, i); m != nullptr && !m->abbreviation) {
    month = m->number;
    ++i;
  }
  std::size_t end = 0;
  int year = SpelledYear(i, &end);
  if (year == 0 || (month != 0 && !text_.SameLine(i))) return std::nullopt;
  std::string value = month != 0 ? FormatMonth(year, month) : FormatYear(year);
  return Emit(begin, end, TimexType::kDate, std::move(value), std::nullopt);
}

// "10:30", "23:15:05", "10 a.m.", "10.30pm", "ten o'clock"; "10 p.m. Wednesday".
std::optional<std::size_t> TimeTagger::ClockAt(std::size_t i) {
  std::optional<CoreNumber> core = CoreAt(i);  // a copy: the clock marker may change it
  if (!core || core->begin != i || core->identifier) return std::nullopt;
  if (!core->is_time()) ApplyClockMarker(text_, core->end, lexicon_, *core);
  if (!core->is_time()) return std::nullopt;
  // A media length has a one-digit hour ("0:03:20", "1:02:03") or a zero one ("0:00"); it is
  // skipped whole, so that its inner "03:20" is not read as a time of day.
  bool one_digit_hour = text_.DigitCount(i) == 1;
  if (!core->clock_marker && (core->hour > 23 || (one_digit_hour && core->has_seconds) ||
                              (one_digit_hour && core->hour == 0))) {
    return core->end;
  }
  std::size_t end = core->end;
  std::optional<Date> day = DayAfterClock(i, end, &end);
  if (!day) day = DayBeforeClock(i, end);
  if (!day) day = anchor_;
  std::string value = day ? day->ToIso() : kUnknownDay;
  value += fmt::format("T{:02}:{:02}", core->hour, core->minute);
  if (core->has_seconds) value += fmt::format(":{:02}", core->second);
  return Emit(i, end, TimexType::kTime, std::move(value), day);
}

std::optional<Date> TimeTagger::DayBeforeClock(std::size_t i, std::size_t e) const {
  if (mentions_.empty() || !mentions_.back().day) return std::nullopt;
  const TimeMention& last = mentions_.back();
  if (last.type != TimexType::kDate && last.type != TimexType::kTime) return std::nullopt;
  // "until 11:59 p.m. on June 12": a day named right after dates the clock time instead.
  for (std::size_t k = e; k < e + 2 && k < text_.size() && text_.SameLine(k); ++k) {
    if (lexicon_.WeekdayAt(text_, k) != 0) return std::nullopt;
    std::optional<DatePhrase> phrase = ReadDatePhrase(text_, k, lexicon_);
    if (phrase && phrase->has_day()) return std::nullopt;
  }
  constexpr std::size_t kLookBack = 6;
  for (std::size_t k = i; k > 0 && k + kLookBack > i && text_.SameLine(k); --k) {
    const std::size_t p = k - 1;
    if (text_[p].end == last.span.end) return last.day;
    // A comma ends the look-back unless it closes the date itself ("May 21, 2020, 4:44 pm").
    if (text_.IsChar(p, '.') || text_.IsChar(p, '!') || text_.IsChar(p, '?') ||
        text_.IsChar(p, ';') ||
        (text_.IsChar(p, ',') && (p == 0 || text_[p - 1].end != last.span.end))) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace tally::internal
