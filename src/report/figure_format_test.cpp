#include "report/figure_format.h"

#include <cmath>

#include <gtest/gtest.h>

namespace tally::internal {
namespace {

TEST(FormatCountTest, GroupsThousands) {
  EXPECT_EQ(FormatCount(0), "0");
  EXPECT_EQ(FormatCount(999), "999");
  EXPECT_EQ(FormatCount(1000), "1,000");
  EXPECT_EQ(FormatCount(7939), "7,939");
  EXPECT_EQ(FormatCount(12000), "12,000");
  EXPECT_EQ(FormatCount(1500000), "1,500,000");
  EXPECT_EQ(FormatCount(-2500), "-2,500");
}

TEST(FormatCountTest, FractionsAndInfinity) {
  EXPECT_EQ(FormatCount(2.5), "2.5");
  EXPECT_EQ(FormatCount(INFINITY), "\xE2\x88\x9E");
}

Claim MakeClaim(double value, Approx approx, double lo, double hi) {
  Claim claim;
  claim.value = value;
  claim.approx = approx;
  claim.lo = lo;
  claim.hi = hi;
  return claim;
}

TEST(FormatFigureTest, MarkersBeforeTheWrittenFigure) {
  EXPECT_EQ(FormatFigure(MakeClaim(164, Approx::kExact, 164, 164)), "164");
  EXPECT_EQ(FormatFigure(MakeClaim(12000, Approx::kAbout, 10800, 13200)), "~12,000");
  EXPECT_EQ(FormatFigure(MakeClaim(8000, Approx::kNearly, 7200, 8000)), "<~8,000");
  EXPECT_EQ(FormatFigure(MakeClaim(5969, Approx::kAtLeast, 5969, INFINITY)),
            "\xE2\x89\xA5" "5,969");
  EXPECT_EQ(FormatFigure(MakeClaim(2000, Approx::kMoreThan, 2001, INFINITY)), ">2,000");
  EXPECT_EQ(FormatFigure(MakeClaim(300, Approx::kAtMost, 0, 300)), "\xE2\x89\xA4" "300");
}

TEST(FormatFigureTest, VagueAmountsAndRangesShowTheirInterval) {
  EXPECT_EQ(FormatFigure(MakeClaim(0, Approx::kVague, 200, 999)), "?200–999");
  EXPECT_EQ(FormatFigure(MakeClaim(0, Approx::kVague, 1000, INFINITY)), "?1,000+");
  EXPECT_EQ(FormatFigure(MakeClaim(10, Approx::kRange, 10, 20)), "10–20");
}

TEST(MarkerLegendTest, ExplainsEveryMarker) {
  std::string legend = MarkerLegend();
  EXPECT_NE(legend.find("~ about"), std::string::npos);
  EXPECT_NE(legend.find("<~ nearly"), std::string::npos);
  EXPECT_NE(legend.find("\xE2\x89\xA5 at least"), std::string::npos);
  EXPECT_NE(legend.find("> more than"), std::string::npos);
  EXPECT_NE(legend.find("\xE2\x89\xA4 at most"), std::string::npos);
  EXPECT_NE(legend.find("? vague amount"), std::string::npos);
}

TEST(DurationInWordsTest, OneComponentDurations) {
  EXPECT_EQ(DurationInWords("P1D"), "1 day");
  EXPECT_EQ(DurationInWords("PT24H"), "24 hours");
  EXPECT_EQ(DurationInWords("P2W"), "2 weeks");
  EXPECT_EQ(DurationInWords("P3M"), "3 months");
  EXPECT_EQ(DurationInWords("PT30M"), "30 minutes");
  EXPECT_EQ(DurationInWords("P1Y"), "1 year");
}

TEST(DurationInWordsTest, OthersAsWritten) {
  EXPECT_EQ(DurationInWords(""), "");
  EXPECT_EQ(DurationInWords("P1DT2H"), "P1DT2H");
  EXPECT_EQ(DurationInWords("PXD"), "PXD");
  EXPECT_EQ(DurationInWords("P1H"), "P1H");
  EXPECT_EQ(DurationInWords("24 hours"), "24 hours");
}

}  // namespace
}  // namespace tally::internal
