// The negotiation plan's search: subsets of the candidate asks, smallest first, each re-evaluated
// as if the employer agreed (docs/negotiation.md). Bounded by kMaxCandidates: at most 1,023 subsets,
// plus one evaluation with every ask granted and a binary search over the base salary.

#include <algorithm>
#include <bit>
#include <cstdint>
#include <map>

#include "walkaway/decide/plan.h"

namespace walkaway::decide {
namespace {

using core::Case;
using core::Decision;
using core::Money;

// What one evaluation of a changed case says about the offer.
struct Outcome {
  Decision decision = Decision::kNotYet;
  std::vector<std::string> standing{};  // messages of the major and blocker findings that stand
};

Outcome Summarize(const core::OfferEvaluation& e) {
  Outcome out{e.verdict.decision, {}};
  for (const core::Finding& f : e.findings) {
    if (!core::CountsTowardVerdict(f)) continue;
    if (f.severity == core::Severity::kBlocker || f.severity == core::Severity::kMajor) out.standing.push_back(f.message);
  }
  return out;
}

// 500 below 100,000 units of the currency, 1,000 from there: the figures people ask in.
Money StepFor(Money amount) { return Money::FromUnits(amount.units() < 100'000 ? 500 : 1'000); }

Money RoundUpTo(Money amount, Money step) {
  const int64_t s = step.cents();
  if (amount.cents() > Money::kMaxCents - s) return Money::Max();  // no grid point above: saturate
  return Money::FromCents((amount.cents() + s - 1) / s * s);
}

std::vector<size_t> Members(uint32_t mask) {
  std::vector<size_t> out;
  for (size_t j = 0; j < 32; ++j) {
    if (mask & (1u << j)) out.push_back(j);
  }
  return out;
}

class Search {
 public:
  Search(const Case& c, size_t offer_index, const std::vector<Concession>& ks, const OfferEvaluator& evaluate)
      : c_(c), v_(c), i_(offer_index), ks_(ks), evaluate_(evaluate) {}

  // The outcome with the asks in `mask` granted; `base` replaces the base the asks would set.
  Outcome Run(uint32_t mask, std::optional<Money> base = std::nullopt) {
    if (!base) {
      if (auto hit = cache_.find(mask); hit != cache_.end()) return hit->second;
    }
    // One working copy of the case: only the planned offer changes, so only it is reset.
    Case& v = v_;
    v.offers[i_] = c_.offers[i_];
    core::Offer& o = v.offers[i_];
    std::optional<Money> target = base;
    if (!target) target = BaseTarget(mask);
    if (target && o.base) o.base = base ? *target : std::max(*o.base, *target);
    for (size_t j : Members(mask)) {
      if (ks_[j].apply) ks_[j].apply(v, i_);
    }
    ++evaluations_;
    Outcome out = Summarize(evaluate_(v));
    if (!base) cache_[mask] = out;
    return out;
  }

  std::optional<Money> BaseTarget(uint32_t mask) const {
    std::optional<Money> target;
    for (size_t j : Members(mask)) {
      if (ks_[j].base && (!target || *ks_[j].base > *target)) target = ks_[j].base;
    }
    return target;
  }

  Money MoneyOf(uint32_t mask) const {
    Money sum{};
    for (size_t j : Members(mask)) sum += ks_[j].ask.money;
    return sum;
  }

  int evaluations() const { return evaluations_; }

 private:
  const Case& c_;
  Case v_;
  size_t i_;
  const std::vector<Concession>& ks_;
  const OfferEvaluator& evaluate_;
  std::map<uint32_t, Outcome> cache_{};
  int evaluations_ = 0;
};

// Fewest asks is settled by the search order; within one size: least money, then earliest asks.
bool Better(const Search& s, uint32_t a, uint32_t b) {
  const Money ma = s.MoneyOf(a);
  const Money mb = s.MoneyOf(b);
  if (ma != mb) return ma < mb;
  const std::vector<size_t> xa = Members(a);
  const std::vector<size_t> xb = Members(b);
  return std::lexicographical_compare(xa.begin(), xa.end(), xb.begin(), xb.end());
}

// The cheapest single ask that moves the verdict: to ACCEPT, or fewer standing major findings
// without a worse verdict. Least money first, then the bigger move, then candidate order.
void FirstStep(Search& s, const std::vector<Concession>& ks, const Outcome& now, NegotiationPlan& plan) {
  std::optional<size_t> best;
  Outcome best_out;
  for (size_t j = 0; j < ks.size(); ++j) {
    const Outcome out = s.Run(1u << j);
    const bool accept = out.decision == Decision::kAccept;
    const bool fewer = out.decision == Decision::kNegotiate && out.standing.size() < now.standing.size();
    if (!accept && !fewer) continue;
    if (best) {
      const Money mj = ks[j].ask.money;
      const Money mb = ks[*best].ask.money;
      if (mj > mb) continue;
      if (mj == mb) {
        const bool best_accept = best_out.decision == Decision::kAccept;
        if (best_accept && !accept) continue;
        if (best_accept == accept && out.standing.size() >= best_out.standing.size()) continue;
      }
    }
    best = j;
    best_out = out;
  }
  if (!best) return;
  plan.first_step = ks[*best].ask;
  plan.first_step_verdict = best_out.decision;
  plan.first_step_closes = static_cast<int>(now.standing.size()) - static_cast<int>(best_out.standing.size());
}

// The least base on the 500/1,000 grid that still reaches ACCEPT with the other asks of `mask`.
void MinimumBase(Search& s, const Case& c, size_t i, uint32_t mask, NegotiationPlan& plan) {
  const std::optional<Money> hi = s.BaseTarget(mask);
  const std::optional<Money> original = c.offers[i].base;
  if (!hi || !original) return;
  const Money step = StepFor(*hi);
  const Money top = RoundUpTo(*hi, step);
  const Money bottom = RoundUpTo(*original, step);
  if (s.Run(mask, top).decision != Decision::kAccept) return;
  int64_t lo = 0;                                          // grid index that may fail
  int64_t high = (top - bottom).cents() / step.cents();    // grid index known to work
  if (s.Run(mask, bottom).decision == Decision::kAccept) high = 0;
  while (high - lo > 1) {
    const int64_t mid = lo + (high - lo) / 2;
    if (s.Run(mask, bottom + step * mid).decision == Decision::kAccept) {
      high = mid;
    } else {
      lo = mid;
    }
  }
  plan.min_base = bottom + step * high;
  plan.base_step = step;
}

// The chosen asks as presented: the base asks merged into one, at the least base found.
std::vector<PlanAsk> ChosenAsks(const Case& c, size_t i, const std::vector<Concession>& ks, uint32_t mask,
                                const NegotiationPlan& plan) {
  std::vector<PlanAsk> out;
  std::optional<size_t> base_at;
  for (size_t j : Members(mask)) {
    if (!ks[j].base) {
      out.push_back(ks[j].ask);
      continue;
    }
    if (!base_at) {
      base_at = out.size();
      out.push_back(ks[j].ask);
      out.back().codes.clear();
    }
    for (const core::Code code : ks[j].ask.codes) {
      std::vector<core::Code>& codes = out[*base_at].codes;
      if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
    }
  }
  const core::Offer& o = c.offers[i];
  if (base_at && plan.min_base && o.base) {
    PlanAsk& a = out[*base_at];
    a.ask = core::PayAtLeast{core::PayMeasure::kBase, *plan.min_base, plan.base_currency};
    a.money = core::ToCandidateCurrency(c.candidate, o, *plan.min_base - *o.base).value_or(*plan.min_base - *o.base);
  }
  return out;
}

}  // namespace

NegotiationPlan SearchPlan(const Case& c, const core::OfferEvaluation& now, std::vector<Concession> concessions,
                           const OfferEvaluator& evaluate) {
  NegotiationPlan plan;
  plan.offer_id = now.offer_id;
  plan.verdict = now.verdict.decision;
  if (plan.verdict != Decision::kNegotiate) return plan;
  std::optional<size_t> index;
  for (size_t i = 0; i < c.offers.size(); ++i) {
    if (c.offers[i].id == now.offer_id) index = i;
  }
  if (!index) return plan;
  const core::Offer& offer = c.offers[*index];
  plan.base_currency = offer.currency.empty() ? c.candidate.currency : offer.currency;
  if (concessions.size() > kMaxCandidates) {
    plan.truncated = true;
    concessions.resize(kMaxCandidates);
  }
  const Outcome before = Summarize(now);
  plan.candidates = static_cast<int>(concessions.size());
  if (concessions.empty()) {
    plan.unclosable = before.standing;
    return plan;
  }
  Search s(c, *index, concessions, evaluate);
  const uint32_t all = (1u << concessions.size()) - 1;
  const Outcome full = s.Run(all);
  FirstStep(s, concessions, before, plan);
  if (full.decision != Decision::kAccept) {
    plan.unclosable = full.standing;
    plan.verdict_with_every_ask = full.decision;
    plan.evaluations = s.evaluations();
    return plan;
  }
  std::optional<uint32_t> chosen;
  for (int size = 1; size <= static_cast<int>(concessions.size()) && !chosen; ++size) {
    for (uint32_t mask = 1; mask <= all; ++mask) {
      if (std::popcount(mask) != size) continue;
      if (s.Run(mask).decision != Decision::kAccept) continue;
      if (!chosen || Better(s, mask, *chosen)) chosen = mask;
    }
  }
  if (chosen) {
    plan.reaches_accept = true;
    plan.chosen = Members(*chosen);
    MinimumBase(s, c, *index, *chosen, plan);
    plan.asks = ChosenAsks(c, *index, concessions, *chosen, plan);
    for (const PlanAsk& a : plan.asks) plan.money += a.money;
  }
  plan.evaluations = s.evaluations();
  return plan;
}

NegotiationPlan PlanNegotiation(const Case& c, const core::OfferEvaluation& now, const OfferEvaluator& evaluate) {
  if (now.verdict.decision != Decision::kNegotiate) {
    NegotiationPlan plan;
    plan.offer_id = now.offer_id;
    plan.verdict = now.verdict.decision;
    return plan;
  }
  std::vector<core::Ask> not_modelled;
  std::vector<Concession> concessions = DeriveConcessions(c, now, &not_modelled);
  NegotiationPlan plan = SearchPlan(c, now, std::move(concessions), evaluate);
  plan.not_modelled = std::move(not_modelled);
  return plan;
}

core::Case ApplyPlan(const Case& c, const core::OfferEvaluation& now, const NegotiationPlan& plan) {
  Case v = c;
  std::vector<Concession> ks = DeriveConcessions(c, now);
  if (ks.size() > kMaxCandidates) ks.resize(kMaxCandidates);
  for (size_t i = 0; i < v.offers.size(); ++i) {
    if (v.offers[i].id != now.offer_id) continue;
    std::optional<Money> base = plan.min_base;
    for (size_t j : plan.chosen) {
      if (j < ks.size() && ks[j].base && !plan.min_base && (!base || *ks[j].base > *base)) base = ks[j].base;
    }
    if (base && v.offers[i].base) v.offers[i].base = plan.min_base ? *base : std::max(*v.offers[i].base, *base);
    for (size_t j : plan.chosen) {
      if (j < ks.size() && ks[j].apply) ks[j].apply(v, i);
    }
  }
  return v;
}

}  // namespace walkaway::decide
