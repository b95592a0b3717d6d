// Numbers written in digits (ReadDigitNumber of core_number.h).
#include <algorithm>
#include <cmath>
#include <string_view>

#include "analyse/core_number.h"

namespace tally::internal {
namespace {

// A double holds 15 significant decimal digits exactly; longer runs are codes, not amounts.
constexpr std::size_t kMaxExactDigits = 15;
// An unseparated run of more digits than this is a phone number or an id, never a count:
// news prose writes 1,000,000,000 or "1 billion", not 1000000000.
constexpr std::size_t kMaxPlainDigits = 9;
// White space between space-grouped thousands: one space, a no-break space (2 bytes in UTF-8)
// or a narrow no-break space (3 bytes), as SI and ISO 31-0 recommend.
constexpr std::size_t kMaxGroupGap = 3;

double DigitsValue(std::string_view digits) {
  double value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

int SmallValue(const TokenizedText& text, std::size_t i) {
  std::string_view digits = text.Text(i);
  if (digits.size() > 4) return -1;
  return static_cast<int>(DigitsValue(digits));
}

bool IsApostrophe(const TokenizedText& text, std::size_t i) {
  if (i >= text.size()) return false;
  std::string_view s = text.Text(i);
  return s == "'" || s == "\xE2\x80\x99";  // U+2019 RIGHT SINGLE QUOTATION MARK
}

bool MonthBefore(const TokenizedText& text, std::size_t i, const Lexicon& lexicon) {
  if (i >= 1 && lexicon.MonthAt(text, i - 1)) return true;
  return i >= 2 && text.IsChar(i - 1, '.') && text.Glued(i - 1) && lexicon.MonthAt(text, i - 2);
}

// The token after the glued tail of a code that continues at token k: words, digits, and
// hyphens between them ("16x9", "4G", "MH17B", "A-320-neo").
std::size_t CodeEnd(const TokenizedText& text, std::size_t k) {
  while (true) {
    if (text.Glued(k) && (text.IsWord(k) || text.IsDigits(k))) {
      ++k;
    } else if (text.Glued(k) && text.IsChar(k, '-') && text.Glued(k + 1) &&
               (text.IsWord(k + 1) || text.IsDigits(k + 1))) {
      k += 2;
    } else {
      return k;
    }
  }
}

// Number of digit groups joined by sep without spaces from token i ("2022-01-10" -> 3), and
// the token after them.
std::size_t ChainGroups(const TokenizedText& text, std::size_t i, char sep, std::size_t* end) {
  std::size_t groups = 1;
  std::size_t k = i + 1;
  while (text.Glued(k) && text.IsChar(k, sep) && text.Glued(k + 1) && text.IsDigits(k + 1)) {
    ++groups;
    k += 2;
  }
  *end = k;
  return groups;
}

// Day-month-year or month-day-year with a 2- or 4-digit year: "10.01.2022", "1/10/22".
bool LooksLikeDmy(const TokenizedText& text, std::size_t i) {
  return text.DigitCount(i) <= 2 && text.DigitCount(i + 2) <= 2 &&
         (text.DigitCount(i + 4) == 4 || text.DigitCount(i + 4) == 2) &&
         SmallValue(text, i) >= 1 && SmallValue(text, i) <= 31 &&
         SmallValue(text, i + 2) >= 1 && SmallValue(text, i + 2) <= 31;
}

// Codes that start before the digits: letters glued to them ("MH17", "G7"), a word and a
// hyphen ("Khabat-24", "COVID-19"; not "mid-2019" nor "magnitude-5.1"), a phone number after
// "+". Returns the
// first token of the code, or i when there is none.
std::size_t CodeStart(const TokenizedText& text, std::size_t i, const Lexicon& lexicon) {
  if (!text.Glued(i) || i == 0) return i;
  if (text.IsWord(i - 1)) return i - 1;
  if (i >= 2 && text.IsChar(i - 1, '-') && text.Glued(i - 1) && text.IsWord(i - 2)) {
    std::optional<PhraseTable::Match> prefix = lexicon.RoleAt(Role::kHyphenPrefix, text, i - 2);
    if (prefix && prefix->end == i - 1) return i;
    if (lexicon.NumberWordAt(text, i - 2)) return i;
    // "a magnitude-5.1 tremor": a unit written before the number (number_context.tsv).
    std::optional<PhraseTable::Match> before = lexicon.RoleAt(Role::kUnitBefore, text, i - 2);
    if (before && before->end == i - 1) return i;
    // "5k-20k", "10km-15km": the word is the scale or unit of a number before.
    if (i >= 3 && text.Glued(i - 2) && text.IsDigits(i - 3)) {
      std::optional<PhraseTable::Match> scale = lexicon.ScaleAt(text, i - 2);
      std::optional<PhraseTable::Match> unit = lexicon.UnitAt(text, i - 2);
      if ((scale && scale->end == i - 1) || (unit && unit->end == i - 1)) return i;
    }
    return i - 2;
  }
  return i;
}

// "+7 727 123 4567": the token after the phone number that starts with "+" at token i - 1,
// or i when it is not one (a single group, "+5", is arithmetic).
std::size_t PhoneEnd(const TokenizedText& text, std::size_t i) {
  if (i == 0 || !text.IsChar(i - 1, '+') || !text.Glued(i)) return i;
  if (i >= 2 && text.Glued(i - 1) && text.IsDigits(i - 2)) return i;  // "13+4"
  std::size_t k = i + 1;
  while (true) {
    if (text.SameLine(k) && text.GapBefore(k) == 1 && text.DigitCount(k) >= 2 &&
        text.DigitCount(k) <= 4) {
      ++k;
    } else if (text.Glued(k) && text.IsChar(k, '-') && text.Glued(k + 1) && text.IsDigits(k + 1)) {
      k += 2;
    } else {
      break;
    }
  }
  return k > i + 1 ? k : i;
}

// "(727) 555-1234": the North American form with the area code in brackets. Returns the
// token after it when token i is the area code, else i.
std::size_t BracketedPhoneEnd(const TokenizedText& text, std::size_t i) {
  if (i == 0 || !text.IsChar(i - 1, '(') || !text.Glued(i) || text.DigitCount(i) != 3 ||
      !text.IsChar(i + 1, ')') || !text.Glued(i + 1) || !text.SameLine(i + 2) ||
      text.DigitCount(i + 2) != 3 || !text.IsChar(i + 3, '-') || !text.Glued(i + 3) ||
      !text.Glued(i + 4) || text.DigitCount(i + 4) != 4) {
    return i;
  }
  return i + 5;
}

// "555-1234": a local phone number (three digits, a hyphen, four digits, nothing glued after).
// A count range of that shape ends in a round figure ("500-1000", "150-1200"), so a second
// group that does not end in "00" makes it a number to dial. Returns the token after it, or i.
std::size_t LocalPhoneEnd(const TokenizedText& text, std::size_t i) {
  if (text.DigitCount(i) != 3 || !text.IsDigits(i) || !text.IsChar(i + 1, '-') ||
      !text.Glued(i + 1) || !text.Glued(i + 2) || !text.IsDigits(i + 2) ||
      text.DigitCount(i + 2) != 4 || (text.Glued(i + 3) && text.SameLine(i + 3))) {
    return i;
  }
  std::string_view second = text.Text(i + 2);
  if (second.size() == 4 && second.substr(2) == "00") return i;
  return i + 3;
}

// "0800 555 0199", "020-7946-0958", "007": a run of three or more digits with a leading zero
// is dialled or keyed, never counted (figures are not written with leading zeros); the groups
// that follow it (two to four digits, one space or a hyphen apart) belong to it. Returns the
// token after it, or i. Four digits alone ("0800 GMT") and two ("08:30", "05/06") are left to
// clocks and dates.
std::size_t DialledNumberEnd(const TokenizedText& text, std::size_t i) {
  std::string_view first = text.Text(i);
  if (text.DigitCount(i) < 3 || first[0] != '0' ||
      first.find_first_not_of('0') == std::string_view::npos) {  // "000": a split "12 000"
    return i;
  }
  if (text.IsChar(i + 1, '.') && text.Glued(i + 1) && text.IsDigits(i + 2)) return i;
  std::size_t k = i + 1;
  while (true) {
    if (text.SameLine(k) && !text.Glued(k) && text.GapBefore(k) == 1 &&
        text.DigitCount(k) >= 2 && text.DigitCount(k) <= 4) {
      ++k;
    } else if (text.Glued(k) && text.IsChar(k, '-') && text.Glued(k + 1) &&
               text.DigitCount(k + 1) >= 2) {
      k += 2;
    } else {
      break;
    }
  }
  // Four digits alone may be a military time ("0800 GMT"), left to the time tagger.
  if (k == i + 1 && text.DigitCount(i) == 4) return i;
  return k;
}

// "10:30", "0:03:20": sets the clock fields and end when token i starts one.
bool ReadClock(const TokenizedText& text, std::size_t i, CoreNumber& core) {
  if (text.DigitCount(i) > 2 || !text.IsChar(i + 1, ':') || !text.Glued(i + 1) ||
      !text.Glued(i + 2) || text.DigitCount(i + 2) != 2) {
    return false;
  }
  int hour = SmallValue(text, i);
  int minute = SmallValue(text, i + 2);
  if (minute > 59) return false;
  int second = 0;
  std::size_t end = i + 3;
  bool has_seconds = false;
  if (text.IsChar(end, ':') && text.Glued(end) && text.Glued(end + 1) &&
      text.DigitCount(end + 1) == 2 && SmallValue(text, end + 1) <= 59) {
    second = SmallValue(text, end + 1);
    has_seconds = true;
    end += 2;
  }
  core.hour = hour;
  core.minute = minute;
  core.second = second;
  core.has_seconds = has_seconds;
  core.value = hour * 3600.0 + minute * 60.0 + second;
  core.end = end;
  return true;
}

}  // namespace

std::optional<CoreNumber> ReadDigitNumber(const TokenizedText& text, std::size_t i,
                                          const Lexicon& lexicon) {
  if (!text.IsDigits(i)) return std::nullopt;
  CoreNumber core;
  core.begin = i;
  core.end = i + 1;
  core.form = CoreNumber::Form::kDigits;
  std::string_view first = text.Text(i);
  core.digits = first.size();
  if (first.size() <= kMaxExactDigits) core.value = DigitsValue(first);

  if (std::size_t start = CodeStart(text, i, lexicon); start != i) {
    core.begin = start;
    core.identifier = true;
    core.end = CodeEnd(text, i + 1);
    return core;
  }
  if (std::size_t end = PhoneEnd(text, i); end != i) {
    core.begin = i - 1;
    core.identifier = true;
    core.end = end;
    return core;
  }
  if (std::size_t end = BracketedPhoneEnd(text, i); end != i) {
    core.begin = i - 1;
    core.identifier = true;
    core.end = end;
    return core;
  }
  if (std::size_t end = LocalPhoneEnd(text, i); end != i) {
    core.identifier = true;
    core.end = end;
    return core;
  }
  if (std::size_t end = DialledNumberEnd(text, i); end != i) {
    core.identifier = true;
    core.end = end;
    return core;
  }
  if (ReadClock(text, i, core)) {
    ApplyClockMarker(text, core.end, lexicon, core);
    return core;
  }

  // Numeric dates and dotted or slashed codes.
  std::size_t chain_end = i + 1;
  if (ChainGroups(text, i, '-', &chain_end) >= 3) {
    core.end = chain_end;
    bool iso = chain_end == i + 5 && text.DigitCount(i) == 4 && text.DigitCount(i + 2) == 2 &&
               text.DigitCount(i + 4) == 2;
    (iso ? core.numeric_date : core.identifier) = true;
    return core;
  }
  for (char sep : {'.', '/'}) {
    std::size_t groups = ChainGroups(text, i, sep, &chain_end);
    if (groups >= 3 || (sep == '/' && groups == 2)) {
      core.end = chain_end;
      (groups == 3 && LooksLikeDmy(text, i) ? core.numeric_date : core.identifier) = true;
      return core;
    }
  }

  // Integer part with thousands separators: "7,939", "1,000,000", "12 000", and the South Asian
  // "12,34,567" (pairs of digits above the thousands).
  std::size_t k = i + 1;
  if (first.size() <= 2) {
    std::size_t j = i + 1;
    double value = core.value;
    std::size_t pairs = 0;
    while (text.IsChar(j, ',') && text.Glued(j) && text.Glued(j + 1) &&
           text.DigitCount(j + 1) == 2) {
      value = value * 100 + DigitsValue(text.Text(j + 1));
      ++pairs;
      j += 2;
    }
    bool more = text.IsChar(j + 2, ',') && text.Glued(j + 2) && text.Glued(j + 3) &&
                text.IsDigits(j + 3);
    if (pairs > 0 && text.IsChar(j, ',') && text.Glued(j) && text.Glued(j + 1) &&
        text.DigitCount(j + 1) == 3 && !more) {
      core.value = value * 1000 + DigitsValue(text.Text(j + 1));
      core.digits += 2 * pairs + 3;
      core.grouped = true;
      k = j + 2;
    }
  }
  if (first.size() <= 3 && !core.grouped) {
    while (text.IsChar(k, ',') && text.Glued(k) && text.Glued(k + 1) &&
           text.DigitCount(k + 1) == 3) {
      core.value = core.value * 1000 + DigitsValue(text.Text(k + 1));
      core.digits += 3;
      core.grouped = true;
      k += 2;
    }
    // Space grouping is refused after a month name ("January 9 500 people").
    if (!core.grouped && !MonthBefore(text, i, lexicon)) {
      // A group followed by ".5" ends the number with its decimals ("1 234 567.89"); by
      // anything else glued and digits, it starts a code or date ("9 10.01.2022").
      auto starts_code = [&](std::size_t g) {
        if (!(text.Glued(g + 1) && !text.IsWord(g + 1) && text.IsDigits(g + 2))) return false;
        bool decimals = text.IsChar(g + 1, '.') && text.Glued(g + 2) &&
                        !(text.Glued(g + 3) && !text.IsWord(g + 3) && text.IsDigits(g + 4));
        return !decimals;
      };
      while (text.SameLine(k) && text[k].space_before && text.GapBefore(k) <= kMaxGroupGap &&
             text.DigitCount(k) == 3 && !starts_code(k)) {
        core.value = core.value * 1000 + DigitsValue(text.Text(k));
        core.digits += 3;
        core.grouped = true;
        ++k;
      }
    }
  }
  // Decimal part: "1.5", "2.3bn".
  if (text.IsChar(k, '.') && text.Glued(k) && text.Glued(k + 1) && text.IsDigits(k + 1)) {
    std::string_view fraction = text.Text(k + 1);
    if (fraction.size() > kMaxExactDigits) fraction = fraction.substr(0, kMaxExactDigits);
    core.value += DigitsValue(fraction) / std::pow(10.0, static_cast<double>(fraction.size()));
    core.decimal = true;
    k += 2;
  }
  // "2½": a fraction glyph glued to a whole number.
  if (!core.decimal && text.Glued(k)) {
    if (std::optional<double> glyph = lexicon.FractionGlyphAt(text, k)) {
      core.value += *glyph;
      core.decimal = true;
      ++k;
    }
  }
  core.end = k;
  if (core.digits > kMaxExactDigits) core.value = 0;
  if (core.digits > kMaxExactDigits || (core.digits > kMaxPlainDigits && !core.grouped)) {
    core.identifier = true;
    core.end = CodeEnd(text, k);
    return core;
  }
  // "(601857.SS)", "(0700.HK)": a stock code, the digits and an exchange suffix in brackets.
  if (!core.grouped && !core.decimal && i >= 1 && text.IsChar(i - 1, '(') && text.Glued(i) &&
      text.IsChar(k, '.') && text.Glued(k) && text.Glued(k + 1) && text.IsWord(k + 1) &&
      text.IsChar(k + 2, ')') && text.Glued(k + 2)) {
    std::string_view suffix = text.Text(k + 1);
    if (suffix.size() <= 2 &&
        std::all_of(suffix.begin(), suffix.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      core.identifier = true;
      core.end = k + 2;
      return core;
    }
  }

  // What is glued after the digits.
  if (text.Glued(k) && text.IsWord(k)) {
    bool plain = !core.grouped && !core.decimal;
    std::optional<PhraseTable::Match> suffix;
    if (plain && (suffix = lexicon.RoleAt(Role::kOrdinalSuffix, text, k)) && suffix->end == k + 1) {
      core.ordinal = true;
      core.end = k + 1;
    } else if (plain && core.digits == 4 && std::fmod(core.value, 10) == 0 &&
               (suffix = lexicon.RoleAt(Role::kDecadeSuffix, text, k)) && suffix->end == k + 1) {
      core.decade = true;
      core.end = k + 1;
    } else if (std::optional<PhraseTable::Match> scale = lexicon.ScaleAt(text, k)) {
      core.scale = lexicon.scale(scale->id).multiplier;
      core.value *= core.scale;
      core.end = scale->end;
    } else if (ApplyClockMarker(text, k, lexicon, core)) {
      // "10am", "10.30pm"
    } else if (lexicon.UnitAt(text, k)) {
      // "10km": the unit is read by the number reader.
    } else if (lexicon.CurrencyAt(text, k)) {
      // "5USD": likewise.
    } else {
      core.identifier = true;  // "16x9", "4G", "3D"
      core.end = CodeEnd(text, k);
    }
    return core;
  }
  // "1990's"
  if (IsApostrophe(text, k) && text.Glued(k) && text.Glued(k + 1) && core.digits == 4 &&
      !core.grouped && !core.decimal && std::fmod(core.value, 10) == 0) {
    std::optional<PhraseTable::Match> suffix = lexicon.RoleAt(Role::kDecadeSuffix, text, k + 1);
    if (suffix && suffix->end == k + 2) {
      core.decade = true;
      core.end = k + 2;
      return core;
    }
  }
  // "67+ million", "10+ years": a plus glued to the figure (not a sum: "2+2") means at least it.
  if (text.IsChar(k, '+') && text.Glued(k) && !(text.Glued(k + 1) && text.IsDigits(k + 1)) &&
      !(text.SameLine(k + 1) && (text.IsDigits(k + 1) || text.IsChar(k + 1, '=')))) {
    core.plus = true;
    ++k;
    core.end = k;
  }
  // A scale word after a space: "1.5 million", "19 million", "2.3 bn"; or after a hyphen, as
  // Canadian and some American copy writes amounts: "a $3.5-billion deal".
  if (text.IsChar(k, '-') && text.Glued(k) && text.Glued(k + 1) && text.IsWord(k + 1)) {
    std::optional<PhraseTable::Match> scale = lexicon.ScaleAt(text, k + 1);
    if (scale && !lexicon.scale(scale->id).glued_only) k = k + 1;
  }
  if (text.SameLine(k) && text.IsWord(k)) {
    std::optional<PhraseTable::Match> scale = lexicon.ScaleAt(text, k);
    if (scale && !lexicon.scale(scale->id).glued_only) {
      core.scale = lexicon.scale(scale->id).multiplier;
      core.value *= core.scale;
      core.end = scale->end;
      // "1.5 lakh crore", "2 thousand million": a larger scale after multiplies again.
      std::optional<PhraseTable::Match> larger;
      if (text.SameLine(core.end) && (larger = lexicon.ScaleAt(text, core.end)) &&
          !lexicon.scale(larger->id).glued_only &&
          lexicon.scale(larger->id).multiplier > core.scale) {
        core.scale *= lexicon.scale(larger->id).multiplier;
        core.value *= lexicon.scale(larger->id).multiplier;
        core.end = larger->end;
      }
    }
  }
  return core;
}

bool ApplyClockMarker(const TokenizedText& text, std::size_t k, const Lexicon& lexicon,
                      CoreNumber& core) {
  if (k >= text.size() || !text.SameLine(k)) return false;
  std::optional<PhraseTable::Match> marker;
  bool pm = false;
  bool oclock = false;
  if ((marker = lexicon.RoleAt(Role::kClockAm, text, k))) {
  } else if ((marker = lexicon.RoleAt(Role::kClockPm, text, k))) {
    pm = true;
  } else if ((marker = lexicon.RoleAt(Role::kClockOclock, text, k))) {
    oclock = true;
  } else {
    return false;
  }
  // "10 am" in lower case could be the verb in "10 am I"; tolerable: news rarely has it.
  int hour;
  int minute = 0;
  if (core.is_time()) {
    if (core.has_seconds || oclock) return false;
    hour = core.hour;
    minute = core.minute;
  } else if (core.decimal && !core.grouped && core.digits <= 2) {
    // "10.30pm": the decimal part is minutes.
    double whole = std::floor(core.value);
    double minutes = std::round((core.value - whole) * 100);
    if (oclock || minutes > 59) return false;
    hour = static_cast<int>(whole);
    minute = static_cast<int>(minutes);
  } else if (!core.grouped && !core.decimal && !core.ordinal && core.scale == 1 &&
             core.value == std::floor(core.value) && core.value <= 12) {
    hour = static_cast<int>(core.value);
  } else {
    return false;
  }
  if (hour < 1 || hour > 12) return false;
  if (pm && hour < 12) hour += 12;
  if (!pm && !oclock && hour == 12) hour = 0;
  core.hour = hour;
  core.minute = minute;
  core.second = 0;
  core.clock_marker = true;
  core.value = hour * 3600.0 + minute * 60.0;
  core.end = marker->end;
  return true;
}

}  // namespace tally::internal
