// The vesting, work-mode and title extractors, table-driven.

#include <gtest/gtest.h>

#include "walkaway/core/extract.h"

namespace walkaway::core {
namespace {

struct VestingCase {
  const char* name;
  const char* text;
  const char* summary;  // "" = nothing read
};

const VestingCase kVestingCases[] = {
    {"QuarterlyFourYearsOneYearCliff", "RSUs vesting quarterly over four years with a one-year cliff.",
     "vesting 4 years, 12-month cliff, quarterly"},
    {"CliffAfterMonthsThenMonthly", "Your options vest 25% after 12 months, then monthly.",
     "vesting 12-month cliff, monthly"},
    {"CustomSchedule", "The grant vests 5/15/40/40 over four years.", "vesting 5/15/40/40 over 4 years"},
    {"ScheduleWithPercentSigns", "Stock vests 10%/20%/30%/40%.", "vesting 10/20/30/40 over 4 years"},
    {"SixYears", "Options vest monthly over 6 years.", "vesting 6 years, monthly"},
    {"NoCliff", "RSUs vest quarterly over three years with no cliff.", "vesting 3 years, no cliff, quarterly"},
    {"CliffOfMonths", "Equity vests over 4 years, with a cliff of 6 months.", "vesting 4 years, 6-month cliff"},
    {"ScheduleNotSummingTo100", "The grant vests 10/20/30.", ""},
    {"NotAboutVesting", "We have worked here for four years.", ""},
};

class VestingTableTest : public ::testing::TestWithParam<VestingCase> {};

TEST_P(VestingTableTest, ReadsTheSchedule) {
  const VestingCase& c = GetParam();
  const std::vector<VestingMention> found = ExtractVesting(c.text);
  if (c.summary[0] == '\0') {
    EXPECT_TRUE(found.empty()) << found.front().summary;
    return;
  }
  ASSERT_EQ(found.size(), 1u) << c.text;
  EXPECT_EQ(found[0].summary, c.summary);
}

INSTANTIATE_TEST_SUITE_P(Forms, VestingTableTest, ::testing::ValuesIn(kVestingCases),
                         [](const auto& row) { return std::string(row.param.name); });

TEST(ExtractVestingTest, FillsTheVestingTerms) {
  const auto found = ExtractVesting("RSUs vesting quarterly over four years with a one-year cliff.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].vesting.years, 4);
  EXPECT_EQ(found[0].vesting.cliff_months, 12);
  EXPECT_EQ(found[0].vesting.every_months, 3);
  const auto custom = ExtractVesting("The grant vests 5/15/40/40.");
  ASSERT_EQ(custom.size(), 1u);
  EXPECT_EQ(custom[0].vesting.yearly_pct, (std::vector<double>{5, 15, 40, 40}));
}

struct WorkCase {
  const char* name;
  const char* text;
  std::optional<WorkMode> mode;
  std::optional<int> office_days;
  bool negated;
};

const WorkCase kWorkCases[] = {
    {"FullyRemote", "This role is fully remote within the UK.", WorkMode::kRemote, std::nullopt, false},
    {"RemoteHeading", "Senior Data Engineer - Remote (UK)", WorkMode::kRemote, std::nullopt, false},
    {"RemoteWithQuarterlyMeetups", "Fully remote; the team meets in person once a quarter.", WorkMode::kRemote,
     std::nullopt, false},
    {"HybridWithDays", "This is a hybrid role: we expect you in the office three days a week.", WorkMode::kHybrid, 3,
     false},
    {"DaysOnlyMeansHybrid", "You will work from our Manchester office three days a week.", WorkMode::kHybrid, 3,
     false},
    {"OfficeDaysWordOrder", "We ask for two office days a week.", WorkMode::kHybrid, 2, false},
    {"FiveDaysIsOnsite", "You will be in the office five days a week.", WorkMode::kOnsite, 5, false},
    {"OnSite", "Head of Platform (Madrid, on-site)", WorkMode::kOnsite, std::nullopt, false},
    {"RemoteButTwoDaysIsHybrid", "Remote, with 2 days a week in the office.", WorkMode::kHybrid, 2, false},
    {"NotFullyRemote", "Please note that this role is not fully remote.", std::nullopt, std::nullopt, true},
    {"NegatedRemoteWithHybrid", "Hybrid, not fully remote.", WorkMode::kHybrid, std::nullopt, false},
};

class WorkTableTest : public ::testing::TestWithParam<WorkCase> {};

TEST_P(WorkTableTest, ReadsModeAndDays) {
  const WorkCase& c = GetParam();
  const std::vector<WorkMention> found = ExtractWork(c.text);
  ASSERT_EQ(found.size(), 1u) << c.text;
  EXPECT_EQ(found[0].mode, c.mode);
  EXPECT_EQ(found[0].office_days, c.office_days);
  EXPECT_EQ(found[0].negated, c.negated);
}

INSTANTIATE_TEST_SUITE_P(Forms, WorkTableTest, ::testing::ValuesIn(kWorkCases),
                         [](const auto& row) { return std::string(row.param.name); });

TEST(ExtractWorkTest, AnOfficeAddressIsNotAWorkMode) {
  EXPECT_TRUE(ExtractWork("You will join our Berlin office on 1 February.").empty());
}

TEST(ExtractWorkTest, SummaryNamesModeAndDays) {
  const auto found = ExtractWork("Hybrid: three days a week in the office.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].summary, "hybrid, 3 office days a week");
  EXPECT_EQ(ExtractWork("Not fully remote.")[0].summary, "not fully remote");
}

struct TitleCase {
  const char* name;
  const char* text;
  bool heading;
  const char* title;  // "" = none
};

const TitleCase kTitleCases[] = {
    {"PositionOf", "We offer you the position of Senior Backend Engineer in our Berlin office.", false,
     "Senior Backend Engineer"},
    {"RoleOfWithNumeral", "The role of QA Engineer II at a monthly salary.", false, "QA Engineer II"},
    {"ConnectorInside", "You will join us as Head of Platform, reporting to the CTO.", false, "Head of Platform"},
    {"EndOfSentence", "We are hiring you in the role of Staff Engineer.", false, "Staff Engineer"},
    {"LowerCaseIsNotATitle", "The role of helping customers matters.", false, ""},
    {"HeadingWithDash", "Senior Data Engineer - Remote (UK)\n\nWe help retailers.", true, "Senior Data Engineer"},
    {"HeadingWithComma", "Senior Accountant, Lisbon (hybrid)\n\nJoin us.", true, "Senior Accountant"},
    {"HeadingThatIsASentence", "We are a fast-paced team.\n", true, ""},
    {"MailHeaderIsNotAHeading", "From: talent@example.com\n", true, ""},
};

class TitleTableTest : public ::testing::TestWithParam<TitleCase> {};

TEST_P(TitleTableTest, ReadsTheTitle) {
  const TitleCase& c = GetParam();
  const std::vector<TitleMention> found = ExtractTitles(c.text, c.heading);
  if (c.title[0] == '\0') {
    EXPECT_TRUE(found.empty()) << found.front().title;
    return;
  }
  ASSERT_FALSE(found.empty()) << c.text;
  EXPECT_EQ(found.front().title, c.title);
}

INSTANTIATE_TEST_SUITE_P(Forms, TitleTableTest, ::testing::ValuesIn(kTitleCases),
                         [](const auto& row) { return std::string(row.param.name); });

}  // namespace
}  // namespace walkaway::core
