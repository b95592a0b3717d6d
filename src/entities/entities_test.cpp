#include "tally/entities.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace tally {
namespace {

std::vector<std::string> Found(std::string_view text) {
  std::vector<std::string> out;
  for (const EntityMention& m : FindEntities(text)) {
    out.push_back(std::string(text.substr(m.span.begin, m.span.end - m.span.begin)) + " = " +
                  m.canonical + " (" + EntityKindName(m.kind) + ")");
  }
  return out;
}

TEST(EntitiesTest, TransliterationsShareAKey) {
  EXPECT_EQ(TransliterationKey("Tokayev"), TransliterationKey("Toqaev"));
  EXPECT_EQ(TransliterationKey("Tokayev"), TransliterationKey("Tokaev"));
  EXPECT_EQ(TransliterationKey("Kassym-Jomart"), TransliterationKey("Qasym-Zhomart"));
  EXPECT_EQ(TransliterationKey("Kassim-Jomart"), TransliterationKey("Kassym-Jomart"));
  EXPECT_EQ(TransliterationKey("Nazarbayev"), TransliterationKey("Nazarbaev"));
  EXPECT_NE(TransliterationKey("Tokayev"), TransliterationKey("Nazarbayev"));
}

TEST(EntitiesTest, FindsPeopleUnderEverySpelling) {
  EXPECT_EQ(Found("President Qasym-Zhomart Toqaev said"),
            (std::vector<std::string>{"Qasym-Zhomart Toqaev = Kassym-Jomart Tokayev (person)"}));
  EXPECT_EQ(Found("Kassim-Jomart Tokayev and Nazarbaev's allies"),
            (std::vector<std::string>{"Kassim-Jomart Tokayev = Kassym-Jomart Tokayev (person)",
                                      "Nazarbaev = Nursultan Nazarbayev (person)"}));
  EXPECT_EQ(Found("Tokaev met Putin."),
            (std::vector<std::string>{"Tokaev = Kassym-Jomart Tokayev (person)",
                                      "Putin = Vladimir Putin (person)"}));
}

TEST(EntitiesTest, FindsAcronymsOnlyInCapitals) {
  EXPECT_EQ(Found("The CSTO sent troops; the Collective Security Treaty Organization said."),
            (std::vector<std::string>{
                "CSTO = Collective Security Treaty Organization (organisation)",
                "Collective Security Treaty Organization = Collective Security Treaty "
                "Organization (organisation)"}));
  EXPECT_TRUE(Found("Who said it?").empty());
}

TEST(EntitiesTest, NamesDoNotCrossPunctuation) {
  EXPECT_EQ(Found("Kassym-Jomart, Tokayev"),
            (std::vector<std::string>{"Tokayev = Kassym-Jomart Tokayev (person)"}));
}

TEST(EntitiesTest, CanonicalSources) {
  EXPECT_EQ(CanonicalSource("Kazakhstan's interior ministry"), "Interior Ministry");
  EXPECT_EQ(CanonicalSource("the Interior Ministry"), "Interior Ministry");
  EXPECT_EQ(CanonicalSource("Kazakhstan\xE2\x80\x99s Interior Ministry"), "Interior Ministry");
  EXPECT_EQ(CanonicalSource("the country's health ministry"), "Health Ministry");
  EXPECT_EQ(CanonicalSource("The Kazakh health ministry"), "Health Ministry");
  EXPECT_EQ(CanonicalSource("President Qasym-Zhomart Toqaev"), "Kassym-Jomart Tokayev");
  EXPECT_EQ(CanonicalSource("the CSTO"), "Collective Security Treaty Organization");
  EXPECT_EQ(CanonicalSource(" a local official "), "a local official");
  EXPECT_EQ(CanonicalSource(""), "");
}

TEST(EntitiesTest, OddInputIsHarmless) {
  EXPECT_TRUE(FindEntities("").empty());
  EXPECT_TRUE(FindEntities("\xE2\x80").empty());
  std::string long_caps(100000, 'A');
  EXPECT_TRUE(FindEntities(long_caps).empty());
}

}  // namespace
}  // namespace tally
