// SIGN-PAY and BIAS-TITLE after tax (docs/tax.md, "In the rules"): when the offer and the current job are
// taxed in different places, or the rubric asks for it, the comparison with the current job is made on
// year one's take-home; gross pay otherwise. Projections are written by hand, so only the rules are
// under test.

#include <gtest/gtest.h>

#include "support/builders.h"
#include "walkaway/core/evaluate.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;
using walkaway::testing::AskText;

// A projection whose year one has the given gross median, hourly pay and take-home median.
PayProjection Projected(const std::string& id, int64_t p50, int64_t take_home, const std::string& place,
                        std::optional<double> hourly = std::nullopt) {
  PayProjection p;
  p.job_id = id;
  p.currency = "EUR";
  YearFigures y;
  y.floor = Money::FromUnits(p50 * 9 / 10);
  y.p10 = y.floor;
  y.p50 = Money::FromUnits(p50);
  y.p90 = y.p50;
  y.mean = y.p50;
  y.hourly_p50 = hourly;
  TakeHomeFigures t;
  t.p10 = t.p50 = t.p90 = Money::FromUnits(take_home);
  t.base_bonus_take_home = Money::FromUnits(take_home);  // no one-off pay or equity in these jobs
  t.base_bonus_marginal_rate = 0.4;
  y.take_home = t;
  p.years.push_back(y);
  p.tax = TaxBasis{place, "2026", "estimate, not tax advice", {}, {}};
  return p;
}

// AlignedCase: 90k base + 10% bonus offered (99k), 78k + 5k now (83k), 40 hours a week both.
std::vector<Finding> Findings(const Case& c, int64_t offer_take_home, const std::string& offer_place,
                              int64_t current_take_home, const std::string& current_place) {
  EvaluationInputs inputs;
  inputs.offers.push_back(Projected("acme", 99'000, offer_take_home, offer_place));
  inputs.current = Projected("current", 83'000, current_take_home, current_place);
  return Evaluate(c, c.as_of.value(), std::nullopt, inputs).offers.front().findings;
}

const Finding* Find(const std::vector<Finding>& findings, std::string_view code) {
  for (const Finding& f : findings) {
    if (ToString(f.code) == code) return &f;
  }
  return nullptr;
}

TEST(SignPayAfterTaxTest, ARaiseBeforeTaxThatIsACutAfterTaxIsMajorWithThePayThatKeepsTakeHome) {
  const auto findings = Findings(AlignedCase(), 55'000, "Berlin, Germany", 60'000, "Texas, United States");
  const Finding* f = Find(findings, "pay.cut_vs_current");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->severity, Severity::kMajor);
  EXPECT_EQ(f->message,
            "After tax, the offer's base and expected bonus leave you 55,000 EUR a year in Berlin, Germany against "
            "60,000 EUR now in Texas, United States: 8.3% less, although before tax they are 19.3% more "
            "(take-home estimate, not tax advice).");
  ASSERT_TRUE(f->ask);
  // 99,000 + 5,000 / (1 - 0.4) = 107,333.3, rounded up to a hundred.
  EXPECT_EQ(AskText(*f->ask),
            "base and expected bonus of at least 107,400 EUR, so that after tax you keep what you keep now");
  EXPECT_EQ(Find(findings, "pay.clearly_above"), nullptr);
}

TEST(SignPayAfterTaxTest, ASmallCutAfterTaxIsMinor) {
  // The findings are kept: Find points into them.
  const auto findings = Findings(AlignedCase(), 58'500, "Berlin, Germany", 60'000, "Texas, United States");
  const Finding* f = Find(findings, "pay.cut_vs_current");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->severity, Severity::kMinor);  // 2.5% under rubric.pay_cut_major_pct (5)
}

TEST(SignPayAfterTaxTest, InTheSamePlaceGrossIsComparedByDefault) {
  const auto findings = Findings(AlignedCase(), 55'000, "Berlin, Germany", 60'000, "Berlin, Germany");
  EXPECT_EQ(Find(findings, "pay.cut_vs_current"), nullptr);  // 99k against 83k before tax
  const Finding* above = Find(findings, "pay.clearly_above");
  ASSERT_NE(above, nullptr);
  EXPECT_EQ(above->message.find("After tax"), std::string::npos);
}

TEST(SignPayAfterTaxTest, TheRubricCanAskForTakeHomeInTheSamePlace) {
  Case c = AlignedCase();
  c.rubric.pay_after_tax = true;
  const auto findings = Findings(c, 70'000, "Berlin, Germany", 60'000, "Berlin, Germany");
  const Finding* above = Find(findings, "pay.clearly_above");
  ASSERT_NE(above, nullptr);
  EXPECT_EQ(above->message.rfind("After tax, the offer's base and bonus leave you at least 10% more", 0), 0u)
      << above->message;
}

TEST(SignPayAfterTaxTest, ASmallerRaiseAfterTaxIsAMinorNoteBesideTheRaiseBeforeTax) {
  const auto findings = Findings(AlignedCase(), 61'200, "Scotland, United Kingdom", 60'000, "England, United Kingdom");
  const Finding* f = Find(findings, "pay.take_home_vs_current");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->severity, Severity::kMinor);
  EXPECT_FALSE(f->ask);
  EXPECT_EQ(f->message,
            "After tax, the offer's base and expected bonus leave you 61,200 EUR a year in Scotland, United Kingdom "
            "against 60,000 EUR now in England, United Kingdom: 2% more, where before tax they are 19.3% more "
            "(take-home estimate, not tax advice).");
  EXPECT_EQ(Find(findings, "pay.clearly_above"), nullptr);
  EXPECT_EQ(Find(findings, "pay.cut_vs_current"), nullptr);
}

// SIGN-PAY compares base and bonus after tax, as it does before tax: a sign-on in year one's take-home
// does not hide a lasting cut.
TEST(SignPayAfterTaxTest, AOneOffPaymentDoesNotHideALastingCut) {
  Case c = AlignedCase();
  EvaluationInputs inputs;
  PayProjection offer = Projected("acme", 129'000, 75'000, "Berlin, Germany");  // year one with a 30k sign-on
  offer.years[0].take_home->base_bonus_take_home = Money::FromUnits(55'000);
  inputs.offers.push_back(offer);
  inputs.current = Projected("current", 83'000, 60'000, "Texas, United States");
  const auto findings = Evaluate(c, c.as_of.value(), std::nullopt, inputs).offers.front().findings;
  const Finding* f = Find(findings, "pay.cut_vs_current");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("55,000 EUR a year"), std::string::npos) << f->message;
}

TEST(SignPayAfterTaxTest, TheRubricCanKeepGrossAcrossPlaces) {
  Case c = AlignedCase();
  c.rubric.pay_after_tax = false;
  const auto findings = Findings(c, 55'000, "Berlin, Germany", 60'000, "Texas, United States");
  EXPECT_EQ(Find(findings, "pay.cut_vs_current"), nullptr);
}

TEST(SignPayAfterTaxTest, AGrossCutThatLeavesMoreAfterTaxIsNoCut) {
  Case c = AlignedCase();
  c.candidate.situation.current.base = Money::FromUnits(100'000);  // 105k now against 99k offered
  const auto findings = Findings(c, 66'000, "Texas, United States", 60'000, "California, United States");
  EXPECT_EQ(Find(findings, "pay.cut_vs_current"), nullptr);
}

TEST(SignPayAfterTaxTest, WithoutTheCurrentJobsTakeHomeGrossIsCompared) {
  Case c = AlignedCase();
  c.candidate.situation.current.base = Money::FromUnits(100'000);
  EvaluationInputs inputs;
  inputs.offers.push_back(Projected("acme", 99'000, 55'000, "Berlin, Germany"));
  PayProjection now = Projected("current", 105'000, 0, "");
  now.years[0].take_home.reset();
  now.tax.reset();
  inputs.current = now;
  const auto findings = Evaluate(c, c.as_of.value(), std::nullopt, inputs).offers.front().findings;
  const Finding* f = Find(findings, "pay.cut_vs_current");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->message.rfind("Base and expected bonus of 99,000 EUR", 0), 0u) << f->message;
}

// The tax difference is SIGN-PAY's; pay per hour stays before tax, so it is not counted twice (nor
// turned into an ask for fewer hours).
TEST(BiasTitleAfterTaxTest, PayPerHourStaysBeforeTaxSoTheTaxIsCountedOnce) {
  Case c = AlignedCase();
  c.offers[0].work.expected_weekly_hours = 50;  // a longer week than the current 40
  EvaluationInputs inputs;
  inputs.offers.push_back(Projected("acme", 100'000, 50'000, "Berlin, Germany", 40.0));
  inputs.current = Projected("current", 100'000, 75'000, "Texas, United States", 40.0);
  const auto findings = Evaluate(c, c.as_of.value(), std::nullopt, inputs).offers.front().findings;
  EXPECT_NE(Find(findings, "pay.cut_vs_current"), nullptr);
  for (const Finding& f : findings) {
    if (f.rule() == RuleId::kBiasTitle) {
      EXPECT_EQ(f.message.find("after tax"), std::string::npos) << f.message;
      EXPECT_EQ(f.message.find("The raise"), std::string::npos) << f.message;  // it is a cut after tax
    }
  }
  const OfferMetrics m = Evaluate(c, c.as_of.value(), std::nullopt, inputs).offers.front().metrics;
  EXPECT_EQ(m.hourly_pay, 40.0);
  EXPECT_EQ(m.current_hourly_pay, 40.0);
}

}  // namespace
}  // namespace walkaway::core
