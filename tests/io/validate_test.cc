// Cross-field checks (core::ValidateCase): directly on built cases, and through the case file so
// the error also carries the position of the offending value.

#include "walkaway/core/validate.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "io_test_util.h"
#include "support/builders.h"
#include "walkaway/io/case_file.h"

namespace walkaway::io {
namespace {

using core::ErrorCode;
using testing::ErrorOf;
using testing::MinimalToml;
using testing::OffersOnlyToml;
using walkaway::testing::AlignedCase;

// The error of validating `c`; fails the test when it is valid.
core::Error InvalidBecause(const core::Case& c) {
  core::Status status = core::ValidateCase(c);
  if (status) {
    ADD_FAILURE() << "expected the case to be invalid";
    return core::Error{};
  }
  return status.error();
}

void ExpectAt(const core::Error& e, std::string_view path, int line, int column, std::string_view message_part) {
  EXPECT_EQ(e.code, ErrorCode::kInvalidInput) << e.ToString();
  EXPECT_EQ(e.field_path, path) << e.ToString();
  EXPECT_EQ(e.location.line, line) << e.ToString();
  EXPECT_EQ(e.location.column, column) << e.ToString();
  EXPECT_NE(e.message.find(message_part), std::string::npos) << e.ToString();
}

core::Error OfferError(std::string_view lines) { return ErrorOf(MinimalToml() + std::string(lines)); }

TEST(ValidateCaseTest, AcceptsTheAlignedCase) { EXPECT_TRUE(core::ValidateCase(AlignedCase())); }

// Issue #12, item 5: a month's pay typed as a year's would make every pay finding wrong twelvefold.
TEST(ValidateCaseTest, AMonthsPayTypedAsAYearsBaseIsAnErrorGivingTheYearlyFigure) {
  const core::Error e = OfferError("base = 5166\n");
  ExpectAt(e, "offers[0].base", 7, 8, "5,166 USD a year is 2.48 USD an hour over 40 hours a week");
  EXPECT_NE(e.message.find("if 5,166 is a month's pay, write 61,992"), std::string::npos) << e.message;
  EXPECT_NE(e.message.find("if the job is part-time, set offers[0].work.expected_weekly_hours"), std::string::npos)
      << e.message;
}

TEST(ValidateCaseTest, APartTimeBaseWithItsHoursPasses) {
  core::Case c = AlignedCase();
  c.candidate.currency = "USD";
  c.offers[0].currency = "";
  c.offers[0].base = core::Money::FromUnits(6'000);
  c.offers[0].work.expected_weekly_hours = 40;
  EXPECT_EQ(InvalidBecause(c).field_path, "offers[0].base");
  c.offers[0].work.expected_weekly_hours = 20;  // 5.77 an hour
  EXPECT_TRUE(core::ValidateCase(c)) << core::ValidateCase(c).error().ToString();
}

TEST(ValidateCaseTest, ALowButRealFullTimeWagePasses) {
  core::Case c = AlignedCase();
  c.candidate.currency = "GBP";
  c.offers[0].currency = "";
  c.offers[0].base = core::Money::FromUnits(18'000);  // 8.65 GBP an hour: low, and real
  EXPECT_TRUE(core::ValidateCase(c)) << core::ValidateCase(c).error().ToString();
}

TEST(ValidateCaseTest, TheCurrentJobsBaseAndTheBaseFloorAreCheckedToo) {
  ExpectAt(ErrorOf("[candidate.situation.current]\nbase = 4200\n" + OffersOnlyToml()),
           "candidate.situation.current.base", 2, 8, "set candidate.situation.current.weekly_hours");
  const core::Error floor = ErrorOf("[candidate.non_negotiables]\nbase_min = 4200\n" + OffersOnlyToml());
  ExpectAt(floor, "candidate.non_negotiables.base_min", 2, 12, "if 4,200 is a month's pay, write 50,400");
  EXPECT_EQ(floor.message.find("part-time"), std::string::npos) << "a floor has no hours to set";
}

TEST(ValidateCaseTest, ACurrencyWithoutAKnownWageFloorIsNotJudged) {
  core::Case c = AlignedCase();
  c.offers[0].currency = "TRY";
  c.offers[0].exchange_rate = 0.03;
  c.offers[0].base = core::Money::FromUnits(5'000);
  EXPECT_TRUE(core::ValidateCase(c)) << core::ValidateCase(c).error().ToString();
}

TEST(ValidateCaseTest, RejectsAFixedTermOutsideOneToOneHundredTwentyMonths) {
  ExpectAt(OfferError("term_months = 0\n"), "offers[0].term_months", 7, 15, "expected 1 to 120, found 0");
  EXPECT_TRUE(core::ValidateCase([] {
    core::Case c = AlignedCase();
    c.offers[0].term_months = 6;
    return c;
  }()));
}

TEST(ValidateCaseTest, RejectsDeadlineBeforeReceived) {
  const core::Error e = OfferError("received = 2026-11-20\ndeadline = 2026-11-19\n");
  ExpectAt(e, "offers[0].deadline", 8, 12, "the deadline 2026-11-19 is before the offer was received (2026-11-20)");
}

TEST(ValidateCaseTest, RejectsARemoteJobWithOfficeDays) {
  const core::Error e = OfferError("work = { mode = \"remote\", office_days = 2 }\n");
  ExpectAt(e, "offers[0].work.office_days", 7, 41, "the job is remote but has 2 office days a week");
}

TEST(ValidateCaseTest, RejectsExtensionEndingBeforeTheDeadline) {
  const core::Error e = OfferError("deadline = 2026-11-23\nextension = \"granted\"\nextended_to = 2026-11-22\n");
  ExpectAt(e, "offers[0].extended_to", 9, 15, "ends before the original deadline");
}

TEST(ValidateCaseTest, RejectsDuplicateOfferIdsOnTheSecond) {
  const core::Error e = ErrorOf(MinimalToml() + "[[offers]]\nid = \"acme\"\ncompany = \"Acme 2\"\n");
  ExpectAt(e, "offers[1].id", 8, 6, "duplicate offer id \"acme\" (also used by offers[0])");
}

TEST(ValidateCaseTest, RejectsOfferIdsOutsideTheAllowedCharacters) {
  ExpectAt(ErrorOf("[candidate]\n[[offers]]\nid = \"Acme Corp\"\ncompany = \"Acme\"\n"), "offers[0].id", 3, 6,
           "may only use a-z, 0-9");
  ExpectAt(ErrorOf("[candidate]\n[[offers]]\nid = \"\"\ncompany = \"Acme\"\n"), "offers[0].id", 3, 6,
           "1 to 64 characters");
}

TEST(ValidateCaseTest, RejectsAnEmptyOffersList) {
  ExpectAt(ErrorOf("offers = []\n[candidate]\n"), "offers", 1, 10, "the case has no offers");
  ExpectAt(ErrorOf("{\"candidate\": {}, \"offers\": []}", "case.json"), "offers", 1, 29, "the case has no offers");
}

TEST(ValidateCaseTest, RejectsAnEmptyCompany) {
  ExpectAt(ErrorOf("[candidate]\n[[offers]]\nid = \"a\"\ncompany = \"\"\n"), "offers[0].company", 4, 11,
           "the company is empty");
}

TEST(ValidateCaseTest, RejectsVestingSharesNotSummingToAHundred) {
  const core::Error e =
      OfferError("equity = { kind = \"rsu\", grant = \"40k\", vesting = { years = 4, yearly_pct = [10, 20, 30, 30] } }\n");
  ExpectAt(e, "offers[0].equity.vesting.yearly_pct", 7, 77, "add up to 90, not 100");
}

TEST(ValidateCaseTest, RejectsOneVestingSharePerYearMismatch) {
  const core::Error e = OfferError("equity = { kind = \"rsu\", vesting = { years = 3, yearly_pct = [50, 50] } }\n");
  EXPECT_EQ(e.field_path, "offers[0].equity.vesting.yearly_pct");
  EXPECT_NE(e.message.find("one share per year of vesting (3), found 2"), std::string::npos) << e.ToString();
}

TEST(ValidateCaseTest, RejectsACliffLongerThanTheVesting) {
  const core::Error e = OfferError("equity = { kind = \"rsu\", vesting = { years = 2, cliff_months = 30 } }\n");
  ExpectAt(e, "offers[0].equity.vesting.cliff_months", 7, 64, "a cliff of 30 months does not fit a 24-month vesting");
}

TEST(ValidateCaseTest, RejectsVestingEveryFiveMonths) {
  const core::Error e = OfferError("equity = { kind = \"rsu\", vesting = { every_months = 5 } }\n");
  ExpectAt(e, "offers[0].equity.vesting.every_months", 7, 53, "expected 1, 3, 6 or 12");
}

TEST(ValidateCaseTest, RejectsExcitementAboveFive) {
  const core::Error e = ErrorOf("[reflection]\nexcited = 9\n" + MinimalToml());
  ExpectAt(e, "reflection.excited", 2, 11, "expected 1 to 5, found 9");
}

TEST(ValidateCaseTest, RejectsGutBelowOneInAnOffersReflection) {
  const core::Error e = OfferError("reflection = { gut = 0 }\n");
  ExpectAt(e, "offers[0].reflection.gut", 7, 22, "expected 1 to 5, found 0");
}

TEST(ValidateCaseTest, RejectsOfficeDaysAboveSeven) {
  ExpectAt(OfferError("work = { office_days = 8 }\n"), "offers[0].work.office_days", 7, 24, "expected 0 to 7");
}

TEST(ValidateCaseTest, RejectsWeeklyHoursOutOfRange) {
  ExpectAt(OfferError("work = { expected_weekly_hours = 169 }\n"), "offers[0].work.expected_weekly_hours", 7, 34,
           "expected 1 to 168, found 169");
  ExpectAt(ErrorOf("[candidate.non_negotiables]\nmax_weekly_hours = 0\n" + testing::OffersOnlyToml()),
           "candidate.non_negotiables.max_weekly_hours", 2, 20, "expected 1 to 168, found 0");
}

TEST(ValidateCaseTest, RejectsCommuteOverTenHours) {
  ExpectAt(OfferError("work = { commute_minutes = 601 }\n"), "offers[0].work.commute_minutes", 7, 28,
           "expected 0 to 600");
}

TEST(ValidateCaseTest, RejectsBonusAboveTwoHundredPercent) {
  ExpectAt(OfferError("bonus = { target_pct = 250 }\n"), "offers[0].bonus.target_pct", 7, 24,
           "expected 0 to 200, found 250");
}

TEST(ValidateCaseTest, RejectsANonPositiveExchangeRate) {
  ExpectAt(OfferError("exchange_rate = 0\n"), "offers[0].exchange_rate", 7, 17, "must be above 0");
}

TEST(ValidateCaseTest, RejectsAnExchangeRateOutsideItsBounds) {
  ExpectAt(OfferError("currency = \"EUR\"\nexchange_rate = 2000000\n"), "offers[0].exchange_rate", 8, 17,
           "expected an exchange rate from 0.000001 to 1000000 (one unit of the offer's currency in the "
           "candidate's), found 2000000");
  ExpectAt(OfferError("currency = \"EUR\"\nexchange_rate = 0.0000001\n"), "offers[0].exchange_rate", 8, 17,
           "found 0.0000001");
  ExpectAt(ErrorOf("{\"candidate\": {}, \"offers\": [{\"id\": \"a\", \"company\": \"A\", \"currency\": \"EUR\", "
                   "\"exchange_rate\": 1e7}]}",
                   "case.json"),
           "offers[0].exchange_rate", 1, 94, "expected an exchange rate from 0.000001 to 1000000");
}

TEST(ValidateCaseTest, AcceptsExchangeRatesAtTheirBounds) {
  for (double rate : {1e-6, 1e6}) {
    core::Case c = AlignedCase();
    c.offers[0].currency = "USD";
    c.offers[0].exchange_rate = rate;
    c.offers[0].base = core::Money::FromUnits(10'000'000);  // 10^13 at the largest rate: the limit itself
    c.offers[0].equity.reset();
    c.offers[0].claims.clear();
    EXPECT_TRUE(core::ValidateCase(c)) << rate << ": " << InvalidBecause(c).ToString();
  }
}

TEST(ValidateCaseTest, RejectsAnAmountPastTheLimitOnceConverted) {
  const core::Error e = OfferError("currency = \"EUR\"\nexchange_rate = 1000000\nbase = \"20000000000\"\n");
  ExpectAt(e, "offers[0].base", 9, 8,
           "at exchange_rate 1000000, 20,000,000,000 EUR is 20,000,000,000,000,000 USD, above the limit of "
           "10,000,000,000,000 for any amount");
  // The same amount in the candidate's own currency is fine.
  EXPECT_TRUE(io::ParseCase(MinimalToml() + "base = \"20000000000\"\n", "case.toml", Format::kToml));
}

// Every amount of a case, in a built case (the decoder refuses these in a file before validation).
TEST(ValidateCaseTest, RejectsEveryAmountPastTheLimitInBuiltCases) {
  const core::Money limit = core::Money::FromUnits(core::kMaxAmountUnits);
  const core::Money over = limit + core::Money::FromCents(1);
  struct Row {
    const char* path;
    void (*set)(core::Case&, core::Money);
  };
  const Row rows[] = {
      {"candidate.non_negotiables.base_min", [](core::Case& c, core::Money m) { c.candidate.non_negotiables.base_min = m; }},
      {"candidate.non_negotiables.total_min", [](core::Case& c, core::Money m) { c.candidate.non_negotiables.total_min = m; }},
      {"candidate.goals.target_total", [](core::Case& c, core::Money m) { c.candidate.goals.target_total = m; }},
      {"candidate.situation.current.base", [](core::Case& c, core::Money m) { c.candidate.situation.current.base = m; }},
      {"candidate.situation.current.bonus", [](core::Case& c, core::Money m) { c.candidate.situation.current.bonus = m; }},
      {"offers[0].base", [](core::Case& c, core::Money m) { c.offers[0].base = m; }},
      {"offers[0].sign_on.amount", [](core::Case& c, core::Money m) { c.offers[0].sign_on = core::SignOn{m}; }},
      {"offers[0].equity.grant", [](core::Case& c, core::Money m) { c.offers[0].equity->grant = m; }},
      {"offers[0].equity.refresher", [](core::Case& c, core::Money m) { c.offers[0].equity->refresher = m; }},
      {"offers[0].work.commute_cost_per_trip", [](core::Case& c, core::Money m) { c.offers[0].work.commute_cost_per_trip = m; }},
      {"offers[0].claims[0].amount", [](core::Case& c, core::Money m) { c.offers[0].claims[0].amount = m; }},
      {"offers[0].relocation.amount", [](core::Case& c, core::Money m) { c.offers[0].relocation = core::SignOn{m}; }},
      {"offers[0].benefit_terms.retirement_match_limit",
       [](core::Case& c, core::Money m) { c.offers[0].benefit_terms.retirement_match_limit = m; }},
      {"model.retirement_comp_limit", [](core::Case& c, core::Money m) { c.model.retirement_comp_limit = m; }},
      {"model.negotiation_typical", [](core::Case& c, core::Money m) { c.model.negotiation_typical = m; }},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.path);
    core::Case c = AlignedCase();
    row.set(c, limit);
    EXPECT_TRUE(core::ValidateCase(c));
    row.set(c, over);
    const core::Error e = InvalidBecause(c);
    EXPECT_EQ(e.field_path, row.path);
    EXPECT_NE(e.message.find("above the limit of 10,000,000,000,000 for any amount"), std::string::npos) << e.message;
    row.set(c, -core::Money::FromCents(1));
    EXPECT_EQ(InvalidBecause(c).message, "amounts cannot be negative");
  }
}

TEST(ValidateCaseTest, RejectsEveryOfferAmountPastTheLimitOnceConverted) {
  // 10^8 units at 10^6 each is 10^14 in the candidate's currency.
  const core::Money amount = core::Money::FromUnits(100'000'000);
  const std::vector<std::pair<const char*, void (*)(core::Case&, core::Money)>> rows = {
      {"offers[0].base", [](core::Case& c, core::Money m) { c.offers[0].base = m; }},
      {"offers[0].sign_on.amount", [](core::Case& c, core::Money m) { c.offers[0].sign_on = core::SignOn{m}; }},
      {"offers[0].equity.grant", [](core::Case& c, core::Money m) { c.offers[0].equity->grant = m; }},
      {"offers[0].equity.refresher", [](core::Case& c, core::Money m) { c.offers[0].equity->refresher = m; }},
      {"offers[0].work.commute_cost_per_trip", [](core::Case& c, core::Money m) { c.offers[0].work.commute_cost_per_trip = m; }},
      {"offers[0].claims[0].amount", [](core::Case& c, core::Money m) { c.offers[0].claims[0].amount = m; }},
      {"offers[0].relocation.amount", [](core::Case& c, core::Money m) { c.offers[0].relocation = core::SignOn{m}; }},
      {"offers[0].benefit_terms.retirement_match_limit",
       [](core::Case& c, core::Money m) { c.offers[0].benefit_terms.retirement_match_limit = m; }},
  };
  for (const auto& [path, set] : rows) {
    SCOPED_TRACE(path);
    core::Case c = AlignedCase();
    c.offers[0].currency = "VND";
    c.offers[0].exchange_rate = 1e6;
    c.offers[0].base = core::Money::FromUnits(1);
    c.offers[0].equity->grant = core::Money{};
    set(c, amount);
    const core::Error e = InvalidBecause(c);
    EXPECT_EQ(e.field_path, path);
    EXPECT_NE(e.message.find("at exchange_rate 1000000, 100,000,000 VND is 100,000,000,000,000 EUR"), std::string::npos)
        << e.message;
  }
}

TEST(ValidateCaseTest, RejectsASharePriceAboveTheLimit) {
  ExpectAt(OfferError("equity = { kind = \"options\", shares = 1000, strike = 20000000000000, fmv = 2 }\n"),
           "offers[0].equity.strike", 7, 54, "the price 20000000000000 is above the limit of 10,000,000,000,000");
}

TEST(ValidateCaseTest, RejectsAGrantWorthMoreThanTheLimitAtAStatedPrice) {
  ExpectAt(OfferError("equity = { kind = \"rsu\", shares = 1000000000, public_stock = { price = 100000 } }\n"),
           "offers[0].equity.public_stock.price", 7, 72,
           "1000000000 shares at 100000 USD are worth 100000000000000 USD, above the limit of 10,000,000,000,000");
  // Converted: 10^6 shares at 1,000 EUR, each EUR worth 10^5 of the candidate's currency.
  core::Case c = AlignedCase();
  c.offers[0].currency = "USD";
  c.offers[0].exchange_rate = 1e5;
  c.offers[0].base = core::Money::FromUnits(100'000);
  c.offers[0].equity = core::Equity{.kind = core::EquityKind::kOptions, .shares = 1e6, .strike = 1, .fmv = 1'000};
  const core::Error e = InvalidBecause(c);
  EXPECT_EQ(e.field_path, "offers[0].equity.fmv");
  EXPECT_NE(e.message.find("are worth 100000000000000 EUR"), std::string::npos) << e.message;
}

TEST(ValidateCaseTest, RejectsPtoDaysOverAYear) {
  ExpectAt(OfferError("pto_days = 400\n"), "offers[0].pto_days", 7, 12, "expected 0 to 365");
}

TEST(ValidateCaseTest, RejectsAHorizonBeyondTenYears) {
  ExpectAt(ErrorOf("[candidate.goals]\nhorizon_years = 11\n" + testing::OffersOnlyToml()), "candidate.goals.horizon_years",
           2, 17, "expected 1 to 10");
}

TEST(ValidateCaseTest, RejectsANegativeRunway) {
  ExpectAt(ErrorOf("[candidate.situation]\nrunway_months = -1\n" + testing::OffersOnlyToml()),
           "candidate.situation.runway_months", 2, 17, "expected 0 to 1200");
}

TEST(ValidateCaseTest, RejectsANegotiableGapWiderThanTheWalkGap) {
  ExpectAt(ErrorOf(MinimalToml() + "[rubric]\npay_negotiable_pct = 20\npay_walk_pct = 15\n"),
           "rubric.pay_negotiable_pct", 8, 22, "cannot exceed pay_walk_pct");
}

TEST(ValidateCaseTest, RejectsAnEmptyClaimValue) {
  ExpectAt(OfferError("[[offers.claims]]\ntopic = \"title\"\nvalue = \"\"\n"), "offers[0].claims[0].value", 9, 9,
           "the claim's value is empty");
}

TEST(ValidateCaseTest, ChecksBuiltCasesWithoutAFile) {
  core::Case c = AlignedCase();
  c.offers[0].equity->vesting.years = 1;
  c.offers[0].equity->vesting.cliff_months = 13;
  EXPECT_EQ(InvalidBecause(c).field_path, "offers[0].equity.vesting.cliff_months");

  c = AlignedCase();
  c.offers.clear();
  EXPECT_EQ(InvalidBecause(c).field_path, "offers");

  c = AlignedCase();
  c.candidate.currency = "XXX";
  EXPECT_EQ(InvalidBecause(c).field_path, "candidate.currency");

  c = AlignedCase();
  c.candidate.non_negotiables.growth = {"ping_pong"};
  EXPECT_EQ(InvalidBecause(c).field_path, "candidate.non_negotiables.growth[0]");

  c = AlignedCase();
  c.offers[0].base = core::Money::FromUnits(-1);
  EXPECT_EQ(InvalidBecause(c).field_path, "offers[0].base");

  c = AlignedCase();
  c.rubric.min_decision_days = -1;
  EXPECT_EQ(InvalidBecause(c).field_path, "rubric.min_decision_days");
}

TEST(ValidateCaseTest, PointsAtTheNearestWrittenValueForDefaults) {
  // pay_negotiable_pct keeps its default (10), which the written pay_walk_pct undercuts: the error
  // names the unwritten key and points at the [rubric] table that holds it.
  const core::Error e = ErrorOf(MinimalToml() + "[rubric]\npay_walk_pct = 5\n");
  ExpectAt(e, "rubric.pay_negotiable_pct", 7, 1, "cannot exceed pay_walk_pct (5)");
}

}  // namespace
}  // namespace walkaway::io
