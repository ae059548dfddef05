// Take-home pay in the pay model (docs/tax.md, "In the pay model"): each year's take-home over the
// paths from the shipped 2026 tables, where the place comes from, what happens when it cannot be
// found, other currencies, pre-tax pension saving, and the settings' errors at their field.

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "tax/tax_test_support.h"
#include "walkaway/comp/projection.h"
#include "walkaway/tax/source.h"

namespace walkaway::comp {
namespace {

using core::Money;
using tax::testing::Tables2026;

const core::Date kToday{2026, 3, 1};

const tax::TablesSource& Source() {
  static const tax::TablesSource source({Tables2026()}, tax::FlaggedValues::kUseAndSay);
  return source;
}

// One salaried offer with nothing random: every path is the same, so the take-home of each path is
// TakeHome of the year's pay.
core::Case SalaryCase(const std::string& location, const std::string& country, int64_t base,
                      const std::string& currency = "USD") {
  core::Case c;
  c.candidate.currency = currency;
  core::Offer o;
  o.id = "job";
  o.location = location;
  o.country = country;
  o.base = Money::FromUnits(base);
  o.merit_raise_pct = 0;
  c.offers.push_back(o);
  return c;
}

core::PayProjection Project(const core::Case& c, size_t index = 0, int paths = 1000) {
  Projector p(c, {2, paths, 7, &Source()});
  EXPECT_TRUE(p.Check()) << p.Check().error().ToString();
  core::Result<core::PayProjection> out = p.Offer(index, kToday);
  EXPECT_TRUE(out.has_value());
  return out ? *out : core::PayProjection{};
}

Money TakeHomeOf(std::string_view country, std::string_view region, tax::YearIncome income,
                 std::string_view locality = "") {
  return tax::testing::Pay(tax::testing::Rules(country, region, locality), income).take_home;
}

TEST(TakeHomeProjectionTest, ASalaryInTexasTakesHomeWhatTheTablesLeave) {
  const core::PayProjection p = Project(SalaryCase("Austin, TX", "US", 100'000));
  ASSERT_TRUE(p.tax) << p.tax_unavailable;
  EXPECT_EQ(p.tax->place, "Texas, United States");
  EXPECT_EQ(p.tax->tables_year, "2026");
  EXPECT_EQ(p.tax->disclaimer, "estimate, not tax advice");
  const Money expected = TakeHomeOf("US", "TX", tax::testing::Salary(100'000));
  for (const core::YearFigures& y : p.years) {
    ASSERT_TRUE(y.take_home);
    EXPECT_EQ(y.take_home->p50, Money::FromUnitsRounded(expected.units()));
    EXPECT_EQ(y.take_home->p10, y.take_home->p50);  // nothing random in a bare salary
    EXPECT_EQ(y.take_home->gross, Money::FromUnits(100'000));
    EXPECT_LT(y.take_home->p50, y.p50);
  }
  EXPECT_EQ(*p.total_take_home_p50, Money::FromUnitsRounded(2 * expected.units()));
}

TEST(TakeHomeProjectionTest, TheSameSalaryInNewYorkCityLeavesLessThanInTexas) {
  const core::PayProjection texas = Project(SalaryCase("Austin, TX", "US", 150'000));
  const core::PayProjection nyc = Project(SalaryCase("New York", "US", 150'000));
  ASSERT_TRUE(texas.tax && nyc.tax);
  EXPECT_EQ(nyc.tax->place, "New York City, New York, United States");
  EXPECT_EQ(nyc.years[0].p50, texas.years[0].p50);
  EXPECT_LT(nyc.years[0].take_home->p50, texas.years[0].take_home->p50);
  const auto has_line = [](const core::TakeHomeFigures& t, std::string_view name) {
    for (const core::TaxLineFigure& l : t.lines) {
      if (l.name.find(name) != std::string::npos && l.amount.cents() > 0) return true;
    }
    return false;
  };
  EXPECT_TRUE(has_line(*nyc.years[0].take_home, "New York City"));
}

TEST(TakeHomeProjectionTest, AnOfferInEurosIsTaxedInEurosAndShownInTheCandidatesCurrency) {
  core::Case c = SalaryCase("Berlin", "DE", 80'000, "GBP");
  c.offers[0].currency = "EUR";
  c.offers[0].exchange_rate = 0.5;  // a round rate, so the conversion is exact
  const core::PayProjection p = Project(c);
  ASSERT_TRUE(p.tax) << p.tax_unavailable;
  const Money euros = TakeHomeOf("DE", "BE", tax::testing::Salary(80'000));
  EXPECT_EQ(p.years[0].take_home->p50, Money::FromUnitsRounded(euros.units() * 0.5));
  EXPECT_EQ(p.years[0].take_home->gross, Money::FromUnits(40'000));
}

TEST(TakeHomeProjectionTest, PayInAnotherCurrencyThanThePlaceTaxesInHasNoTakeHome) {
  const core::PayProjection p = Project(SalaryCase("Berlin", "DE", 80'000, "USD"));
  EXPECT_FALSE(p.tax);
  EXPECT_FALSE(p.years[0].take_home);
  EXPECT_NE(p.tax_unavailable.find("the pay is in USD and Berlin, Germany taxes it in EUR"), std::string::npos)
      << p.tax_unavailable;
}

TEST(TakeHomeProjectionTest, AnUnknownPlaceKeepsGrossAndSaysWhy) {
  const core::PayProjection p = Project(SalaryCase("Remote", "US", 90'000));
  EXPECT_FALSE(p.tax);
  EXPECT_EQ(p.years[0].p50, Money::FromUnits(90'000));
  EXPECT_NE(p.tax_unavailable.find("no take-home pay: no tax data for 'Remote'"), std::string::npos)
      << p.tax_unavailable;
}

TEST(TakeHomeProjectionTest, ARemoteJobIsTaxedWhereThePersonLives) {
  core::Case c = SalaryCase("Remote", "US", 90'000);
  c.tax.country = "US";
  c.tax.region = "CO";
  const core::PayProjection p = Project(c);
  ASSERT_TRUE(p.tax) << p.tax_unavailable;
  EXPECT_EQ(p.tax->place, "Colorado, United States");
  EXPECT_NE(p.tax->caveats.front().find("taxed where you live (Colorado, United States, from [tax])"),
            std::string::npos);
  EXPECT_EQ(p.years[0].take_home->p50,
            Money::FromUnitsRounded(TakeHomeOf("US", "CO", tax::testing::Salary(90'000)).units()));
}

TEST(TakeHomeProjectionTest, TheJobsOwnTaxPlaceWinsOverItsLocation) {
  core::Case c = SalaryCase("Austin, TX", "US", 90'000);
  c.offers[0].tax = core::TaxSetting{.country = "US", .region = "CA"};
  const core::PayProjection p = Project(c);
  ASSERT_TRUE(p.tax);
  EXPECT_EQ(p.tax->place, "California, United States");
}

TEST(TakeHomeProjectionTest, AFilingStatusOfTheCaseAppliesToEveryJob) {
  core::Case c = SalaryCase("Austin, TX", "US", 120'000);
  const Money single = Project(c).years[0].take_home->p50;
  c.tax.filing_status = core::TaxFiling::kMarriedJoint;
  const Money married = Project(c).years[0].take_home->p50;
  EXPECT_GT(married, single);
  c.offers[0].tax = core::TaxSetting{.filing_status = core::TaxFiling::kSingle};
  EXPECT_EQ(Project(c).years[0].take_home->p50, single);  // the job's own table wins
}

TEST(TakeHomeProjectionTest, PretaxPensionSavingLowersTakeHomeByLessThanItSaves) {
  core::Case c = SalaryCase("London", "GB", 60'000, "GBP");
  const Money without = Project(c).years[0].take_home->p50;
  c.tax.pretax_retirement_pct = 10;
  const Money with = Project(c).years[0].take_home->p50;
  tax::YearIncome income = tax::testing::Salary(60'000);
  income.pretax_retirement = Money::FromUnits(6'000);
  EXPECT_EQ(with, Money::FromUnitsRounded(TakeHomeOf("GB", "ENG", income).units()));
  EXPECT_LT(with, without);
  EXPECT_GT(with, without - Money::FromUnits(6'000));  // the saving is relieved of income tax
}

TEST(TakeHomeProjectionTest, ABonusThatVariesGivesASpreadOfTakeHome) {
  core::Case c = SalaryCase("Toronto", "CA", 120'000, "CAD");
  c.offers[0].bonus = core::Bonus{};
  c.offers[0].bonus->target_pct = 15;
  const core::PayProjection p = Project(c, 0, 5000);
  ASSERT_TRUE(p.tax) << p.tax_unavailable;
  const core::TakeHomeFigures& t = *p.years[0].take_home;
  EXPECT_LT(t.p10, t.p50);
  EXPECT_LT(t.p50, t.p90);
  EXPECT_LE(t.p90, p.years[0].p90);
}

TEST(TakeHomeProjectionTest, AStartBeyondTheTablesUsesTheLatestAndSaysSo) {
  core::Case c = SalaryCase("Austin, TX", "US", 100'000);
  c.offers[0].start_date = core::Date{2028, 1, 1};
  const core::PayProjection p = Project(c);
  ASSERT_TRUE(p.tax);
  bool said = false;
  for (const std::string& caveat : p.tax->caveats) {
    said = said || caveat.find("the 2026 tables are used for every year of the projection (there are none for 2028)") != std::string::npos;
  }
  EXPECT_TRUE(said);
}

TEST(TakeHomeProjectionTest, AStartBeforeTheTablesHasNoTakeHome) {
  core::Case c = SalaryCase("Austin, TX", "US", 100'000);
  c.offers[0].start_date = core::Date{2025, 6, 1};
  const core::PayProjection p = Project(c);
  EXPECT_FALSE(p.tax);
  EXPECT_NE(p.tax_unavailable.find("no tax data for Texas, United States 2025"), std::string::npos)
      << p.tax_unavailable;
}

TEST(TakeHomeProjectionTest, WithoutATaxSourceThereIsNoTakeHomeAndNothingToExplain) {
  const core::Case c = SalaryCase("Austin, TX", "US", 100'000);
  Projector p(c, {2, 1000, 7});
  const core::PayProjection out = *p.Offer(0, kToday);
  EXPECT_FALSE(out.tax);
  EXPECT_TRUE(out.tax_unavailable.empty());
  EXPECT_FALSE(out.years[0].take_home);
}

TEST(TakeHomeProjectionTest, TheCurrentJobIsTaxedFromItsOwnLocation) {
  core::Case c = SalaryCase("Austin, TX", "US", 100'000);
  c.candidate.situation.current.base = Money::FromUnits(90'000);
  c.candidate.situation.current.location = "Seattle";
  c.candidate.situation.current.country = "US";
  Projector p(c, {2, 1000, 7, &Source()});
  const core::PayProjection now = *p.Current(kToday);
  ASSERT_TRUE(now.tax) << now.tax_unavailable;
  EXPECT_EQ(now.tax->place, "Washington, United States");
}

// One Projector reuses its buffers from job to job: a taxed job with pension saving, then a job with no
// place, then a taxed job without saving, each as a fresh Projector gives it.
TEST(TakeHomeProjectionTest, AProjectorGivesEachJobWhatAFreshOneGives) {
  core::Case c = SalaryCase("London", "GB", 60'000, "GBP");
  c.offers[0].bonus = core::Bonus{};
  c.offers[0].bonus->target_pct = 10;
  c.offers[0].tax = core::TaxSetting{.pretax_retirement_pct = 5};
  core::Offer remote = c.offers[0];
  remote.id = "remote";
  remote.location = "Remote";
  remote.tax.reset();
  core::Offer edinburgh = c.offers[0];
  edinburgh.id = "edinburgh";
  edinburgh.location = "Edinburgh";
  edinburgh.tax.reset();
  c.offers.push_back(remote);
  c.offers.push_back(edinburgh);
  Projector shared(c, {2, 2000, 7, &Source()});
  for (size_t i = 0; i < c.offers.size(); ++i) {
    const core::PayProjection reused = *shared.Offer(i, kToday);
    Projector fresh(c, {2, 2000, 7, &Source()});
    EXPECT_EQ(reused, *fresh.Offer(i, kToday)) << c.offers[i].id;
  }
  EXPECT_FALSE(shared.Offer(1, kToday)->tax);
  EXPECT_TRUE(shared.Offer(2, kToday)->tax);
}

// RSU vests are pay through the year, option gains a lump: in the UK a lump pays National Insurance
// above the monthly limit at 2%, so the same value as options leaves more take-home than as RSUs.
TEST(TakeHomeProjectionTest, OptionGainsAreALumpAndRsuVestsRegularPay) {
  const auto with_equity = [](core::EquityKind kind) {
    core::Case c = SalaryCase("London", "GB", 40'000, "GBP");
    core::Equity e;
    e.kind = kind;
    e.grant = Money::FromUnits(160'000);  // 40,000 a year over four years, at today's value
    e.shares = 1000;
    e.strike = 0;
    e.fmv = 160;
    c.offers[0].equity = e;
    return Project(c);
  };
  const core::PayProjection rsu = with_equity(core::EquityKind::kRsu);
  const core::PayProjection options = with_equity(core::EquityKind::kOptions);
  ASSERT_TRUE(rsu.tax && options.tax) << rsu.tax_unavailable << options.tax_unavailable;
  ASSERT_EQ(rsu.years[0].take_home->gross, options.years[0].take_home->gross);
  EXPECT_GT(options.years[0].take_home->p50, rsu.years[0].take_home->p50);
}

struct BadSetting {
  const char* name;
  core::TaxSetting setting;
  const char* field;
  const char* message;
};

TEST(TaxSettingsTest, AnUnknownOrIncompletePlaceIsAnErrorAtItsField) {
  const BadSetting cases[] = {
      {"region", {.country = "US", .region = "ZZ"}, "offers[0].tax.region", "no tax data for region 'ZZ'"},
      {"country", {.country = "FR", .region = "IDF"}, "offers[0].tax.country", "no tax data for country 'FR'"},
      {"no country", {.region = "CA"}, "offers[0].tax.country", "needs its country"},
      {"city", {.country = "US", .region = "CA", .city = "LA"}, "offers[0].tax.city", "New York City is the only"},
      {"children", {.children = -1}, "offers[0].tax.children", "expected 0 to 20 children"},
      {"pension", {.pretax_retirement_pct = 120}, "offers[0].tax.pretax_retirement_pct", "0 to 100"},
      {"health", {.health_extra_rate_pct = 11}, "offers[0].tax.health_extra_rate_pct", "Zusatzbeitrag"},
  };
  for (const BadSetting& bad : cases) {
    core::Case c = SalaryCase("Austin, TX", "US", 100'000);
    c.offers[0].tax = bad.setting;
    const core::Status s = Projector(c).Check();
    ASSERT_FALSE(s) << bad.name;
    EXPECT_EQ(s.error().field_path, bad.field) << bad.name;
    EXPECT_NE(s.error().message.find(bad.message), std::string::npos) << bad.name << ": " << s.error().message;
  }
}

TEST(TaxSettingsTest, TheCasesAndTheCurrentJobsTablesAreCheckedToo) {
  core::Case c = SalaryCase("Austin, TX", "US", 100'000);
  c.tax.country = "XX";
  EXPECT_EQ(Projector(c).Check().error().field_path, "tax.country");
  c.tax = {};
  c.candidate.situation.current.tax = core::TaxSetting{.country = "GB", .region = "XYZ"};
  EXPECT_EQ(Projector(c).Check().error().field_path, "candidate.situation.current.tax.region");
}

// Every path keeps at most its pay: so each year's take-home quantiles sit at or below the gross ones
// (a job with no benefits in kind and no commute costs, whose gross is all taxable pay).
RC_GTEST_PROP(TakeHomeProjectionProperty, TakeHomeQuantilesNeverExceedGross, ()) {
  static const char* const kPlaces[][2] = {{"Austin, TX", "US"}, {"New York", "US"}, {"San Francisco", "US"},
                                           {"Edinburgh", "GB"},  {"Munich", "DE"},   {"Vancouver", "CA"}};
  static const char* const kCurrencies[] = {"USD", "USD", "USD", "GBP", "EUR", "CAD"};
  const size_t k = *rc::gen::inRange<size_t>(0, 6);
  core::Case c = SalaryCase(kPlaces[k][0], kPlaces[k][1], *rc::gen::inRange<int64_t>(0, 2'000'000), kCurrencies[k]);
  if (*rc::gen::arbitrary<bool>()) {
    c.offers[0].bonus = core::Bonus{};
    c.offers[0].bonus->target_pct = *rc::gen::inRange(0, 50);
  }
  if (*rc::gen::arbitrary<bool>()) c.offers[0].sign_on = core::SignOn{Money::FromUnits(*rc::gen::inRange(0, 100'000)), 0, false};
  Projector p(c, {3, 200, *rc::gen::inRange<uint64_t>(0, 1000), &Source()});
  const core::PayProjection out = *p.Offer(0, kToday);
  RC_ASSERT(out.tax.has_value());
  for (const core::YearFigures& y : out.years) {
    RC_ASSERT(y.take_home.has_value());
    RC_ASSERT(y.take_home->p10 <= y.p10 + Money::FromUnits(1));  // both rounded to whole units
    RC_ASSERT(y.take_home->p50 <= y.p50 + Money::FromUnits(1));
    RC_ASSERT(y.take_home->p90 <= y.p90 + Money::FromUnits(1));
    RC_ASSERT(y.take_home->p10 >= Money{});
  }
}

}  // namespace
}  // namespace walkaway::comp
