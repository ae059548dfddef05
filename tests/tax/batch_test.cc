// The batch's two paths (the AVX-512 kernels where the CPU has them, the portable loop everywhere) give
// every path exactly TakeHome's take-home: for any number of paths (the kernels do eight at a time), with
// and without lump sums and pre-tax contributions, and for incomes on and around the schedules' segment
// starts, where a lane leaves the vector path for the exact look-up.

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <iostream>
#include <variant>
#include <vector>

#include "tax/batch_avx512.h"
#include "tax/tax_test_support.h"

namespace walkaway::tax {
namespace {

using core::Money;

const std::vector<PlaceRules>& AllRules() {
  static const std::vector<PlaceRules> rules = [] {
    TaxProfile loans;
    loans.student_loan = StudentLoan::kPlan1;
    loans.postgraduate_loan = true;
    return std::vector<PlaceRules>{
        testing::Rules("US", "NY", "NYC"), testing::Rules("US", "IL"), testing::Rules("US", "OH"),
        testing::Rules("US", "CA", "", testing::Filing(FilingStatus::kMarriedJoint)),
        testing::Rules("GB", "SCT", "", loans), testing::Rules("GB", "ENG"),
        testing::Rules("DE", "BE"), testing::Rules("DE", "SN", "", testing::Filing(FilingStatus::kMarriedJoint)),
        testing::Rules("CA", "ON"), testing::Rules("CA", "BC")};
  }();
  return rules;
}

// Where the rules' schedules start a segment (in gross pay, roughly: the US income-tax schedule is of wages,
// the UK bands of income above the allowance), and the ceilings: a lane there leaves the vector look-up.
std::vector<int64_t> Boundaries(const PlaceRules& rules) {
  std::vector<int64_t> out{6'975'000, 10'140'000, 7'460'000, 8'500'000, 6'890'000, 18'450'000, 20'000'000};
  if (const auto* us = std::get_if<UsRules>(&rules.model)) {
    for (int64_t s : us->income_tax_total.starts()) out.push_back(s);
  }
  if (const auto* uk = std::get_if<UkRules>(&rules.model)) {
    for (int64_t s : uk->bands.starts()) out.push_back(s + uk->personal_allowance);
  }
  if (const auto* ca = std::get_if<CaRules>(&rules.model)) {
    for (int64_t s : ca->federal.starts()) out.push_back(s);
    for (int64_t s : ca->provincial.starts()) out.push_back(s);
  }
  return out;
}

// An income on or a few cents from a boundary, or anywhere.
int64_t NearBoundaryCents(const std::vector<int64_t>& boundaries) {
  const int64_t at = boundaries[*rc::gen::inRange<size_t>(0, boundaries.size())];
  return *rc::gen::oneOf(rc::gen::just(std::max<int64_t>(0, at + *rc::gen::inRange<int64_t>(-3, 4))),
                         rc::gen::inRange<int64_t>(0, 300'000'000));
}

RC_GTEST_PROP(TaxBatchTest, BothPathsEqualTakeHome, ()) {
  const PlaceRules& rules = AllRules()[*rc::gen::inRange<size_t>(0, AllRules().size())];
  const size_t n = *rc::gen::inRange<size_t>(0, 70);
  const bool with_lump = *rc::gen::arbitrary<bool>();
  const bool with_pretax = *rc::gen::arbitrary<bool>();
  const std::vector<int64_t> boundaries = Boundaries(rules);
  std::vector<Money> regular(n), lump, pretax, fast(n), portable(n);
  if (with_lump) lump.resize(n);
  if (with_pretax) pretax.resize(n);
  for (size_t i = 0; i < n; ++i) {
    regular[i] = Money::FromCents(NearBoundaryCents(boundaries));
    if (with_lump) lump[i] = Money::FromCents(*rc::gen::oneOf(rc::gen::just<int64_t>(0), rc::gen::inRange<int64_t>(0, 50'000'000)));
    const int64_t gross = regular[i].cents() + (with_lump ? lump[i].cents() : 0);
    if (with_pretax) pretax[i] = Money::FromCents(*rc::gen::inRange<int64_t>(0, std::min<int64_t>(gross, 3'000'000) + 1));
  }
  RC_ASSERT(TakeHomeBatchOn(BatchPath::kFastest, rules, regular, lump, pretax, fast).has_value());
  RC_ASSERT(TakeHomeBatchOn(BatchPath::kPortable, rules, regular, lump, pretax, portable).has_value());
  for (size_t i = 0; i < n; ++i) {
    const Money l = with_lump ? lump[i] : Money{};
    const YearIncome in{regular[i], l, {}, {}, {}, with_pretax ? pretax[i] : Money{}};
    const Money expected = TakeHome(rules, in)->take_home;
    RC_ASSERT(fast[i] == expected);
    RC_ASSERT(portable[i] == expected);
  }
}

TEST(TaxBatchTest, ReportsWhichPathRuns) {
  // Not a requirement, a record: the benchmark figures in docs/tax.md are for the AVX-512 path.
  std::cout << "AVX-512 batch kernels: " << (CpuHasAvx512() ? "yes" : "no (portable loop)") << "\n";
  SUCCEED();
}

TEST(TaxBatchTest, EmptyBatchIsFine) {
  std::vector<Money> none;
  EXPECT_TRUE(TakeHomeBatch(AllRules()[0], none, {}, {}, none));
}

}  // namespace
}  // namespace walkaway::tax
