#include "tally/claims.h"

#include <cmath>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "tally/analyse.h"

namespace tally {
namespace {

// One claim in the compact golden form:
//   measure value approx [{subgroup}] [+window] @as_of place [<- source]
// value is the number as written, or lo-hi for vague amounts; "-" marks an absent field.
std::string Line(const Claim& c) {
  std::string value = c.approx == Approx::kVague
                          ? fmt::format("{}-{}", std::llround(c.lo), std::llround(c.hi))
                          : fmt::format("{}", std::llround(c.value));
  std::string out = fmt::format("{} {} {}", c.measure, value, ApproxName(c.approx));
  if (c.subgroup) out += fmt::format(" {{{}}}", *c.subgroup);
  if (c.period.kind == PeriodKind::kIncrement) {
    out += fmt::format(" +{}", c.period.window.empty() ? std::string("?") : c.period.window);
  }
  out += fmt::format(" @{} {}", c.as_of ? c.as_of->ToIso() : std::string("-"),
                     c.place.value_or("-"));
  if (c.source) out += fmt::format(" <- {}", *c.source);
  return out;
}

std::vector<std::string> Extract(const std::string& text, const char* published) {
  Document document;
  document.text = text;
  if (published != nullptr) document.published.date = Date::TryParseIso(published);
  AnalyseOptions options;
  options.published = document.published.date;
  Analysis analysis = Analyse(document.text, options);
  std::vector<std::string> lines;
  for (const Claim& claim : ExtractClaims(document, analysis)) lines.push_back(Line(claim));
  return lines;
}

struct Case {
  const char* text;
  const char* published;
  std::vector<std::string> expected;
};

// Sentences written for these tests; each expectation was worked out by reading the sentence.
const Case kCases[] = {
    // Verbal, with a parenthetical subgroup.
    {"The health ministry in Kazakhstan said on Sunday that 164 people, including three "
     "children, died in the violence.",
     "2022-01-10",
     {"killed 164 exact @2022-01-09 Kazakhstan <- The health ministry in Kazakhstan",
      "killed 3 exact {children} @2022-01-09 Kazakhstan <- The health ministry in Kazakhstan"}},
    // Nominal: "N dead", a vague amount, no attribution.
    {"The clashes in Kazakhstan left 225 dead and hundreds injured.",
     "2022-01-22",
     {"killed 225 exact @2022-01-22 Kazakhstan", "injured 200-999 vague @2022-01-22 Kazakhstan"}},
    // Qualifier and passive verb; attribution by subject.
    {"Kazakhstan's interior ministry reported that at least 5,969 people were in detention.",
     "2022-01-09",
     {"detained 5969 at_least @2022-01-09 Kazakhstan <- Kazakhstan's interior ministry"}},
    // Active verb before the number, increment over a window.
    {"Police in Kazakhstan detained nearly 1,700 more people in the past 24 hours.",
     "2022-01-13",
     {"detained 1700 nearly +PT24H @2022-01-13 Kazakhstan"}},
    // A toll noun before the number; a participle clause keeps the city out of the total.
    {"Officials in Almaty reported 1,678 arrests on Wednesday, raising the overall number of "
     "detainees in Kazakhstan to about 12,000.",
     "2022-01-13",
     {"detained 1678 exact +? @2022-01-12 Almaty <- Officials in Almaty",
      "detained 12000 about @2022-01-12 Kazakhstan <- Officials in Almaty"}},
    // A figure carried into a running total is an increment.
    {"Officials said 30 more arrests were made on Tuesday, bringing the total to 250.",
     "2022-03-10",
     {"detained 30 exact +? @2022-03-08 - <- Officials"}},
    {"The storm killed four more people, taking the death toll in the province to 19.",
     "2022-03-10",
     {"killed 4 exact +? @2022-03-10 -", "killed 19 exact @2022-03-10 -"}},
    // A period's start named far before its time expression dates no figure.
    {"At least 40 people were killed, the worst unrest since the country gained independence "
     "more than 30 years ago.",
     "2022-01-12",
     {"killed 40 at_least @2022-01-12 -"}},
    // Taking part in the event is what all were held for, not a subgroup; a charge is.
    {"Police have arrested about 900 people suspected of taking part in the riots.",
     "2022-03-10",
     {"detained 900 about @2022-03-10 -"}},
    {"Police have arrested about 90 people suspected of organising mass riots.",
     "2022-03-10",
     {"detained 90 about {organising mass riots} @2022-03-10 -"}},
    // Partitive with a place after the clause.
    {"In Kazakhstan, 103 of the deaths occurred in the largest city, Almaty.",
     "2022-01-09",
     {"killed 103 exact @2022-01-09 Almaty"}},
    // "of which N were": a subgroup of the figure before it.
    {"Riots across Kazakhstan claimed 225 people dead, of which 19 were police officers, "
     "prosecutors said.",
     "2022-01-15",
     {"killed 225 exact @2022-01-15 Kazakhstan <- prosecutors",
      "killed 19 exact {security forces} @2022-01-15 Kazakhstan <- prosecutors"}},
    // Charges make a subgroup; a pronoun refers to the last named source.
    {"The deputy prosecutor general told reporters the inquiry in Kazakhstan would take months. "
     "He said 464 suspects were arrested on charges of terrorism following the riots.",
     "2022-01-22",
     {"detained 464 exact {terrorism} @2022-01-22 Kazakhstan <- The deputy prosecutor general"}},
    // Deployed: an event with no date in the text has no as-of date.
    {"The alliance sent more than 3,000 troops to Kazakhstan.",
     "2022-01-09",
     {"deployed 3000 more_than @- Kazakhstan"}},
    {"Around 2,500 soldiers were dispatched to Kazakhstan, mostly from Russia.",
     "2022-01-10",
     {"deployed 2500 about @- Kazakhstan"}},
    // Cases.
    {"More than 300 criminal investigations have been opened in Kazakhstan.",
     "2022-01-13",
     {"cases 300 more_than @2022-01-13 Kazakhstan"}},
    // According to.
    {"According to the regional health office, 31 people were injured in Shymkent.",
     "2022-01-07",
     {"injured 31 exact @2022-01-07 Shymkent <- the regional health office"}},
    // Negative: a claim of zero.
    {"No one was killed in the second blast in Almaty, police said.",
     "2022-01-07",
     {"killed 0 exact @2022-01-07 Almaty <- police"}},
    // Numbers that count something else make no claim.
    {"Protests spread to 12 cities and the 68-year-old leader promised a 180-day price cap.",
     "2022-01-07",
     {}},
    {"He was promised 90,000 tenge, about $200, to travel to Almaty in 2019.", "2022-01-07", {}},
    {"The country has 19 million inhabitants and gained independence 30 years ago.",
     "2022-01-07",
     {}},
    // A vague amount is dropped where the document gives a figure for the same series.
    {"Dozens of people were killed in Kazakhstan. The ministry said 164 people were killed.",
     "2022-01-09",
     {"killed 164 exact @2022-01-09 Kazakhstan <- The ministry"}},
    // "including" lists several subgroups.
    {"At least 160 people were killed in Kazakhstan, including more than a dozen members of "
     "the national guard.",
     "2022-01-12",
     {"killed 160 at_least @2022-01-12 Kazakhstan",
      "killed 12 more_than {security forces} @2022-01-12 Kazakhstan"}},
    // Headline with an active verb in the present tense.
    {"Kazakhstan detains nearly 1,700 people over riots", "2022-01-13",
     {"detained 1700 nearly @2022-01-13 Kazakhstan"}},
    // A date in the clause beats the publication date; a period start is not an as-of date.
    {"By January 9, at least 164 people had died in Kazakhstan since the unrest began on "
     "January 5.",
     "2022-01-11",
     {"killed 164 at_least @2022-01-09 Kazakhstan"}},
    // A singular subject is one person; a passive verb makes it the victim.
    {"A 23-year-old man was shot and killed outside a store on Friday.", "2016-05-09",
     {"killed 1 exact @2016-05-06 -"}},
    {"An off-duty officer was fatally shot.", "2016-05-09",
     {"killed 1 exact {security forces} @2016-05-09 -"}},
    {"A teenager was wounded in the leg.", "2016-05-09", {"injured 1 exact @2016-05-09 -"}},
    // Without an auxiliary the singular subject is the actor, not the victim; the victim is
    // the object (a possessive and a person noun).
    {"A woman fatally shot her neighbor.", "2016-05-09", {"killed 1 exact @2016-05-09 -"}},
    {"A woman fatally shot a dog.", "2016-05-09", {}},
    // A figure in the same document stands for the whole: the singular is one of them.
    {"A man was killed. Police said two people were killed in all.", "2016-05-09",
     {"killed 2 exact @2016-05-09 - <- Police"}},
    // Ages set off by commas, in parentheses or after "aged" are not counts.
    {"Jane Roe, 31, died at the hospital.", "2016-05-09", {}},
    {"Two women were wounded; the victims, aged 19 and 24, were taken to a hospital.",
     "2016-05-09",
     {"injured 2 exact @2016-05-09 -"}},
    {"John Doe (45) was killed.", "2016-05-09", {}},
    // US local-news negatives.
    {"Nobody was hurt in the shooting.", "2016-05-09", {"injured 0 exact @2016-05-09 -"}},
    // Zero among the others, not in all; a denied degree of harm is no claim of zero.
    // (With no other figure in the document, the one victim it speaks of was hurt.)
    {"No one else was hurt.", "2016-05-09",
     {"injured 1 exact @2016-05-09 -", "injured 0 exact {others} @2016-05-09 -"}},
    {"None of the injuries were considered life-threatening.", "2016-05-09", {}},
    {"No one was seriously injured.", "2016-05-09", {}},
    // A tally over several events is a part, never the toll of one incident.
    {"Three men were killed and 12 others wounded in shootings across the city.", "2016-05-09",
     {"killed 3 exact {several incidents} @2016-05-09 -",
      "injured 12 exact {several incidents} @2016-05-09 -"}},
    // Ages after a name that ends in an abbreviation, and in a list of names.
    {"Sam Poe Jr., 41, was shot and killed.", "2016-05-09", {}},
    {"Ann Roe, 66 and Bob Roe, 64 were found dead.", "2016-05-09", {}},
    // Conjoined subjects count together, whichever side the verb stands on.
    {"Two adults and three children were found dead in the house.", "2016-05-09",
     {"killed 5 exact @2016-05-09 -"}},
    {"A man and a woman were killed on Sunday.", "2016-05-09", {"killed 2 exact @2016-05-08 -"}},
    {"The crash left two men and a woman injured.", "2016-05-09",
     {"injured 3 exact @2016-05-09 -"}},
    {"The gunman opened fire, injuring four men and two women.", "2016-05-09",
     {"injured 6 exact @2016-05-09 -"}},
    // People shot less the dead of the same sentence are the injured.
    {"Five people were shot, two fatally.", "2016-05-09",
     {"injured 3 exact @2016-05-09 -", "killed 2 exact @2016-05-09 -"}},
    {"A gunman shot six people, killing one.", "2016-05-09",
     {"injured 5 exact @2016-05-09 -", "killed 1 exact @2016-05-09 -"}},
    {"Police said three people were shot.", "2016-05-09", {}},
    {"A woman was shot in the arm, and two men were also wounded.", "2016-05-09",
     {"injured 3 exact @2016-05-09 -"}},
    {"The boy was struck by a bullet at home. No one else was injured.", "2016-05-09",
     {"injured 1 exact @2016-05-09 -", "injured 0 exact {others} @2016-05-09 -"}},
    // A share of a group counted elsewhere is a part.
    {"Two of the victims died at the scene.", "2016-05-09",
     {"killed 2 exact {part of them} @2016-05-09 -"}},
    // A year or month that excludes the document's date dates an earlier event.
    {"In 2009 a gunman killed 13 people at the base.", "2014-04-03",
     {"killed 13 exact @2009-01-01 -"}},
    {"Last December, 20 children were killed at a school.", "2013-06-10",
     {"killed 20 exact {children} @2012-12-01 -"}},
    {"Last summer a shooting at the park killed two teens.", "2016-03-11",
     {"killed 2 exact @2015-06-01 -"}},
    // A clause break, a negated phrase or another singular subject keeps a figure from the
    // measure phrase of another clause.
    {"Officers found two men, one of whom died.", "2016-05-09", {}},
    {"A girl and a boy were not injured.", "2016-05-09", {}},
    {"Two suspects were sought in the attack that left a woman dead.", "2016-05-09",
     {"killed 1 exact @2016-05-09 -"}},
    // "others" adds to the whole named before it; of another measure it does not.
    {"One man was critically injured and two others were treated for minor injuries.",
     "2016-05-09",
     {"injured 3 exact @2016-05-09 -"}},
    {"A man was killed and two others were wounded.", "2016-05-09",
     {"killed 1 exact @2016-05-09 -", "injured 2 exact @2016-05-09 -"}},
    // "others" opening a sentence are others than people counted before it: a part. A
    // measure phrase before them in the sentence names whom they are others than.
    {"Three others were taken to a hospital with minor injuries.", "2016-05-09",
     {"injured 3 exact {others} @2016-05-09 -"}},
    {"The other two were hurt.", "2016-05-09", {"injured 2 exact {others} @2016-05-09 -"}},
    {"Jane Roe was slain and three others were wounded.", "2016-05-09",
     {"injured 3 exact @2016-05-09 -"}},
    // An undated figure speaks for the day its story told earlier for the same measure, not
    // for the publication day; a day named in another measure's figure does not date it.
    {"Four people were wounded in a shooting on Sunday. Two of the wounded were in critical "
     "condition. Three were hurt badly.",
     "2016-05-10",
     {"injured 4 exact @2016-05-08 -", "injured 2 exact {part of them} @2016-05-08 -",
      "injured 3 exact @2016-05-08 -"}},
    {"A man was killed on Sunday. Police said three people were injured.", "2016-05-10",
     {"killed 1 exact @2016-05-08 -", "injured 3 exact @2016-05-10 - <- Police"}},
    // A possessive opens a conjunct: one person before a singular noun, else its number.
    {"A woman and her two children were found dead.", "2016-05-09",
     {"killed 3 exact @2016-05-09 -"}},
    {"Two men and their father were killed.", "2016-05-09", {"killed 3 exact @2016-05-09 -"}},
    {"Two children and their friends were killed.", "2016-05-09",
     {"killed 2 exact {children} @2016-05-09 -"}},
    // Ages and family sizes are not counts of victims.
    {"Sam Poe 21, was found shot to death.", "2016-05-09", {}},
    {"A 9-yr-old boy was shot and killed.", "2016-05-09", {"killed 1 exact @2016-05-09 -"}},
    {"A father of three was fatally shot.", "2016-05-09", {"killed 1 exact @2016-05-09 -"}},
    {"Two children under the age of 12 were wounded.", "2016-05-09",
     {"injured 2 exact {children} @2016-05-09 -"}},
    // An ordinal counts the dead so far; among the wounded it only ranks the person.
    {"A third person has died.", "2016-05-09", {"killed 3 exact @2016-05-09 -"}},
    // Round 3: the head of a partitive, ordinals after another measure, singular objects,
    // named people before a possessive.
    {"One of the three was declared dead at the hospital.", "2016-05-09",
     {"killed 1 exact @2016-05-09 -"}},
    {"Two of the five men were declared dead.", "2016-05-09", {"killed 2 exact @2016-05-09 -"}},
    {"Two of the six people killed were teenagers.", "2016-05-09",
     {"killed 6 exact @2016-05-09 -"}},
    {"Two women were wounded and a third woman died.", "2016-05-09",
     {"injured 2 exact @2016-05-09 -", "killed 1 exact @2016-05-09 -"}},
    {"Two men were killed and a third man has died.", "2016-05-09",
     {"killed 2 exact @2016-05-09 -", "killed 3 exact @2016-05-09 -"}},
    {"A stray bullet killed 4-year-old Tom Roe.", "2016-05-09", {"killed 1 exact @2016-05-09 -"}},
    {"The gunman killed a 30-year-old woman and wounded two men.", "2016-05-09",
     {"killed 1 exact @2016-05-09 -", "injured 2 exact @2016-05-09 -"}},
    {"Police did not kill a man.", "2016-05-09", {}},
    {"Mary Roe and her three children were found dead.", "2016-05-09",
     {"killed 4 exact @2016-05-09 -"}},
    {"A second man was injured.", "2016-05-09", {"injured 1 exact @2016-05-09 -"}},
    // The actor of an active verb counted with a reflexive; bodies of N are N dead.
    {"The gunman killed two people and then himself.", "2016-05-09",
     {"killed 3 exact @2016-05-09 -"}},
    {"Police found the bodies of four people.", "2016-05-09", {"killed 4 exact @2016-05-09 -"}},
    // A verb followed by its own figure belongs to that figure's clause.
    {"Three men were charged after the attack killed two people.", "2016-05-09",
     {"killed 2 exact @2016-05-09 -"}},
    // Round 4. Lists with commas for "and": closed by the actor, opened by a bare noun, or
    // around an age apposition.
    {"A man kills his wife, her son, himself in the city.", "2016-05-09",
     {"killed 3 exact @2016-05-09 -"}},
    {"Teen kills infant, self in town.", "2016-05-09", {"killed 2 exact @2016-05-09 -"}},
    {"Gunman kills 3 coworkers, self after a dispute.", "2016-05-09",
     {"killed 4 exact @2016-05-09 -"}},
    {"Mother, 2 children found dead in home.", "2016-05-09", {"killed 3 exact @2016-05-09 -"}},
    {"Two children, ages 6 and 9, and their father were found dead.", "2016-05-09",
     {"killed 3 exact @2016-05-09 -"}},
    // A comparison with other events tallies none of them; "shooting incidents" and "in the
    // city since" tally several.
    {"Three people were killed in one of the worst mass shootings in the history of the city.",
     "2016-05-09", {"killed 3 exact @2016-05-09 -"}},
    {"Two people were killed in four shooting incidents across the county.", "2016-05-09",
     {"killed 2 exact {several incidents} @2016-05-09 -"}},
    {"Ten people were killed in the city since Friday.", "2016-05-09",
     {"killed 10 exact {several incidents} @2016-05-09 -"}},
    // One victim's subgroup; one more victim beside those counted ("also").
    {"An officer was killed.", "2016-05-09", {"killed 1 exact {security forces} @2016-05-09 -"}},
    {"He also shot and killed a man who tried to help.", "2016-05-09",
     {"killed 1 exact {others} @2016-05-09 -"}},
    // "Fatally shooting" is an active verb: its subject is the actor, its object the dead.
    {"A man accused of fatally shooting two people appeared in court.", "2016-05-09",
     {"killed 2 exact @2016-05-09 -"}},
    {"A woman suspected of fatally shooting her husband was arrested.", "2016-05-09",
     {"killed 1 exact @2016-05-09 -"}},
    {"A mother and a grandmother were killed.", "2016-05-09", {"killed 2 exact @2016-05-09 -"}},
    // The actor who takes his own life is among the dead.
    {"A man shot and killed his wife before turning the gun on himself.", "2016-05-09",
     {"killed 2 exact @2016-05-09 -"}},
    // Video teasers and gallery counters are page furniture.
    {"0:45 Two dead after crash on highway", "2016-05-09", {}},
    {"Image 3 of 9 A man died after the shooting.", "2016-05-09",
     {"killed 1 exact @2016-05-09 -"}},
    // Suspects are not victims; "the three" points back to people counted before.
    {"The two are charged in the death of a man who died last week.", "2016-05-09", {}},
    {"Police said the three died at a hospital.", "2016-05-09",
     {"killed 3 exact {part of them} @2016-05-09 - <- Police"}},
    // An ordinal subject with a late perfect verb; the figure between counts the others.
    {"A fourth victim of the shooting at the mall, which killed three others, has died.",
     "2016-05-09", {"killed 4 exact @2016-05-09 -", "killed 3 exact {others} @2016-05-09 -"}},
    {"A man dies after a shooting.", "2016-05-09", {"killed 1 exact @2016-05-09 -"}},
    {"None of the other eight people inside the home were injured.", "2016-05-09", {}},
};

TEST(ClaimExtractorTest, GoldenCases) {
  for (const Case& c : kCases) {
    EXPECT_EQ(Extract(c.text, c.published), c.expected) << c.text;
  }
}

TEST(ClaimExtractorTest, EvidenceIsTheSentenceAndValueSpanTheNumber) {
  Document document;
  document.text = "Calm returned on Monday.\nOfficials said 40 people were injured in Almaty.";
  document.published.date = Date::FromYmd(2022, 1, 10);
  AnalyseOptions options;
  options.published = document.published.date;
  Analysis analysis = Analyse(document.text, options);
  std::vector<Claim> claims = ExtractClaims(document, analysis);
  ASSERT_EQ(claims.size(), 1u);
  const Claim& c = claims[0];
  EXPECT_EQ(document.text.substr(c.evidence.begin, c.evidence.end - c.evidence.begin),
            "Officials said 40 people were injured in Almaty.");
  EXPECT_EQ(document.text.substr(c.value_span.begin, c.value_span.end - c.value_span.begin),
            "40");
  EXPECT_GT(c.confidence, 0.5);
}

TEST(ClaimExtractorTest, EmptyAndOddInputMakeNoClaims) {
  EXPECT_TRUE(Extract("", "2022-01-10").empty());
  EXPECT_TRUE(Extract("killed killed killed 0:03:20 13 + 4 =", nullptr).empty());
  std::string digits(100000, '7');
  EXPECT_TRUE(Extract(digits, nullptr).empty());
}

}  // namespace
}  // namespace tally
