// The number reader: every number mention of a text with its qualifier, interval, kind and
// unit (tally::ReadNumbers). Readings follow the conventions of data/analyse/qualifiers.tsv
// (intervals) and vague.tsv (vague amounts); kinds are decided in this order:
//   identifier  codes: "16x9", "Khabat-24", "MH17", phone numbers, > 9 unseparated digits,
//               stock codes in brackets ("(0700.HK)");
//               numbers named by a designator ("Article 5", "Flight 370", "Phase Two" when
//               both are capitalised; number_context.tsv;
//               decided after money, percent and measure, which a unit overrides) and list
//               markers at the start of a line ("1. "); numbers inside web
//               addresses are not read at all;
//   time        "10:30", "0:03:20", "10 a.m." (value: seconds since midnight, or the length
//               of a timestamp);
//   date        day numbers and years inside dates ("January 9", "9 January", "January 10,
//               2022"), numeric dates ("2022-01-10", one mention whose value is its first
//               number), and a second day joined to a date's day ("May 27 and 28", "April
//               17-20");
//   ordinal     "third", "19th";
//   money       a currency before or after ("$200", "90,000 tenge"; unit: the currency);
//   percent     "40%", "40 per cent" (unit: the sign or words as written);
//   measure     a unit after ("30 years", "180-day", "10km"; unit: as written);
//   other       fractions ("two-thirds", "3/4": a proportion, value 0.6667), arithmetic page
//               furniture ("13 + 4 ="), scores ("2-1");
//   year        a bare four-digit 1800-2099 without separators or qualifier ("in 2019"), and
//               decades ("the 1990s"); not before a plural noun unless a year cue comes
//               before ("2000 soldiers" is a count, "in 2019 protests" a year) or it is
//               1900-2039 and not a round hundred ("filed 2018 taxes");
//   count       everything else ("164 people", "three children", "dozens").
// Qualifiers ("nearly", "at least", "between", after the number "or more", and a plus glued
// to it, "10+ years") apply to count, money, percent and measure; elsewhere they are left out
// of the span. "over" right after an amount or after a verb of period is a period, not a
// qualifier ("$5m over three years", "averaged over seven days"). A sign
// ("-3.5%", "minus 20 degrees") negates a quantity; its interval keeps lo <= hi. "one" as a
// pronoun ("one of the", "no one", "one might", "a big one,"), in an idiom ("at one point")
// and "a" alone are not numbers. The unit of a count is the plural noun after it (with a
// compound or adjectives, see CountUnit), else a capitalised plural ("3 million Americans");
// a count of one takes the singular noun after it ("one person died", SingularCountUnit).
#ifndef TALLY_ANALYSE_NUMBER_READER_H_
#define TALLY_ANALYSE_NUMBER_READER_H_

#include <vector>

#include "analyse/tokenizer.h"
#include "tally/analyse.h"

namespace tally::internal {

// ReadNumbers over an already tokenized text (Analyse tokenizes once for all readers).
std::vector<NumberMention> ReadNumbersIn(const TokenizedText& text);

}  // namespace tally::internal

#endif  // TALLY_ANALYSE_NUMBER_READER_H_
