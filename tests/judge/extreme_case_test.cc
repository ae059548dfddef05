// The whole judgement (pay model, evaluation, negotiation plans, comparison) and every report on
// cases at the bounds of docs/hardening.md ("Arithmetic"): every amount at the limit a case may
// state, the exchange rates at theirs, the multipliers at theirs. The sanitizer build (ASan +
// UBSan, -fno-sanitize-recover=all) aborts on any overflow on the way.

#include <gtest/gtest.h>

#include <string>

#include "support/builders.h"
#include "walkaway/core/validate.h"
#include "walkaway/io/evaluation_json.h"
#include "walkaway/judge/judge.h"
#include "walkaway/report/compare_report.h"
#include "walkaway/report/report.h"

namespace walkaway::judge {
namespace {

using core::Money;

const core::Date kToday{2026, 11, 21};

// An offer with every money field at `amount` (its own currency) and every multiplier at its bound.
core::Offer ExtremeOffer(std::string id, const std::string& currency, double rate, Money amount) {
  core::Offer o = testing::AlignedOffer();
  o.id = std::move(id);
  if (currency != "EUR") {  // the aligned candidate's
    o.currency = currency;
    o.exchange_rate = rate;
  }
  o.base = amount;
  o.bonus = core::Bonus{.target_pct = 200, .payout_low_pct = 1000, .payout_high_pct = 1000};
  o.sign_on = core::SignOn{.amount = amount, .clawback_months = 120, .prorated = true};
  o.relocation = core::SignOn{.amount = amount};
  o.equity->grant = amount;
  o.equity->refresher = amount;
  o.equity->refreshers_written = true;
  o.equity->public_stock = core::PublicStock{.price = 1, .volatility_pct = 300, .drift_pct = 100};
  o.work.commute_cost_per_trip = amount;
  o.benefit_terms.retirement_match_pct = 100;
  o.benefit_terms.retirement_match_limit = amount;
  o.benefit_terms.health_premium_diff = 1e7;
  o.merit_raise_pct = 50;
  o.promotion = core::Promotion{.probability_pct = 50, .after_months = 0, .raise_pct = 100};
  o.claims.push_back(core::Claim{.topic = "bonus", .value = "the bonus always pays out", .source = "recruiter",
                                 .amount = amount});
  return o;
}

core::Case ExtremeCase() {
  const Money limit = Money::FromUnits(core::kMaxAmountUnits);
  core::Case c = testing::AlignedCase();
  c.candidate.non_negotiables.base_min = limit;
  c.candidate.non_negotiables.total_min = limit;
  c.candidate.goals.target_total = limit;
  c.candidate.situation.current.base = limit;
  c.candidate.situation.current.bonus = limit;
  c.model.horizon_years = 10;
  c.model.retirement_comp_limit = limit;
  c.model.negotiation_typical = limit;
  c.offers = {ExtremeOffer("same", "EUR", 1, limit),
              ExtremeOffer("strong", "USD", 1e6, Money::FromUnits(10'000'000)),  // 10^13 once converted
              ExtremeOffer("weak", "VND", 1e-6, limit)};
  return c;
}

TEST(ExtremeCaseTest, EveryMoneyFieldAtItsLimitIsJudgedAndReportedWithoutOverflow) {
  const core::Case c = ExtremeCase();
  ASSERT_TRUE(core::ValidateCase(c)) << core::ValidateCase(c).error().ToString();
  JudgeOptions options;
  options.projection.paths = 100;
  options.compare = core::CompareOptions{.draws = 100};
  const core::Result<core::Judgement> j = Judge(c, kToday, {}, options);
  ASSERT_TRUE(j) << j.error().ToString();
  ASSERT_EQ(j->evaluation.offers.size(), 3u);
  ASSERT_EQ(j->projections.size(), 3u);
  ASSERT_TRUE(j->comparison.has_value());
  // The base at the limit stays exact through the conversions.
  for (const core::OfferEvaluation& offer : j->evaluation.offers) {
    SCOPED_TRACE(offer.offer_id);
    EXPECT_EQ(offer.metrics.base, offer.offer_id == "weak" ? Money::FromUnits(10'000'000) : c.candidate.non_negotiables.base_min);
  }

  report::ReportOptions text{.currency = "EUR"};
  text.plans = &j->plans;
  EXPECT_FALSE(report::RenderText(j->evaluation, text).empty());
  EXPECT_FALSE(report::RenderMarkdown(j->evaluation, text).empty());
  io::JsonReportOptions json{.currency = "EUR"};
  json.projections = &j->projections;
  json.plans = &j->plans;
  EXPECT_FALSE(io::EvaluationToJson(j->evaluation, json).empty());
  EXPECT_FALSE(report::RenderCompareText(*j->comparison, {.currency = "EUR"}).empty());
  EXPECT_FALSE(report::RenderCompareMarkdown(*j->comparison, {.currency = "EUR"}).empty());
}

}  // namespace
}  // namespace walkaway::judge
