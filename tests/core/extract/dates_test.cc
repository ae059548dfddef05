// The date extractor, table-driven: each row is a sentence, the document's date, and the date and
// role we expect for its first date mention.

#include <gtest/gtest.h>

#include "walkaway/core/extract.h"

namespace walkaway::core {
namespace {

struct DateCase {
  const char* name;
  const char* text;
  const char* document_date;  // "" = unknown
  const char* expected;       // "" = no resolved date
  DateRole role;
};

std::optional<Date> D(const char* text) {
  if (text[0] == '\0') return std::nullopt;
  return *ParseDate(text);
}

// 2026-11-19 is a Thursday; 2026-11-20 a Friday; 2028-02-10 is in a leap year.
const DateCase kDateCases[] = {
    {"DayMonthYear", "Please reply by 2 December 2026.", "", "2026-12-02", DateRole::kDeadline},
    {"OrdinalDay", "Please reply by the 2nd of December 2026.", "", "2026-12-02", DateRole::kDeadline},
    {"MonthDayYear", "Please reply by Dec 2, 2026.", "", "2026-12-02", DateRole::kDeadline},
    {"MonthAbbrevWithDot", "Reply by Dec. 2, 2026 please.", "", "2026-12-02", DateRole::kDeadline},
    {"Iso", "The offer is valid until 2026-12-02.", "", "2026-12-02", DateRole::kDeadline},
    {"NumericDayFirstWhenUnambiguous", "Sign and return by 25/12/2026.", "", "2026-12-25", DateRole::kDeadline},
    {"NumericMonthFirstWhenUnambiguous", "Sign and return by 12/25/2026.", "", "2026-12-25", DateRole::kDeadline},
    {"NumericSameDayAndMonth", "Reply by 05/05/2027.", "", "2027-05-05", DateRole::kDeadline},
    {"NumericAmbiguousIsNotResolved", "Reply by 02/12/2026.", "", "", DateRole::kDeadline},
    {"NoLaterThan", "We need your decision no later than 30 November 2026.", "", "2026-11-30",
     DateRole::kDeadline},
    {"StartDate", "You will start on 1 February 2027.", "", "2027-02-01", DateRole::kStart},
    {"StartingBeatsEarlierBy", "Decide by Monday, starting on 4 January 2027.", "2026-11-19", "2026-11-23",
     DateRole::kDeadline},
    {"PlainMention", "We met on 3 November 2026.", "", "2026-11-03", DateRole::kMention},
    {"WeekdayBeforeDate", "Reply by Friday, 4 December 2026.", "", "2026-12-04", DateRole::kDeadline},
    {"NoYearTakesNextOccurrence", "Reply by 4 January.", "2026-11-19", "2027-01-04", DateRole::kDeadline},
    {"NoYearSameYear", "Reply by 4 December.", "2026-11-19", "2026-12-04", DateRole::kDeadline},
    {"NoYearWithoutDocumentDate", "Reply by 4 December.", "", "", DateRole::kDeadline},
    {"LeapDayValid", "Reply by 29 February 2028.", "", "2028-02-29", DateRole::kDeadline},
    {"LeapDayInvalidIsSkipped", "Reply by 29 February 2027.", "", "", DateRole::kMention},
    {"ThirtyFirstOfNovemberIsSkipped", "Reply by 31 November 2026.", "", "", DateRole::kMention},
    {"Tomorrow", "We need an answer tomorrow.", "2026-11-19", "2026-11-20", DateRole::kDeadline},
    {"EndOfDayTomorrow", "This offer expires at end of day tomorrow.", "2026-11-19", "2026-11-20",
     DateRole::kDeadline},
    {"TomorrowEndOfDay", "Reply tomorrow by end of day.", "2026-11-19", "2026-11-20", DateRole::kDeadline},
    {"EndOfDayAlone", "We need your answer by end of day.", "2026-11-19", "2026-11-19", DateRole::kDeadline},
    {"Eod", "Answer by EOD please.", "2026-11-19", "2026-11-19", DateRole::kDeadline},
    {"ByFriday", "We need your answer by Friday.", "2026-11-17", "2026-11-20", DateRole::kDeadline},
    {"ThisFridayOnAFriday", "Let us know this Friday.", "2026-11-20", "2026-11-20", DateRole::kMention},
    {"FridayOnASaturdayIsNextWeek", "Reply by Friday.", "2026-11-21", "2026-11-27", DateRole::kDeadline},
    {"NextFriday", "Reply by next Friday.", "2026-11-17", "2026-11-27", DateRole::kDeadline},
    {"NextMondayOnASunday", "Reply by next Monday.", "2026-11-22", "2026-11-23", DateRole::kDeadline},
    {"Within48Hours", "Please respond within 48 hours.", "2026-11-19", "2026-11-21", DateRole::kDeadline},
    {"Within36HoursRoundsUp", "Please respond within 36 hours.", "2026-11-19", "2026-11-21",
     DateRole::kDeadline},
    {"InTwoWeeks", "Please decide in two weeks.", "2026-11-19", "2026-12-03", DateRole::kDeadline},
    {"WithinAWeek", "Please respond within a week.", "2026-11-19", "2026-11-26", DateRole::kDeadline},
    {"WithinBusinessDays", "Please respond within 3 business days.", "2026-11-19", "2026-11-24",
     DateRole::kDeadline},
    {"EndOfTheWeek", "We need to hear by the end of the week.", "2026-11-17", "2026-11-20",
     DateRole::kDeadline},
    {"EndOfNextWeek", "Reply by end of next week.", "2026-11-17", "2026-11-27", DateRole::kDeadline},
    {"EndOfTheMonthInLeapFebruary", "Reply by the end of the month.", "2028-02-10", "2028-02-29",
     DateRole::kDeadline},
    {"EndOfTheMonthInDecember", "Reply by the end of the month.", "2026-12-03", "2026-12-31",
     DateRole::kDeadline},
    {"InOneMonthClampsMonthEnd", "Reply within one month.", "2027-01-31", "2027-02-28", DateRole::kDeadline},
    {"RelativeWithoutDocumentDate", "Reply by Friday.", "", "", DateRole::kDeadline},
    // Issue #12, class 10: the day named after "end of day" is the date, not the day of writing.
    {"EndOfDayBeforeAWeekday", "Please confirm your acceptance by end of day Thursday (19th).", "2026-11-16",
     "2026-11-19", DateRole::kDeadline},
    {"CloseOfBusinessOnADate", "Reply by close of business on 20 November 2026.", "2026-11-16", "2026-11-20",
     DateRole::kDeadline},
    // A span counted from an event still to come is no date at all.
    {"SpanFromAcceptanceIsNoDate", "Your contract will be issued within five working days of your acceptance.",
     "2026-11-16", "", DateRole::kMention},
    {"SpanAfterYouStartIsNoDate", "You will be enrolled in the pension within 30 days after you start.",
     "2026-11-16", "", DateRole::kMention},
};

class DateTableTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(DateTableTest, ReadsTheFirstDate) {
  const DateCase& c = GetParam();
  const std::vector<DateMention> found = ExtractDates(c.text, D(c.document_date));
  if (c.expected[0] == '\0' && c.role == DateRole::kMention && found.empty()) return;  // nothing read at all
  ASSERT_FALSE(found.empty()) << c.text;
  const DateMention& m = found.front();
  if (c.expected[0] == '\0') {
    EXPECT_FALSE(m.date) << m.date->ToString();
  } else {
    ASSERT_TRUE(m.date) << c.text;
    EXPECT_EQ(m.date->ToString(), c.expected);
  }
  EXPECT_EQ(m.role, c.role) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Forms, DateTableTest, ::testing::ValuesIn(kDateCases),
                         [](const auto& row) { return std::string(row.param.name); });

TEST(ExtractDatesTest, AmbiguousNumericDateKeepsBothReadings) {
  const auto found = ExtractDates("Reply by 02/03/2027.", std::nullopt);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].ambiguous);
  ASSERT_EQ(found[0].readings.size(), 2u);
  EXPECT_EQ(found[0].readings[0].ToString(), "2027-03-02");
  EXPECT_EQ(found[0].readings[1].ToString(), "2027-02-03");
}

TEST(ExtractDatesTest, ReportsLineColumnAndSentence) {
  const auto found = ExtractDates("Dear Jo,\n\nThanks. Please answer\nby 2 December 2026. Best.", std::nullopt);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].place.line, 4);
  EXPECT_EQ(found[0].place.column, 4);
  EXPECT_EQ(found[0].place.sentence, "Please answer by 2 December 2026.");
  EXPECT_EQ(found[0].text, "2 December 2026");
}

TEST(ExtractDatesTest, MayAsAVerbIsNotAMonth) {
  EXPECT_TRUE(ExtractDates("You may be eligible for 2 bonuses.", std::nullopt).empty());
}

TEST(ExtractDatesTest, SaturdayAbbreviationAloneIsNotADate) {
  EXPECT_TRUE(ExtractDates("She sat down with us.", Date{2026, 11, 19}).empty());
}

TEST(DocumentDateTest, ReadsTheDateHeaderOfAMessage) {
  const auto date = DocumentDate("From: talent@x.example\nDate: Thu, 19 Nov 2026 18:42\n\nHi Jonas,\n");
  ASSERT_TRUE(date);
  EXPECT_EQ(date->ToString(), "2026-11-19");
}

TEST(DocumentDateTest, IgnoresDatesInTheBody) {
  EXPECT_FALSE(DocumentDate("Hi Jonas,\n\nDate: 19 Nov 2026 was fine.\n"));
}

TEST(DocumentDateTest, EmptyAndBinaryTextHaveNoDate) {
  EXPECT_FALSE(DocumentDate(""));
  EXPECT_FALSE(DocumentDate(std::string("Date: \xFF\xFE\x00\x01", 10)));
}

}  // namespace
}  // namespace walkaway::core
