#include "analyse/lexicon.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <string_view>
#include <utility>

#include "common/data_files.h"

namespace tally::internal {
namespace {

std::optional<double> ParseDouble(std::string_view s) {
  double value = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

std::optional<int> ParseInt(std::string_view s) {
  int value = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

std::optional<WordClass> ParseWordClass(std::string_view s) {
  static constexpr std::pair<std::string_view, WordClass> kNames[] = {
      {"unit", WordClass::kUnit},       {"teen", WordClass::kTeen},
      {"tens", WordClass::kTens},       {"hundred", WordClass::kHundred},
      {"scale", WordClass::kScale},     {"dozen", WordClass::kDozen},
      {"article", WordClass::kArticle}, {"half", WordClass::kHalf},
      {"and", WordClass::kAnd}};
  for (const auto& [name, value] : kNames) {
    if (s == name) return value;
  }
  return std::nullopt;
}

std::optional<TimeUnit> ParseTimeUnit(std::string_view s) {
  static constexpr std::pair<std::string_view, TimeUnit> kNames[] = {
      {"second", TimeUnit::kSecond}, {"minute", TimeUnit::kMinute},
      {"hour", TimeUnit::kHour},     {"day", TimeUnit::kDay},
      {"week", TimeUnit::kWeek},     {"month", TimeUnit::kMonth},
      {"year", TimeUnit::kYear},     {"decade", TimeUnit::kDecade},
      {"century", TimeUnit::kCentury}};
  for (const auto& [name, value] : kNames) {
    if (s == name) return value;
  }
  return std::nullopt;
}

std::optional<TimexType> ParseTimexType(std::string_view s) {
  for (TimexType type : {TimexType::kDate, TimexType::kTime, TimexType::kDuration,
                         TimexType::kSet}) {
    if (s == TimexTypeName(type)) return type;
  }
  return std::nullopt;
}

// "day-1", "week+0", "quarter-1", "q3+0" (a named quarter), "=PRESENT_REF".
std::optional<TimeWord> ParseTimeRule(TimexType type, std::string_view rule) {
  TimeWord word;
  word.type = type;
  if (!rule.empty() && rule.front() == '=') {
    word.literal = std::string(rule.substr(1));
    return word.literal.empty() ? std::nullopt : std::optional<TimeWord>(word);
  }
  std::size_t sign = rule.find_first_of("+-");
  if (sign == std::string_view::npos || sign == 0) return std::nullopt;
  std::string_view unit = rule.substr(0, sign);
  if (unit != "day" && unit != "week" && unit != "weekend" && unit != "month" &&
      unit != "quarter" && unit != "year" && unit != "period" && unit != "q1" &&
      unit != "q2" && unit != "q3" && unit != "q4" && unit != "ref_day" &&
      unit != "ref_week" && unit != "ref_month" && unit != "ref_year") {
    return std::nullopt;
  }
  std::optional<int> amount = ParseInt(rule.substr(sign + 1));
  if (!amount) return std::nullopt;
  word.granularity = std::string(unit);
  word.offset = rule[sign] == '-' ? -*amount : *amount;
  return word;
}

// "12-25", "11/4#4", "11/2#1>2", "easter-2" (holidays.tsv).
std::optional<Holiday> ParseHolidayRule(std::string_view rule) {
  Holiday holiday;
  if (rule.substr(0, 6) == "easter") {
    std::string_view offset = rule.substr(6);
    if (!offset.empty() && offset.front() == '+') offset.remove_prefix(1);
    std::optional<int> days = ParseInt(offset);
    if (!days) return std::nullopt;
    holiday.easter = true;
    holiday.easter_offset = *days;
    return holiday;
  }
  std::size_t dash = rule.find('-');
  if (dash != std::string_view::npos && rule.find('/') == std::string_view::npos) {
    std::optional<int> month = ParseInt(rule.substr(0, dash));
    std::optional<int> day = ParseInt(rule.substr(dash + 1));
    if (!month || !day || *month < 1 || *month > 12 || *day < 1 || *day > 31) {
      return std::nullopt;
    }
    holiday.month = *month;
    holiday.day = *day;
    return holiday;
  }
  std::size_t slash = rule.find('/');
  std::size_t hash = rule.find('#');
  if (slash == std::string_view::npos || hash == std::string_view::npos || hash < slash) {
    return std::nullopt;
  }
  std::size_t from = rule.find('>');
  std::optional<int> month = ParseInt(rule.substr(0, slash));
  std::optional<int> weekday = ParseInt(rule.substr(slash + 1, hash - slash - 1));
  std::optional<int> nth = ParseInt(rule.substr(hash + 1, from == std::string_view::npos
                                                              ? std::string_view::npos
                                                              : from - hash - 1));
  std::optional<int> day =
      from == std::string_view::npos ? std::optional<int>(1) : ParseInt(rule.substr(from + 1));
  if (!month || !weekday || !nth || !day || *month < 1 || *month > 12 || *weekday < 1 ||
      *weekday > 7 || *nth < -1 || *nth > 5 || *nth == 0 || *day < 1 || *day > 28) {
    return std::nullopt;
  }
  holiday.month = *month;
  holiday.weekday = *weekday;
  holiday.nth = *nth;
  holiday.day = *day;
  return holiday;
}

constexpr std::pair<std::string_view, Role> kRoleNames[] = {
    {"one_pronoun_before", Role::kOnePronounBefore},
    {"one_pronoun_after", Role::kOnePronounAfter},
    {"ordinal_suffix", Role::kOrdinalSuffix},
    {"decade_suffix", Role::kDecadeSuffix},
    {"clock_am", Role::kClockAm},
    {"clock_pm", Role::kClockPm},
    {"clock_oclock", Role::kClockOclock},
    {"math_operator", Role::kMathOperator},
    {"range_to", Role::kRangeTo},
    {"range_and", Role::kRangeAnd},
    {"range_blocker", Role::kRangeBlocker},
    {"hyphen_prefix", Role::kHyphenPrefix},
    {"count_noun", Role::kCountNoun},
    {"not_unit", Role::kNotUnit},
    {"year_cue", Role::kYearCue},
    {"month_modifier", Role::kMonthModifier},
    {"weekday_last", Role::kWeekdayLast},
    {"weekday_next", Role::kWeekdayNext},
    {"weekday_this", Role::kWeekdayThis},
    {"window_start", Role::kWindowStart},
    {"ago", Role::kAgo},
    {"vague_quantity", Role::kVagueQuantity},
    {"duration_cue", Role::kDurationCue},
    {"future_cue", Role::kFutureCue},
    {"conditional_cue", Role::kConditionalCue},
    {"period_start_cue", Role::kPeriodStartCue},
    {"article_the", Role::kArticleThe},
    {"of", Role::kOf},
    {"time_zone", Role::kTimeZone},
    {"period_end", Role::kPeriodEnd},
    {"couple_quantity", Role::kCoupleQuantity},
    {"duration_qualifier", Role::kDurationQualifier},
    {"rate_after", Role::kRateAfter},
    {"rate_blocker", Role::kRateBlocker},
    {"deadline_cue", Role::kDeadlineCue},
    {"report_period", Role::kReportPeriod},
    {"past_perfect", Role::kPastPerfect},
    {"name_title", Role::kNameTitle},
    {"weekday_previous", Role::kWeekdayPrevious},
    {"week_of", Role::kWeekOf},
    {"every", Role::kEvery},
    {"designator", Role::kDesignator},
    {"ambiguous_month", Role::kAmbiguousMonth},
    {"unit_modifier", Role::kUnitModifier},
    {"unit_kind", Role::kUnitKind},
    {"weekday_deadline", Role::kWeekdayDeadline},
    {"deadline_grant", Role::kDeadlineGrant},
    {"deadline_blocker", Role::kDeadlineBlocker},
    {"conditional_past", Role::kConditionalPast},
    {"future_modal", Role::kFutureModal},
    {"from_now", Role::kFromNow},
    {"unit_sequence", Role::kUnitSequence},
    {"another", Role::kAnother},
    {"month_ahead", Role::kMonthAhead},
    {"possessive", Role::kPossessive},
    {"month_noun", Role::kMonthNoun},
    {"election_noun", Role::kElectionNoun},
    {"month_cue", Role::kMonthCue},
    {"figurative_time", Role::kFigurativeTime},
    {"figurative_cue", Role::kFigurativeCue},
    {"window_ahead", Role::kWindowAhead},
    {"span_qualifier", Role::kSpanQualifier},
    {"approx_after", Role::kApproxAfter},
    {"modal_before", Role::kModalBefore},
    {"time_name", Role::kTimeName},
    {"past_verb", Role::kPastVerb},
    {"progressive_be", Role::kProgressiveBe},
    {"progressive_blocker", Role::kProgressiveBlocker},
    {"period_ordinal", Role::kPeriodOrdinal},
    {"period_prefix", Role::kPeriodPrefix},
    {"fraction_after", Role::kFractionAfter},
    {"range_opener", Role::kRangeOpener},
    {"unit_before", Role::kUnitBefore},
    {"age_before", Role::kAgeBefore},
    {"period_over", Role::kPeriodOver},
    {"period_verb", Role::kPeriodVerb},
    {"one_idiom", Role::kOneIdiom},
    {"address_after", Role::kAddressAfter},
    {"phone_verb", Role::kPhoneVerb},
    {"count_modifier", Role::kCountModifier},
    {"count_stop", Role::kCountStop},
    {"number_adjective", Role::kNumberAdjective},
    {"collective_noun", Role::kCollectiveNoun},
    {"singular_s", Role::kSingularInS},
};

// Roles whose phrases may be the first words of a time expression (TimeTagger's matchers
// start with them: "last Monday", "the past week", "early January", "several days").
bool OpensTimeExpression(Role role) {
  switch (role) {
    case Role::kWeekdayLast:
    case Role::kWeekdayNext:
    case Role::kWeekdayThis:
    case Role::kWindowStart:
    case Role::kArticleThe:
    case Role::kMonthModifier:
    case Role::kVagueQuantity:
    case Role::kCoupleQuantity:
    case Role::kEvery:
    case Role::kAnother:
      return true;
    default:
      return false;
  }
}

// Appends payload to info and adds phrase to table under its index.
template <typename T>
void AddEntry(PhraseTable& table, std::vector<T>& info, std::string_view phrase, T payload) {
  table.Add(phrase, static_cast<int>(info.size()));
  info.push_back(std::move(payload));
}

}  // namespace

Lexicon::Lexicon() {
  for (const DataRow& row : DataRows("analyse/number_words.tsv")) {
    if (row.fields.size() < 3) continue;
    if (row.fields[2] == "sign") {  // "minus", "−": not a number word, a prefix to one
      signs_.Add(row.fields[0], 0);
      // A sign word starts a mention; a sign character is found from the digits after it.
      if (!row.fields[0].empty() && std::isalpha(static_cast<unsigned char>(row.fields[0][0]))) {
        number_starts_.Add(row.fields[0], 0);
      }
      continue;
    }
    std::optional<double> value = ParseDouble(row.fields[1]);
    std::optional<WordClass> word_class = ParseWordClass(row.fields[2]);
    if (!value || !word_class) continue;
    bool ordinal = row.fields.size() > 3 && row.fields[3] == "ordinal";
    AddEntry(number_words_, number_word_info_, row.fields[0],
             NumberWord{*value, *word_class, ordinal});
    number_starts_.Add(row.fields[0], 0);
    time_starts_.Add(row.fields[0], 0);
  }
  for (const DataRow& row : DataRows("analyse/scales.tsv")) {
    if (row.fields.size() < 3) continue;
    std::optional<double> multiplier = ParseDouble(row.fields[1]);
    if (!multiplier || (row.fields[2] != "glued" && row.fields[2] != "any")) continue;
    AddEntry(scales_, scale_info_, row.fields[0], Scale{*multiplier, row.fields[2] == "glued"});
  }
  for (const DataRow& row : DataRows("analyse/qualifiers.tsv")) {
    if (row.fields.size() == 4 && row.fields[0] == "@interval") {
      std::optional<Approx> approx = TryParseApprox(row.fields[1]);
      std::optional<double> lo = ParseDouble(row.fields[2]);
      std::optional<double> hi = ParseDouble(row.fields[3]);
      if (approx && lo && hi) intervals_[static_cast<std::size_t>(*approx)] = {*lo, *hi};
      continue;
    }
    if (row.fields.size() < 2) continue;
    std::optional<Approx> approx = TryParseApprox(row.fields[1]);
    if (!approx || *approx == Approx::kVague) continue;
    if (row.fields.size() > 2 && row.fields[2] == "after") {
      if (*approx == Approx::kRange) continue;
      AddEntry(qualifiers_after_, qualifier_info_, row.fields[0], *approx);
      continue;
    }
    AddEntry(qualifiers_, qualifier_info_, row.fields[0], *approx);
    number_starts_.Add(row.fields[0], 0);
  }
  for (const DataRow& row : DataRows("analyse/vague.tsv")) {
    if (row.fields.size() < 3) continue;
    std::optional<double> lo = ParseDouble(row.fields[1]);
    std::optional<double> hi = ParseDouble(row.fields[2]);
    if (!lo || !hi || *lo > *hi) continue;
    VagueAmount amount{*lo, *hi, row.fields.size() > 3 ? row.fields[3] : std::string()};
    AddEntry(vague_, vague_info_, row.fields[0], std::move(amount));
    number_starts_.Add(row.fields[0], 0);
    time_starts_.Add(row.fields[0], 0);
  }
  for (const DataRow& row : DataRows("analyse/currencies.tsv")) {
    if (row.fields.size() < 2) continue;
    std::string_view position = row.fields[1];
    CurrencyPosition value;
    if (position == "before") {
      value = CurrencyPosition::kBefore;
    } else if (position == "after") {
      value = CurrencyPosition::kAfter;
    } else if (position == "either") {
      value = CurrencyPosition::kEither;
    } else {
      continue;
    }
    AddEntry(currencies_, currency_info_, row.fields[0], value);
    // A currency written only after the amount ("tenge") is found from the number; keeping
    // it out of the filter keeps the filter sparse.
    if (value != CurrencyPosition::kAfter) number_starts_.Add(row.fields[0], 0);
  }
  for (const DataRow& row : DataRows("analyse/units.tsv")) {
    if (row.fields.size() < 3) continue;
    Unit unit;
    unit.unit_class = row.fields[1];
    if (row.fields[2] == "any") {
      unit.attach = UnitAttach::kAny;
    } else if (row.fields[2] == "glued") {
      unit.attach = UnitAttach::kGlued;
    } else {
      continue;
    }
    if (row.fields.size() > 3) {
      std::optional<TimeUnit> time_unit = ParseTimeUnit(row.fields[3]);
      if (!time_unit) continue;
      unit.time_unit = *time_unit;
    }
    // "for weeks": a bare plural unit of time starts a duration.
    if (unit.time_unit != TimeUnit::kNone) time_starts_.Add(row.fields[0], 0);
    AddEntry(units_, unit_info_, row.fields[0], std::move(unit));
  }
  for (const DataRow& row : DataRows("analyse/months.tsv")) {
    if (row.fields.size() < 2) continue;
    std::optional<int> number = ParseInt(row.fields[1]);
    if (!number || *number < 1 || *number > 12) continue;
    bool abbreviation = row.fields.size() > 2 && row.fields[2] == "abbreviation";
    AddEntry(months_, month_info_, row.fields[0], Month{*number, abbreviation});
    time_starts_.Add(row.fields[0], 0);
  }
  for (const DataRow& row : DataRows("analyse/weekdays.tsv")) {
    if (row.fields.size() < 2) continue;
    std::optional<int> number = ParseInt(row.fields[1]);
    if (!number || *number < 1 || *number > 7) continue;
    if (row.fields.size() > 2 && row.fields[2] == "plural") {
      AddEntry(weekday_plurals_, weekday_info_, row.fields[0], *number);
      time_starts_.Add(row.fields[0], 0);
      continue;
    }
    AddEntry(weekdays_, weekday_info_, row.fields[0], *number);
    time_starts_.Add(row.fields[0], 0);
  }
  for (const DataRow& row : DataRows("analyse/day_parts.tsv")) {
    if (row.fields.size() < 2) continue;
    AddEntry(day_parts_, day_part_info_, row.fields[0], row.fields[1]);
    time_starts_.Add(row.fields[0], 0);
  }
  for (const DataRow& row : DataRows("analyse/time_words.tsv")) {
    if (row.fields.size() < 3) continue;
    std::optional<TimexType> type = ParseTimexType(row.fields[1]);
    if (!type) continue;
    std::optional<TimeWord> word = ParseTimeRule(*type, row.fields[2]);
    if (!word) continue;
    for (std::size_t f = 3; f < row.fields.size(); ++f) {
      if (row.fields[f] == "cued") {
        word->cued = true;
      } else {
        word->suffix = row.fields[f];
      }
    }
    std::string_view phrase = row.fields[0];
    int id = static_cast<int>(time_word_info_.size());
    time_word_info_.push_back(std::move(*word));
    if (phrase.size() > 4 && EqualsThe(phrase.substr(0, 3)) && phrase[3] == ' ') {
      time_words_after_the_.Add(phrase.substr(4), id);
    } else {
      time_words_.Add(phrase, id);
    }
    time_starts_.Add(phrase, 0);
  }
  for (const DataRow& row : DataRows("analyse/holidays.tsv")) {
    if (row.fields.size() < 2) continue;
    std::optional<Holiday> holiday = ParseHolidayRule(row.fields[1]);
    if (!holiday) continue;
    holiday->lower_case = row.fields.size() > 2 && row.fields[2] == "lower";
    holiday->alone = row.fields.size() > 2 && row.fields[2] == "alone";
    AddEntry(holidays_, holiday_info_, row.fields[0], *holiday);
    time_starts_.Add(row.fields[0], 0);
  }
  for (const DataRow& row : DataRows("analyse/fractions.tsv")) {
    if (row.fields.size() < 3) continue;
    std::optional<double> denominator = ParseDouble(row.fields[1]);
    if (!denominator || *denominator < 2 ||
        (row.fields[2] != "singular" && row.fields[2] != "plural")) {
      continue;
    }
    AddEntry(fractions_, fraction_info_, row.fields[0],
             Fraction{*denominator, row.fields[2] == "plural"});
    // A bare singular fraction word starts a part of a scale ("quarter million").
    if (row.fields[2] == "singular") number_starts_.Add(row.fields[0], 0);
  }
  for (const DataRow& row : DataRows("analyse/fraction_glyphs.tsv")) {
    if (row.fields.size() < 2) continue;
    std::optional<double> value = ParseDouble(row.fields[1]);
    if (!value || *value <= 0 || *value >= 1) continue;
    AddEntry(fraction_glyphs_, fraction_glyph_info_, row.fields[0], *value);
    number_starts_.Add(row.fields[0], 0);
  }
  // Roles of the number reader's own vocabulary live in number_context.tsv, same format.
  for (const char* file : {"analyse/context_words.tsv", "analyse/number_context.tsv"}) {
    for (const DataRow& row : DataRows(file)) {
      if (row.fields.size() < 2) continue;
      for (const auto& [name, role] : kRoleNames) {
        if (row.fields[0] != name) continue;
        roles_[static_cast<std::size_t>(role)].Add(row.fields[1], 0);
        if (OpensTimeExpression(role)) time_starts_.Add(row.fields[1], 0);
      }
    }
  }
}

const NumberWord* Lexicon::NumberWordAt(const TokenizedText& text, std::size_t i) const {
  if (!text.IsWord(i)) return nullptr;
  std::optional<PhraseTable::Match> match = number_words_.Longest(text, i);
  if (!match || match->end != i + 1) return nullptr;
  return &number_word_info_[static_cast<std::size_t>(match->id)];
}

const Fraction* Lexicon::FractionAt(const TokenizedText& text, std::size_t i) const {
  if (!text.IsWord(i)) return nullptr;
  std::optional<PhraseTable::Match> match = fractions_.Longest(text, i);
  if (!match || match->end != i + 1) return nullptr;
  return &fraction_info_[static_cast<std::size_t>(match->id)];
}

const Month* Lexicon::MonthAt(const TokenizedText& text, std::size_t i) const {
  if (!text.IsWord(i) || !text[i].upper) return nullptr;
  std::optional<PhraseTable::Match> match = months_.Longest(text, i);
  if (!match) return nullptr;
  return &month_info_[static_cast<std::size_t>(match->id)];
}

int Lexicon::WeekdayAt(const TokenizedText& text, std::size_t i) const {
  if (!text.IsWord(i) || !text[i].upper) return 0;
  std::optional<PhraseTable::Match> match = weekdays_.Longest(text, i);
  return match ? weekday_info_[static_cast<std::size_t>(match->id)] : 0;
}

int Lexicon::PluralWeekdayAt(const TokenizedText& text, std::size_t i) const {
  if (!text.IsWord(i) || !text[i].upper) return 0;
  std::optional<PhraseTable::Match> match = weekday_plurals_.Longest(text, i);
  return match ? weekday_info_[static_cast<std::size_t>(match->id)] : 0;
}

const std::string* Lexicon::DayPartAt(const TokenizedText& text, std::size_t i) const {
  std::optional<PhraseTable::Match> match = day_parts_.Longest(text, i);
  return match ? &day_part_info_[static_cast<std::size_t>(match->id)] : nullptr;
}

const Lexicon& GetLexicon() {
  static const Lexicon* lexicon = new Lexicon;
  return *lexicon;
}

}  // namespace tally::internal
