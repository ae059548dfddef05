#include "walkaway/core/date.h"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

namespace walkaway::core {
namespace {

TEST(DateTest, ParsesIsoDate) {
  auto d = ParseDate("2026-11-20");
  ASSERT_TRUE(d);
  EXPECT_EQ(*d, (Date{2026, 11, 20}));
}

TEST(DateTest, RejectsFebruary30) {
  auto d = ParseDate("2026-02-30");
  ASSERT_FALSE(d);
  EXPECT_NE(d.error().message.find("day must be 01 to 28"), std::string::npos);
}

TEST(DateTest, AcceptsLeapDay) { EXPECT_TRUE(ParseDate("2028-02-29")); }

TEST(DateTest, RejectsNonLeapCentury) { EXPECT_FALSE(ParseDate("2100-02-29")); }

TEST(DateTest, RejectsMonth13) { EXPECT_FALSE(ParseDate("2026-13-01")); }

TEST(DateTest, RejectsOtherFormats) {
  for (const char* text : {"20/11/2026", "2026-1-5", "2026-11-20T10:00", "", "yesterday"}) {
    EXPECT_FALSE(ParseDate(text)) << text;
  }
}

TEST(DateTest, CountsDaysAcrossMonthEnd) {
  EXPECT_EQ(DaysBetween(Date{2026, 11, 28}, Date{2026, 12, 2}), 4);
  EXPECT_EQ(DaysBetween(Date{2026, 12, 2}, Date{2026, 11, 28}), -4);
}

TEST(DateTest, AddMonthsClampsToMonthEnd) {
  EXPECT_EQ((Date{2026, 1, 31}.AddMonths(1)), (Date{2026, 2, 28}));
  EXPECT_EQ((Date{2028, 1, 31}.AddMonths(1)), (Date{2028, 2, 29}));
  EXPECT_EQ((Date{2026, 11, 30}.AddMonths(3)), (Date{2027, 2, 28}));
}

TEST(DateTest, KnowsWeekdays) {
  EXPECT_EQ((Date{2026, 11, 28}.Weekday()), 5);  // a Saturday
  EXPECT_EQ((Date{1970, 1, 1}.Weekday()), 3);    // a Thursday
}

RC_GTEST_PROP(DateProperty, DaysRoundTrip, ()) {
  const int64_t days = *rc::gen::inRange<int64_t>(-700000, 2900000);
  const Date d = Date::FromDays(days);
  RC_ASSERT(IsValidDate(d.year, d.month, d.day));
  RC_ASSERT(d.ToDays() == days);
  RC_ASSERT(ParseDate(d.ToString()).value() == d);
}

}  // namespace
}  // namespace walkaway::core
