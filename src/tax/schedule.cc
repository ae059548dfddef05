#include "walkaway/tax/schedule.h"

#include <algorithm>
#include <cassert>
#include <utility>

namespace walkaway::tax {

Schedule::Schedule() : Schedule({0}, {0}, {0}) {}

Schedule::Schedule(std::vector<int64_t> starts, std::vector<int64_t> values, std::vector<int64_t> rates)
    : starts_(std::move(starts)), values_(std::move(values)), rates_(std::move(rates)) {
  assert(!starts_.empty() && starts_[0] == 0);
  assert(starts_.size() == values_.size() && starts_.size() == rates_.size());
  Compact();
  BuildIndex();
}

Schedule Schedule::FromBrackets(const std::vector<Bracket>& brackets) {
  std::vector<int64_t> starts, values, rates;
  int64_t value = 0;
  for (size_t i = 0; i < brackets.size(); ++i) {
    if (i > 0) value += (brackets[i].floor - brackets[i - 1].floor) * brackets[i - 1].rate;
    starts.push_back(brackets[i].floor);
    values.push_back(value);
    rates.push_back(brackets[i].rate);
  }
  return Schedule(std::move(starts), std::move(values), std::move(rates));
}

Schedule Schedule::Band(int64_t from, int64_t to, int64_t rate) {
  assert(0 <= from && from < to);
  std::vector<Bracket> b;
  if (from > 0) b.push_back(Bracket{0, 0});
  b.push_back(Bracket{from, rate});
  b.push_back(Bracket{to, 0});
  return FromBrackets(b);
}

Schedule Schedule::WithDeduction(const Schedule& on_taxable, const std::vector<ExemptionTier>& tiers) {
  assert(!tiers.empty() && tiers[0].from_income == 0);
  std::vector<int64_t> starts, values, rates;
  for (size_t k = 0; k < tiers.size(); ++k) {
    const int64_t from = tiers[k].from_income;
    const int64_t to = k + 1 < tiers.size() ? tiers[k + 1].from_income : kMaxScheduleInput + 1;
    const int64_t d = tiers[k].amount;
    // Candidate starts: the tier's first income, and every income where the taxable amount x - d crosses a
    // start of on_taxable (its start 0 is where the deduction is used up).
    std::vector<int64_t> candidates{from};
    for (int64_t s : on_taxable.starts_) {
      if (d + s > from && d + s < to) candidates.push_back(d + s);
    }
    for (int64_t x : candidates) {
      const int64_t taxable = x - d;
      starts.push_back(x);
      values.push_back(taxable > 0 ? on_taxable.ValueE7(taxable) : on_taxable.ValueE7(0));
      rates.push_back(taxable >= 0 ? on_taxable.RateAt(taxable) : 0);
    }
  }
  return Schedule(std::move(starts), std::move(values), std::move(rates));
}

Schedule Schedule::Sum(const std::vector<const Schedule*>& parts) {
  std::vector<int64_t> starts{0};
  for (const Schedule* p : parts) starts.insert(starts.end(), p->starts_.begin(), p->starts_.end());
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  std::vector<int64_t> values(starts.size(), 0), rates(starts.size(), 0);
  for (size_t i = 0; i < starts.size(); ++i) {
    for (const Schedule* p : parts) {
      values[i] += p->ValueE7(starts[i]);
      rates[i] += p->RateAt(starts[i]);
    }
  }
  return Schedule(std::move(starts), std::move(values), std::move(rates));
}

// Drops a start where nothing changes (same rate, value continuous): fewer segments to search.
void Schedule::Compact() {
  size_t out = 1;
  for (size_t i = 1; i < starts_.size(); ++i) {
    const bool same = rates_[i] == rates_[out - 1] &&
                      values_[i] == values_[out - 1] + (starts_[i] - starts_[out - 1]) * rates_[out - 1];
    if (same) continue;
    starts_[out] = starts_[i];
    values_[out] = values_[i];
    rates_[out] = rates_[i];
    ++out;
  }
  starts_.resize(out);
  values_.resize(out);
  rates_.resize(out);
}

void Schedule::BuildIndex() {
  const int64_t range = std::min(starts_.back(), kIndexedRange);
  shift_ = 0;
  while ((range >> shift_) >= (int64_t{1} << kIndexBits)) ++shift_;
  index_.assign(size_t{1} << kIndexBits, 0);
  size_t i = 0;
  for (size_t b = 0; b < index_.size(); ++b) {
    const int64_t lo = static_cast<int64_t>(b) << shift_;
    while (i + 1 < starts_.size() && starts_[i + 1] <= lo) ++i;
    index_[b] = static_cast<uint16_t>(i);
  }
}

}  // namespace walkaway::tax
