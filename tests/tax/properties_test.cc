// RapidCheck properties over random incomes in every modelled kind of place:
//  - take-home never exceeds gross, and taxes with contributions never exceed it;
//  - take-home is monotone in gross, up to rounding (one cent a line, eleven for a monthly NI or loan line
//    repeated over eleven months; in Germany, whose tariff works in whole euros, a euro and a half, doubled
//    under the Splittingtarif, which doubles the tariff of half the income), except across a
//    statutory cliff (Illinois' exemption limit, Ohio's exemption tiers: excluded, and shown in
//    us_states_test.cc);
//  - the marginal rate between two close incomes is at most the bracket rates plus contributions in force
//    (MarginalRate) at either end, up to the same rounding;
//  - the batch gives each path exactly what TakeHome gives;
//  - the income-tax lines add up to the income-tax total within a cent a line.

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <vector>

#include "tax/tax_test_support.h"

namespace walkaway::tax {
namespace {

using core::Money;

struct PlaceCase {
  const char* country;
  const char* region;
  const char* locality;
  FilingStatus status;
  bool has_cliff;
};

const std::vector<PlaceCase>& Cases() {
  static const std::vector<PlaceCase> cases = {
      {"US", "TX", "", FilingStatus::kSingle, false},       {"US", "CA", "", FilingStatus::kSingle, false},
      {"US", "CA", "", FilingStatus::kMarriedJoint, false}, {"US", "NY", "NYC", FilingStatus::kSingle, false},
      {"US", "NY", "NYC", FilingStatus::kHeadOfHousehold, false}, {"US", "MA", "", FilingStatus::kSingle, false},
      {"US", "PA", "", FilingStatus::kSingle, false},       {"US", "CO", "", FilingStatus::kMarriedJoint, false},
      {"US", "IL", "", FilingStatus::kSingle, true},        {"US", "OH", "", FilingStatus::kSingle, true},
      {"GB", "ENG", "", FilingStatus::kSingle, false},      {"GB", "SCT", "", FilingStatus::kSingle, false},
      {"DE", "BE", "", FilingStatus::kSingle, false},       {"DE", "SN", "", FilingStatus::kMarriedJoint, false},
      {"CA", "ON", "", FilingStatus::kSingle, false},       {"CA", "BC", "", FilingStatus::kSingle, false},
  };
  return cases;
}

// Rules per case, built once.
const PlaceRules& RulesFor(size_t i, bool student_loan) {
  static std::vector<PlaceRules> plain, loans;
  if (plain.empty()) {
    for (const PlaceCase& c : Cases()) {
      TaxProfile p = testing::Filing(c.status);
      plain.push_back(testing::Rules(c.country, c.region, c.locality, p));
      p.student_loan = StudentLoan::kPlan2;
      p.postgraduate_loan = true;
      loans.push_back(testing::Rules(c.country, c.region, c.locality, p));
    }
  }
  return student_loan ? loans[i] : plain[i];
}

Money AnyAmount(int64_t max_units) {
  return Money::FromCents(*rc::gen::oneOf(rc::gen::just<int64_t>(0), rc::gen::inRange<int64_t>(0, max_units * 100)));
}

YearIncome RandomIncome() {
  YearIncome in;
  in.base = Money::FromCents(*rc::gen::inRange<int64_t>(0, 2'000'000'00));
  in.bonus = AnyAmount(300'000);
  in.sign_on = AnyAmount(100'000);
  in.rsu_vest = AnyAmount(1'500'000);
  in.option_spread = AnyAmount(1'000'000);
  const int64_t gross = (in.base + in.bonus + in.sign_on + in.rsu_vest + in.option_spread).cents();
  in.pretax_retirement = Money::FromCents(*rc::gen::inRange<int64_t>(0, std::min<int64_t>(gross, 60'000'00) + 1));
  return in;
}

// What rounding can move a difference of take-home by (see the header).
int64_t ToleranceCents(const PlaceRules& rules) {
  if (const auto* de = std::get_if<DeRules>(&rules.model)) return 150 * de->divisor;
  if (rules.place.country == Country::kUnitedKingdom) return 40;
  return 10;
}

RC_GTEST_PROP(TaxPropertyTest, TakeHomeNeverExceedsGross, ()) {
  const size_t i = *rc::gen::inRange<size_t>(0, Cases().size());
  const PlaceRules& rules = RulesFor(i, *rc::gen::arbitrary<bool>());
  const YearIncome in = RandomIncome();
  const core::Result<TakeHomePay> p = TakeHome(rules, in);
  RC_ASSERT(p.has_value());
  RC_ASSERT(p->take_home <= p->gross);
  // Taxes and contributions never take all the pay (take-home itself can be below zero when nearly all
  // of it goes into a pension: the contributions are still due on the gross).
  RC_ASSERT(p->take_home + p->pretax_retirement >= Money{});
  RC_ASSERT(p->take_home == p->gross - p->pretax_retirement - p->income_tax - p->contributions);
  RC_ASSERT(p->effective_rate >= 0.0);
  RC_ASSERT(p->effective_rate < 1.0);
}

RC_GTEST_PROP(TaxPropertyTest, TakeHomeIsMonotoneInGross, ()) {
  const size_t i = *rc::gen::inRange<size_t>(0, Cases().size());
  RC_PRE(!Cases()[i].has_cliff);
  const PlaceRules& rules = RulesFor(i, *rc::gen::arbitrary<bool>());
  YearIncome lower = RandomIncome();
  YearIncome higher = lower;
  const Money raise = Money::FromCents(*rc::gen::inRange<int64_t>(1, 5'000'000));
  if (*rc::gen::arbitrary<bool>()) {
    higher.base += raise;
  } else {
    higher.bonus += raise;
  }
  const Money a = TakeHome(rules, lower)->take_home;
  const Money b = TakeHome(rules, higher)->take_home;
  RC_ASSERT(b.cents() >= a.cents() - ToleranceCents(rules));
}

RC_GTEST_PROP(TaxPropertyTest, MarginalRateWithinBracketRatesPlusContributions, ()) {
  const size_t i = *rc::gen::inRange<size_t>(0, Cases().size());
  RC_PRE(!Cases()[i].has_cliff);
  const PlaceRules& rules = RulesFor(i, false);
  YearIncome lower = RandomIncome();
  YearIncome higher = lower;
  const int64_t step = *rc::gen::inRange<int64_t>(100, 5'000);  // 1 to 50 units more base pay
  higher.base += Money::FromCents(step);
  const TakeHomePay a = *TakeHome(rules, lower);
  const TakeHomePay b = *TakeHome(rules, higher);
  const int64_t more_deducted = (b.income_tax + b.contributions - a.income_tax - a.contributions).cents();
  const double rate = std::max(MarginalRate(rules, lower), MarginalRate(rules, higher));
  RC_ASSERT(rate >= 0.0);
  RC_ASSERT(rate < 1.0);
  RC_ASSERT(static_cast<double>(more_deducted) <= rate * static_cast<double>(step) + ToleranceCents(rules));
}

RC_GTEST_PROP(TaxPropertyTest, BatchEqualsTakeHomeForEveryPath, ()) {
  const size_t i = *rc::gen::inRange<size_t>(0, Cases().size());
  const PlaceRules& rules = RulesFor(i, *rc::gen::arbitrary<bool>());
  const size_t n = *rc::gen::inRange<size_t>(1, 40);
  std::vector<YearIncome> incomes;
  std::vector<Money> regular, lump, pretax, out(n);
  for (size_t k = 0; k < n; ++k) {
    incomes.push_back(RandomIncome());
    const YearIncome& in = incomes.back();
    regular.push_back(in.base + in.rsu_vest);
    lump.push_back(in.bonus + in.sign_on + in.option_spread);
    pretax.push_back(in.pretax_retirement);
  }
  RC_ASSERT(TakeHomeBatch(rules, regular, lump, pretax, out).has_value());
  for (size_t k = 0; k < n; ++k) RC_ASSERT(out[k] == TakeHome(rules, incomes[k])->take_home);
}

RC_GTEST_PROP(TaxPropertyTest, IncomeTaxLinesAddUpWithinACentEach, ()) {
  const size_t i = *rc::gen::inRange<size_t>(0, Cases().size());
  const PlaceRules& rules = RulesFor(i, false);
  const TakeHomePay p = *TakeHome(rules, RandomIncome());
  int64_t income_lines = 0, contribution_lines = 0, count = 0;
  for (const TaxLine& line : p.lines) {
    (line.kind == LineKind::kIncomeTax ? income_lines : contribution_lines) += line.amount.cents();
    ++count;
  }
  RC_ASSERT(std::abs(income_lines - p.income_tax.cents()) <= count);
  RC_ASSERT(std::abs(contribution_lines - p.contributions.cents()) <= count);
}

}  // namespace
}  // namespace walkaway::tax
