#include "walkaway/core/notice.h"

#include <gtest/gtest.h>

namespace walkaway::core {
namespace {

TEST(NoticePeriodTest, ReadsTheWaysPeopleWriteIt) {
  const auto is = [](std::string_view text, int count, NoticePeriod::Unit unit) {
    const Result<NoticePeriod> n = ParseNoticePeriod(text);
    ASSERT_TRUE(n.has_value()) << text << ": " << n.error().message;
    EXPECT_EQ(n->count, count) << text;
    EXPECT_EQ(n->unit, unit) << text;
  };
  is("3 months", 3, NoticePeriod::Unit::kMonths);
  is("1 month", 1, NoticePeriod::Unit::kMonths);
  is("a month", 1, NoticePeriod::Unit::kMonths);
  is("4 weeks", 4, NoticePeriod::Unit::kWeeks);
  is("Two Weeks", 2, NoticePeriod::Unit::kWeeks);
  is("30 days", 30, NoticePeriod::Unit::kDays);
  is("3 months' notice", 3, NoticePeriod::Unit::kMonths);
  is("  6 weeks notice. ", 6, NoticePeriod::Unit::kWeeks);
  is("0 days", 0, NoticePeriod::Unit::kDays);
}

TEST(NoticePeriodTest, RefusesWhatIsNotAPeriodOrIsOverAYear) {
  for (std::string_view text : {"", "3", "months", "three fortnights", "3 years", "-2 weeks", "13 months",
                                "53 weeks", "367 days", "3.5 months"}) {
    EXPECT_FALSE(ParseNoticePeriod(text).has_value()) << text;
  }
  EXPECT_TRUE(ParseNoticePeriod("12 months").has_value());
  EXPECT_TRUE(ParseNoticePeriod("52 weeks").has_value());
}

TEST(NoticePeriodTest, WritesWhatItReads) {
  for (std::string_view text : {"3 months", "1 month", "1 week", "30 days"}) {
    EXPECT_EQ(ToString(*ParseNoticePeriod(text)), text);
  }
}

TEST(NoticePeriodTest, EndsByCalendarMonthsOrDays) {
  EXPECT_EQ(NoticeEnds(Date{2026, 11, 30}, {3, NoticePeriod::Unit::kMonths}), (Date{2027, 2, 28}));
  EXPECT_EQ(NoticeEnds(Date{2026, 11, 21}, {4, NoticePeriod::Unit::kWeeks}), (Date{2026, 12, 19}));
  EXPECT_EQ(NoticeEnds(Date{2026, 12, 31}, {1, NoticePeriod::Unit::kDays}), (Date{2027, 1, 1}));
}

}  // namespace
}  // namespace walkaway::core
