// NumberReader: what the words around a number say it is: part of a date, a name ("Article
// 5", "iPhone 16", "call 112"), a list marker, the pronoun "one", a web address, arithmetic.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include "analyse/core_number.h"
#include "analyse/lexicon.h"
#include "analyse/number_reading.h"
#include "common/text.h"

namespace tally::internal {

// The token after the web address that holds the digits at token i, or i when they are not in
// one. An address is a run of glued tokens whose text holds "://" or starts with "www.";
// the look-back stops at white space, so it costs the length of the run.
std::size_t NumberReader::UrlEnd(std::size_t i) const {
  if (!text_.Glued(i)) return i;
  std::size_t first = i;
  while (first > floor_ && text_.Glued(first)) --first;
  std::string_view run =
      text_.text().substr(text_[first].begin, text_[i].begin - text_[first].begin);
  bool url = run.find("://") != std::string_view::npos ||
             (run.size() >= 4 && (run.substr(0, 4) == "www." || run.substr(0, 4) == "WWW."));
  if (!url) return i;
  std::size_t end = i + 1;
  while (end < text_.size() && text_.Glued(end)) ++end;
  return end;
}

// A bare number right after a word that names things by number ("Article 5", "No. 10",
// "Formula 1"), or a capitalised number word after a capitalised one ("Phase One", "Stage
// Two", "Formula One", "Air Force One").
bool NumberReader::Designated(const Reading& reading) const {
  const CoreNumber& core = reading.core;
  // Names are not written with thousands separators: "they number 42,000" is a count.
  if (core.form == CoreNumber::Form::kVague || reading.approx || reading.sign ||
      reading.second || core.scale != 1 || core.grouped || reading.start != core.begin ||
      core.begin == 0 || !text_.SameLine(core.begin)) {
    return false;
  }
  std::size_t b = core.begin;
  // A house number: "1460 W. 78th St.", "the 7600 block of South Morgan".
  if (core.form == CoreNumber::Form::kDigits && !core.decimal && core.end == b + 1 &&
      text_.SameLine(core.end)) {
    std::optional<PhraseTable::Match> street = lexicon_.RoleAt(Role::kAddressAfter, text_, core.end);
    if (street && text_.SameLine(street->end) &&
        (text_.IsWord(street->end) || text_.IsDigits(street->end)) &&
        (text_[street->end].upper || text_.IsDigits(street->end))) {
      return true;
    }
  }
  if (core.form == CoreNumber::Form::kWords &&
      (!text_[b].upper || !text_[b - 1].upper || core.end != b + 1)) {
    return false;
  }
  for (std::size_t back = 1; back <= 2 && back <= b; ++back) {
    std::optional<PhraseTable::Match> word = lexicon_.RoleAt(Role::kDesignator, text_, b - back);
    if (word && word->end == b) return true;
    if (!text_.SameLine(b - back)) break;
  }
  return false;
}

// "1. ", "2) " at the start of a line: the number of an item in a list.
bool NumberReader::ListMarker(const Reading& reading) const {
  const CoreNumber& core = reading.core;
  std::size_t e = core.end;
  return core.form == CoreNumber::Form::kDigits && reading.start == core.begin &&
         core.end == core.begin + 1 && core.digits <= 2 && !reading.second &&
         (core.begin == 0 || !text_.SameLine(core.begin)) &&
         (text_.IsChar(e, '.') || text_.IsChar(e, ')')) && text_.Glued(e) &&
         text_.SameLine(e + 1) && !text_.Glued(e + 1);
}

// "one of the", "no one", "one might think", and "the old one.", "a big one, maybe", "the
// only one he has" (a determiner or an article and one word before a "one" that ends the
// phrase or that a function word follows, count_stop): the pronoun, not the number.
bool NumberReader::IsPronoun(const CoreNumber& core) const {
  std::size_t b = core.begin;
  // "at one point", "one by one", "all-in-one": idioms (one_idiom) around the "one".
  for (std::size_t back = 0; back <= 4 && back <= b; ++back) {
    if (back > 0 && !text_.SameLine(b - back + 1)) break;
    std::optional<PhraseTable::Match> idiom = lexicon_.RoleAt(Role::kOneIdiom, text_, b - back);
    if (idiom && idiom->end > b) return true;
  }
  if (b >= 1 && text_.SameLine(b)) {
    std::optional<PhraseTable::Match> before =
        lexicon_.RoleAt(Role::kOnePronounBefore, text_, b - 1);
    if (before && before->end == b) return true;
  }
  std::size_t e = core.end;
  bool phrase_ends = e >= text_.size() || !text_.SameLine(e) ||
                     (!text_.IsWord(e) && !text_.IsDigits(e)) ||
                     (!text_.Glued(e) && lexicon_.Is(Role::kCountStop, text_, e));
  if (phrase_ends && b >= 2 && text_.SameLine(b) && text_.SameLine(b - 1) &&
      text_.IsWord(b - 1) && !text_[b - 1].upper && !lexicon_.NumberWordAt(text_, b - 1)) {
    std::optional<PhraseTable::Match> determiner =
        lexicon_.RoleAt(Role::kOnePronounBefore, text_, b - 2);
    if (determiner && determiner->end == b - 1) return true;
    const NumberWord* article = lexicon_.NumberWordAt(text_, b - 2);
    if (article != nullptr && article->word_class == WordClass::kArticle) return true;
  }
  return text_.SameLine(core.end) && lexicon_.Is(Role::kOnePronounAfter, text_, core.end);
}

// A day number or year inside a written date: "January 9", "Jan. 9", "9 January",
// "9th of January", "January 2022", "January 10, 2022", "10 January 2022" (the year follows a
// month, so the last is the month-before case).
bool NumberReader::InDate(const CoreNumber& core) const {
  if (core.form != CoreNumber::Form::kDigits || core.grouped || core.decimal ||
      core.scale != 1 || core.identifier || core.is_time()) {
    return false;
  }
  std::size_t b = core.begin;
  bool day = core.digits <= 2 && core.value >= 1 && core.value <= 31;
  bool year = core.digits == 4 && !core.ordinal && core.value >= 1000 && core.value <= 2999;
  if (!day && !year) return false;
  auto month_ends_at = [&](std::size_t k) {  // a month name whose last token is k - 1
    if (k >= 1 && lexicon_.MonthAt(text_, k - 1)) return true;
    return k >= 2 && text_.IsChar(k - 1, '.') && text_.Glued(k - 1) &&
           lexicon_.MonthAt(text_, k - 2);
  };
  if (text_.SameLine(b) && month_ends_at(b)) return true;
  if (day) {
    std::size_t e = core.end;
    if (text_.SameLine(e) && lexicon_.MonthAt(text_, e)) return true;
    if (text_.SameLine(e) && lexicon_.Is(Role::kOf, text_, e) && text_.SameLine(e + 1) &&
        lexicon_.MonthAt(text_, e + 1)) {
      return true;
    }
    return false;
  }
  // A year after "Month D," or "Month D".
  std::size_t k = b;
  if (k >= 1 && text_.IsChar(k - 1, ',') && text_.SameLine(k)) --k;
  if (k >= 1 && text_.DigitCount(k - 1) <= 2 && text_.IsDigits(k - 1) && text_.SameLine(k) &&
      text_.SameLine(k - 1)) {
    return month_ends_at(k - 1);
  }
  if (k >= 2 && text_.IsWord(k - 1) && text_.Glued(k - 1) && text_.IsDigits(k - 2) &&
      text_.DigitCount(k - 2) <= 2) {  // "January 10th, 2022"
    return month_ends_at(k - 2);
  }
  return false;
}

// "$1.2 million over three years", "fell 3.4% over seven days": "over" (period_over) right
// after an amount is the period the amount is spread over, not "more than" the number after it;
// so is "over" right after a verb of period_verb ("averaged over seven days").
bool NumberReader::OverAPeriod(std::size_t i, std::size_t end) const {
  if (end != i + 1 || i == 0 || !text_.SameLine(i)) return false;
  if (i - 1 >= floor_ && lexicon_.Is(Role::kPeriodVerb, text_, i - 1)) {
    return lexicon_.Is(Role::kPeriodOver, text_, i);
  }
  if (mentions_.empty() || mentions_.back().span.end != text_[i - 1].end) return false;
  NumberKind kind = mentions_.back().kind;
  return (kind == NumberKind::kCount || kind == NumberKind::kMoney ||
          kind == NumberKind::kPercent || kind == NumberKind::kMeasure) &&
         lexicon_.Is(Role::kPeriodOver, text_, i);
}

// "May 27 and 28", "April 17-20", "June 3 or 4": a day number joined to the day of a date
// read just before it, when no counted noun follows ("on May 27 and 28 people" counts).
bool NumberReader::DayAfterDate(const Reading& reading) const {
  const CoreNumber& core = reading.core;
  std::size_t b = core.begin;
  if (mentions_.empty() || mentions_.back().kind != NumberKind::kDate ||
      core.form != CoreNumber::Form::kDigits || core.digits > 2 || core.value < 1 ||
      core.value > 31 || core.decimal || core.scale != 1 || core.end != b + 1 ||
      reading.start != b || reading.approx || reading.currency || reading.second || b < 2 ||
      !text_.SameLine(b) || !text_.SameLine(b - 1)) {
    return false;
  }
  const NumberMention& date = mentions_.back();
  if (date.value < 1 || date.value > 31 || date.span.end != text_[b - 2].end) return false;
  std::optional<PhraseTable::Match> joint = lexicon_.RoleAt(Role::kRangeAnd, text_, b - 1);
  if (!joint) joint = lexicon_.RoleAt(Role::kRangeTo, text_, b - 1);
  return joint && joint->end == b && CountUnit(core.end, /*compound=*/false).empty();
}

// An operator before or after the number ("2 + 2", "x = 5"); not a plus glued to the digits and
// to no word or number before it, which is a sign ("(+5 points)", "a +3 margin").
bool NumberReader::NextToOperator(std::size_t begin, std::size_t end) const {
  if (begin >= 1 && text_.SameLine(begin) && lexicon_.Is(Role::kMathOperator, text_, begin - 1)) {
    bool sign = text_.IsChar(begin - 1, '+') && text_.Glued(begin) &&
                (begin == 1 || !text_.Glued(begin - 1) ||
                 !(text_.IsWord(begin - 2) || text_.IsDigits(begin - 2)));
    if (!sign) return true;
  }
  return text_.SameLine(end) && lexicon_.Is(Role::kMathOperator, text_, end);
}

// Whether token k is written like a product or an acronym rather than a capitalised word:
// a capital after its first letter ("iPhone", "PlayStation", "BBC", "NHS"), not "Windows" nor
// "Coverage" (scraped pages run site names into headlines: "Related Coverage 4 injured").
bool NumberReader::NameShaped(std::size_t k) const {
  std::string_view word = text_.Text(k);
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  return !word.empty() && std::any_of(word.begin() + 1, word.end(), upper);
}

// A bare number that names something instead of counting, when no counted noun follows: in
// digits after a verb that takes a telephone number ("call 112", "dial 911", number_context
// phone_verb); or of at most three digits, or a capitalised number word, right after a word
// shaped like a name (NameShaped, or a single capital: "the iPhone 16", "the NHS 111 line",
// "the S&P 500", "BBC One"; "at junction 10" is a designator). Not after a month or weekday
// ("in March 12 died"), nor after the first word of a sentence ("Only 12 of the 27"), nor
// before a capitalised word (a title-case headline: "SHOOTING LEAVES ONE DEAD").
bool NumberReader::NamedNumber(const Reading& reading) const {
  const CoreNumber& core = reading.core;
  std::size_t b = core.begin;
  if (reading.approx || reading.sign || reading.second || reading.currency ||
      core.scale != 1 || core.grouped || core.decimal || reading.start != b ||
      core.end != b + 1 || b == 0 || b - 1 < floor_ || !text_.SameLine(b) || text_.Glued(b) ||
      !text_.IsWord(b - 1)) {
    return false;
  }
  if (!CountUnit(core.end).empty()) return false;
  std::size_t p = b - 1;
  if (core.form == CoreNumber::Form::kDigits && !IsYearValue(core) &&
      lexicon_.Is(Role::kPhoneVerb, text_, p)) {
    return true;
  }
  if (!NameShaped(p) && !(text_.Text(p).size() == 1 && text_[p].upper)) return false;
  if (core.form == CoreNumber::Form::kWords) {
    if (!text_[b].upper) return false;
  } else if (core.form != CoreNumber::Form::kDigits || core.digits > 3) {
    return false;
  }
  // A capitalised word after it makes a title-case line ("Shooting Leaves One Dead").
  if (text_.SameLine(b + 1) && text_.IsWord(b + 1) && text_[b + 1].upper) return false;
  if (p == 0 || !text_.SameLine(p)) return false;
  for (char c : {'.', '!', '?', ':', ';', '"', '\'', '(', '['}) {
    if (text_.IsChar(p - 1, c)) return false;
  }
  if (!text_.IsWord(p - 1) && !text_.IsDigits(p - 1) && !text_.Glued(p)) return false;
  return lexicon_.MonthAt(text_, p) == nullptr && lexicon_.WeekdayAt(text_, p) == 0;
}

}  // namespace tally::internal
