#include "tally/date.h"

#include <gtest/gtest.h>

namespace tally {
namespace {

TEST(DateTest, RoundTripsIsoDates) {
  auto d = Date::TryParseIso("2022-01-22");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->year(), 2022);
  EXPECT_EQ(d->month(), 1);
  EXPECT_EQ(d->day(), 22);
  EXPECT_EQ(d->ToIso(), "2022-01-22");
}

TEST(DateTest, KnowsWeekdays) {
  EXPECT_EQ(Date::FromYmd(2022, 1, 22)->weekday(), 6);  // a Saturday
  EXPECT_EQ(Date::FromYmd(2022, 1, 10)->weekday(), 1);  // a Monday
  EXPECT_EQ(Date::FromYmd(2022, 1, 9)->weekday(), 7);   // a Sunday
}

TEST(DateTest, RejectsImpossibleDays) {
  EXPECT_FALSE(Date::FromYmd(2022, 2, 29).has_value());
  EXPECT_TRUE(Date::FromYmd(2024, 2, 29).has_value());
  EXPECT_FALSE(Date::TryParseIso("2022-13-01").has_value());
  EXPECT_FALSE(Date::TryParseIso("22-01-01").has_value());
  EXPECT_FALSE(Date::TryParseIso("2022/01/01").has_value());
}

TEST(DateTest, AcceptsTimestamps) {
  EXPECT_EQ(Date::TryParseIso("2022-01-10T08:15:00Z")->ToIso(), "2022-01-10");
  EXPECT_EQ(Date::TryParseIso("2022-01-10 08:15")->ToIso(), "2022-01-10");
  EXPECT_FALSE(Date::TryParseIso("2022-01-10x").has_value());
}

TEST(DateTest, AddsDaysAcrossMonths) {
  EXPECT_EQ(Date::FromYmd(2022, 1, 31)->AddDays(1).ToIso(), "2022-02-01");
  EXPECT_EQ(Date::FromYmd(2022, 1, 1)->AddDays(-1).ToIso(), "2021-12-31");
}

}  // namespace
}  // namespace tally
