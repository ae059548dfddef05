// Cases at the bounds of docs/hardening.md ("Arithmetic"): every amount at the limit a case may
// state, exchange rates at theirs, the multipliers at theirs, and pay projections holding any Money
// at all. ValidateCase accepts them, Evaluate and the reports run on them, and the figures the
// bounds promise stay exact. The sanitizer build (ASan + UBSan, -fno-sanitize-recover=all) aborts on
// any overflow, so these tests fail there if an operation overflows.

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "support/builders.h"
#include "walkaway/core/evaluate.h"
#include "walkaway/core/validate.h"
#include "walkaway/report/report.h"

namespace walkaway::core {
namespace {

constexpr Date kToday{2026, 11, 21};
const Money kLimit = Money::FromUnits(kMaxAmountUnits);

// The aligned case with every money field at `amount` (in the offer's currency for the offer's
// fields, at `limit` for the candidate's), the offer in `currency` at `rate`, every multiplier at
// its largest, and `claims` unwritten claims worth `amount` each.
Case ExtremeCase(const std::string& currency, double rate, Money amount, Money limit, int claims) {
  Case c = walkaway::testing::AlignedCase();
  NonNegotiables& n = c.candidate.non_negotiables;
  n.base_min = limit;
  n.total_min = limit;
  c.candidate.goals.target_total = limit;
  c.candidate.situation.current.base = limit;
  c.candidate.situation.current.bonus = limit;
  c.candidate.situation.current.weekly_hours = 1;
  c.model.retirement_comp_limit = limit;
  c.model.negotiation_typical = limit;
  Offer& o = c.offers[0];
  if (currency != c.candidate.currency) {
    o.currency = currency;
    o.exchange_rate = rate;
  }
  o.base = amount;
  o.bonus = Bonus{.target_pct = 200, .guaranteed = true};
  o.sign_on = SignOn{.amount = amount, .clawback_months = 120};
  o.relocation = SignOn{.amount = amount};
  o.equity->grant = amount;
  o.equity->refresher = amount;
  o.equity->refreshers_written = true;
  o.work.commute_cost_per_trip = amount;
  o.work.expected_weekly_hours = 1;
  o.work.office_days = 7;
  o.work.commute_minutes = 600;
  o.benefit_terms.retirement_match_pct = 100;
  o.benefit_terms.retirement_match_limit = amount;
  o.benefit_terms.health_premium_diff = -1e7;
  o.merit_raise_pct = 50;
  o.promotion = Promotion{.probability_pct = 100, .after_months = 0, .raise_pct = 100};
  for (int i = 0; i < claims; ++i) {
    o.claims.push_back(Claim{.topic = "bonus", .value = "a bonus of the limit", .source = "recruiter", .amount = amount});
  }
  return c;
}

void ExpectEvaluatesAndRenders(const Case& c, const EvaluationInputs& inputs = {}) {
  ASSERT_TRUE(ValidateCase(c)) << ValidateCase(c).error().ToString();
  const Evaluation e = Evaluate(c, kToday, std::nullopt, inputs);
  ASSERT_EQ(e.offers.size(), 1u);
  const Verdict& v = e.offers[0].verdict;
  EXPECT_GE(v.confidence, 0.0);
  EXPECT_LE(v.confidence, 1.0);
  EXPECT_FALSE(report::RenderText(e, {.currency = c.candidate.currency}).empty());
  EXPECT_FALSE(report::RenderMarkdown(e, {.currency = c.candidate.currency}).empty());
}

TEST(ExtremeCaseTest, EveryMoneyFieldAtItsLimitEvaluatesWithoutOverflow) {
  const Case c = ExtremeCase("EUR", 1, kLimit, kLimit, 1'000);
  ExpectEvaluatesAndRenders(c);
  // The figures the bounds promise stay exact: base 10^15 cents, bonus 200% of it, sign-on 10^15,
  // a quarter of the grant in year one (4 years, monthly after a 12-month cliff).
  const OfferMetrics m = ComputeMetrics(c.candidate, c.offers[0]);
  EXPECT_EQ(m.expected_bonus, kLimit * 2);
  EXPECT_EQ(m.equity_first_year, Money::FromCents(250'000'000'000'000));
  EXPECT_EQ(m.first_year_total, Money::FromCents(4'250'000'000'000'000));
  EXPECT_EQ(m.guaranteed_annual, kLimit * 3);
}

TEST(ExtremeCaseTest, AmountsAtTheLimitOnceConvertedAtTheLargestRate) {
  // 10^7 units at 10^6 each: 10^13 in the candidate's currency, the limit itself.
  const Case c = ExtremeCase("USD", 1e6, Money::FromUnits(10'000'000), kLimit, 1'000);
  ExpectEvaluatesAndRenders(c);
  const OfferMetrics m = ComputeMetrics(c.candidate, c.offers[0]);
  EXPECT_EQ(m.base, kLimit);
  EXPECT_EQ(m.first_year_total, Money::FromCents(4'250'000'000'000'000));
}

TEST(ExtremeCaseTest, AmountsAtTheLimitAtTheSmallestRate) {
  const Case c = ExtremeCase("USD", 1e-6, kLimit, kLimit, 1'000);
  ExpectEvaluatesAndRenders(c);
  EXPECT_EQ(ComputeMetrics(c.candidate, c.offers[0]).base, Money::FromUnits(10'000'000));
}

// Any Money at all, the ends of the range more often than chance would pick them.
rc::Gen<Money> AnyMoney() {
  return rc::gen::map(rc::gen::oneOf(rc::gen::inRange<int64_t>(std::numeric_limits<int64_t>::min(), Money::kMaxCents),
                                     rc::gen::elementOf(std::vector<int64_t>{std::numeric_limits<int64_t>::min(),
                                                                             -Money::kMaxCents, -1, 0, 1,
                                                                             Money::kMaxCents})),
                      [](int64_t cents) { return Money::FromCents(cents); });
}

// A projection the core did not compute: every figure any Money.
PayProjection AnyProjection(const std::string& id, int years) {
  PayProjection p;
  p.job_id = id;
  p.paths = 100;
  for (int y = 1; y <= years; ++y) {
    YearFigures f;
    f.year = y;
    f.start = kToday.AddMonths(12 * (y - 1));
    f.end = kToday.AddMonths(12 * y);
    for (Money* m : {&f.floor, &f.p10, &f.p50, &f.p90, &f.mean, &f.guaranteed, &f.at_risk, &f.parts.base, &f.parts.bonus,
                     &f.parts.sign_on, &f.parts.equity, &f.parts.benefits, &f.parts.commute_cost}) {
      *m = *AnyMoney();
    }
    f.hourly_p50 = f.p50.units() / 52;
    f.col_adjusted_p50 = *AnyMoney();
    p.years.push_back(f);
  }
  for (Money* m : {&p.total_floor, &p.total_p10, &p.total_p50, &p.total_p90, &p.total_mean, &p.negotiation_typical}) {
    *m = *AnyMoney();
  }
  p.weekly_hours = 1;
  return p;
}

RC_GTEST_PROP(ExtremeCaseProperty, AnyCaseInsideTheBoundsEvaluatesWithoutOverflow, ()) {
  // A rate at a bound, one, or anything between, log-uniform.
  const double rate = *rc::gen::oneOf(rc::gen::elementOf(std::vector<double>{1e-6, 1e6, 1.0}),
                                      rc::gen::map(rc::gen::inRange(-5'999'999, 6'000'000),
                                                   [](int e) { return std::pow(10.0, e / 1e6); }));
  // The largest amount in the offer's currency that stays within the limit once converted.
  int64_t top = static_cast<int64_t>(std::min(static_cast<double>(kLimit.cents()), std::floor(1e15 / rate)));
  while (Money::FromCents(top).Scaled(rate) > kLimit) --top;
  const Money amount = Money::FromCents(*rc::gen::oneOf(rc::gen::just(top), rc::gen::just<int64_t>(0),
                                                        rc::gen::inRange<int64_t>(0, top + 1)));
  const Money limit = Money::FromCents(*rc::gen::oneOf(rc::gen::just(kLimit.cents()), rc::gen::inRange<int64_t>(0, kLimit.cents() + 1)));
  const int claims = *rc::gen::inRange(0, 20);
  const Case c = ExtremeCase(rate == 1.0 ? "EUR" : "USD", rate, amount, limit, claims);
  RC_ASSERT(ValidateCase(c).has_value());

  EvaluationInputs inputs;
  const int years = *rc::gen::inRange(1, 11);
  inputs.offers.push_back(AnyProjection("acme", years));
  inputs.current = AnyProjection("current", years);
  const Evaluation e = Evaluate(c, kToday, std::nullopt, inputs);
  RC_ASSERT(e.offers.size() == 1u);
  const Verdict& v = e.offers[0].verdict;
  RC_ASSERT(v.confidence >= 0.0);
  RC_ASSERT(v.confidence <= 1.0);
  RC_ASSERT(!report::RenderText(e, {.currency = "EUR"}).empty());
}

}  // namespace
}  // namespace walkaway::core
