#include "comp/simulate.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

#include "comp/private_outcome.h"
#include "walkaway/comp/rng.h"

namespace walkaway::comp {
namespace {

constexpr int kMaxYears = 10;

// Projections are estimates: whole currency units, so reports never show spurious cents. A path far
// in a lognormal tail can pass Money's range: it saturates (include/walkaway/core/money.h).
core::Money ToMoney(double units) { return core::Money::FromUnitsRounded(units); }

// Paths are simulated in blocks: first every draw of the block's paths, in path order (the pcg64
// stream is serial anyway), then one tight loop per year over the block.
constexpr size_t kBlock = 512;

// The payout multiplier of the bonus target for one year of one path, from 32 random bits: 16 for
// "does it pay at all" and 16 for the payout (a 4,096-level normal deviate, ample for a multiplier
// clipped to [0, max]), so one 64-bit draw serves two years.
// The multipliers are tabulated once per job: a payout is then a comparison and one load, with
// exactly the values the formula gives (the table holds that formula, clipped).
class BonusPayout {
 public:
  BonusPayout(const JobPlan& plan, const NormalTable& normal)
      : guaranteed_(plan.bonus_guaranteed), uniform_(plan.bonus_uniform), low_(plan.bonus_low),
        high_(plan.bonus_high) {
    // (bits >> 16) / 2^16 < no_payout exactly when (bits >> 16) < ceil(no_payout x 2^16).
    const double limit = std::ceil(plan.bonus_no_payout * 0x1.0p16);
    no_payout_below_ = limit <= 0 ? 0u : limit >= 0x1.0p16 ? 0x10000u : static_cast<uint32_t>(limit);
    for (uint32_t k = 0; k < NormalTable::kCells; ++k) {
      const double m = 1 + plan.bonus_sd * normal.Midpoint(k);
      payout_[k] = m < 0 ? 0.0 : (m > plan.bonus_max ? plan.bonus_max : m);
    }
  }
  double operator()(uint32_t bits) const {
    if (guaranteed_) return 1;
    if (uniform_) return low_ + (high_ - low_) * ((static_cast<double>(bits & 0xffffu) + 0.5) * 0x1.0p-16);
    return (bits >> 16) < no_payout_below_ ? 0.0 : payout_[(bits & 0xffffu) >> 4];
  }

 private:
  bool guaranteed_, uniform_;
  double low_, high_;
  uint32_t no_payout_below_ = 0;
  double payout_[NormalTable::kCells] = {};
};

// Per-year sums over the paths, for the expected value of each part.
struct Sums {
  std::array<double, kMaxYears> bonus{};
  std::array<double, kMaxYears> equity{};
  int64_t promoted = 0;
  int64_t equity_zero = 0;
};

}  // namespace

core::PayProjection Simulate(const JobPlan& plan, int paths, uint64_t seed, uint64_t stream, core::Date start,
                             SimWorkspace& ws) {
  const size_t years = std::min<size_t>(plan.years.size(), kMaxYears);
  const size_t n = static_cast<size_t>(paths);
  ws.totals.resize(years * n);
  ws.horizon.resize(n);
  Rng rng(seed, stream);
  const NormalTable& normal = NormalTable::Get();
  Sums sums;
  const bool has_bonus = plan.years[0].bonus_target[0] > 0;
  std::array<double, kMaxYears> fixed0{}, fixed1{};  // everything deterministic, without/with promotion
  for (size_t y = 0; y < years; ++y) {
    const YearPlan& yp = plan.years[y];
    fixed0[y] = yp.base[0] + yp.benefits[0] + yp.sign_on - yp.commute_cost;
    fixed1[y] = yp.base[1] + yp.benefits[1] + yp.sign_on - yp.commute_cost;
  }
  const double public_step = plan.drift - plan.volatility * plan.volatility / 2;
  const PrivateOutcomes outcomes = plan.equity == EquityModel::kPrivate ? CollapseOutcomes(plan.company)
                                                                         : PrivateOutcomes{};

  struct Draws {
    uint8_t promoted[kBlock];
    double per_share[kBlock];          // private or no market: the payoff per unit on the path
    uint32_t bonus_bits[kMaxYears][kBlock];
    double price[kMaxYears][kBlock];   // public stock at each year's end
    double path_sum[kBlock];
    int32_t zero[kBlock];  // not a char type: stores to it would make the compiler reload everything
  };
  auto draws = std::make_unique<Draws>();  // one allocation per job, not per path
  Draws& d = *draws;
  const bool is_public = plan.equity == EquityModel::kPublic;
  const bool has_equity = plan.equity != EquityModel::kNone;
  const bool options = plan.options;
  const double strike = plan.strike;
  const auto payout_table = std::make_unique<BonusPayout>(plan, normal);
  const BonusPayout& payout = *payout_table;
  for (size_t first = 0; first < n; first += kBlock) {
    const size_t m = std::min(kBlock, n - first);
    for (size_t i = 0; i < m; ++i) {
      // One draw decides both the promotion (high 32 bits) and the company's outcome (low 32 bits).
      double promotion_u = 0, outcome_u = 0;
      rng.UniformPair(promotion_u, outcome_u);
      d.promoted[i] = promotion_u < plan.promotion_probability;
      d.per_share[i] = plan.equity == EquityModel::kPrivate
                           ? SampleOutcomePerShare(plan.company, outcomes, outcome_u, rng)
                           : plan.price0;
      if (is_public) {
        double log_price = 0;
        uint64_t bits = 0;
        for (size_t y = 0; y < years; ++y) {
          if (has_bonus) {
            if (y % 2 == 0) bits = rng.Next();
            d.bonus_bits[y][i] = static_cast<uint32_t>(y % 2 == 0 ? bits : bits >> 32);
          }
          log_price += public_step + (plan.volatility > 0 ? plan.volatility * rng.Normal() : 0.0);
          d.price[y][i] = plan.price0 * std::exp(log_price);
        }
      } else if (has_bonus) {
        // The same draws in the same order as above, without the stock price.
        for (size_t y = 0; y < years; y += 2) {
          const uint64_t pair = rng.Next();
          d.bonus_bits[y][i] = static_cast<uint32_t>(pair);
          if (y + 1 < years) d.bonus_bits[y + 1][i] = static_cast<uint32_t>(pair >> 32);
        }
      }
      d.path_sum[i] = 0;
      d.zero[i] = 1;
      if (!is_public) {
        // A private outcome or today's value is the same in every year: the option payoff and
        // "worth nothing" are settled once per path instead of once per year.
        const double payoff = options ? std::max(0.0, d.per_share[i] - strike) : d.per_share[i];
        d.per_share[i] = payoff;
        d.zero[i] = payoff <= 0;
      }
    }
    for (size_t y = 0; y < years; ++y) {
      const YearPlan& yp = plan.years[y];
      const double f[2] = {fixed0[y], fixed1[y]};
      const double target[2] = {yp.bonus_target[0], yp.bonus_target[1]};
      const double units = yp.equity_units;
      const double* price = is_public ? d.price[y] : d.per_share;
      float* out = ws.totals.data() + y * n + first;
      double bonus_sum = 0, equity_sum = 0;
      for (size_t i = 0; i < m; ++i) {
        double total = f[d.promoted[i]];
        if (has_bonus) {
          const double bonus = target[d.promoted[i]] * payout(d.bonus_bits[y][i]);
          bonus_sum += bonus;
          total += bonus;
        }
        if (has_equity) {
          double payoff = price[i];
          if (is_public) {
            payoff = options ? std::max(0.0, payoff - strike) : payoff;
            d.zero[i] &= payoff <= 0;
          }
          equity_sum += units * payoff;
          total += units * payoff;
        }
        out[i] = static_cast<float>(total);
        d.path_sum[i] += total;
      }
      sums.bonus[y] += bonus_sum;
      sums.equity[y] += equity_sum;
    }
    for (size_t i = 0; i < m; ++i) {
      sums.promoted += d.promoted[i];
      sums.equity_zero += d.zero[i];
      ws.horizon[first + i] = static_cast<float>(d.path_sum[i]);
    }
  }

  core::PayProjection out;
  out.job_id = plan.id;
  out.paths = paths;
  out.seed = seed;
  out.notes = plan.notes;
  if (plan.weekly_hours > 0) out.weekly_hours = plan.weekly_hours;
  if (plan.equity != EquityModel::kNone) {
    out.prob_equity_zero = static_cast<double>(sums.equity_zero) / static_cast<double>(n);
  }
  const std::array<size_t, 3> ranks = {QuantileRank(0.10, n), QuantileRank(0.50, n), QuantileRank(0.90, n)};
  std::array<float, 3> q{};
  const double promoted_share = static_cast<double>(sums.promoted) / static_cast<double>(n);
  const auto mix = [&](const double (&v)[2]) { return v[0] * (1 - promoted_share) + v[1] * promoted_share; };
  for (size_t y = 0; y < years; ++y) {
    const YearPlan& yp = plan.years[y];
    core::YearFigures f;
    f.year = static_cast<int>(y) + 1;
    f.start = start.AddMonths(12 * static_cast<int>(y));
    f.end = start.AddMonths(12 * static_cast<int>(y + 1));
    f.floor = ToMoney(yp.floor);
    ws.selector.Select(std::span<const float>(ws.totals.data() + y * n, n), ranks, q);
    // Every path is at least the floor; the clamp only absorbs float rounding.
    f.p10 = std::max(f.floor, ToMoney(q[0]));
    f.p50 = std::max(f.p10, ToMoney(q[1]));
    f.p90 = std::max(f.p50, ToMoney(q[2]));
    f.parts.base = ToMoney(mix(yp.base));
    f.parts.bonus = ToMoney(sums.bonus[y] / static_cast<double>(n));
    f.parts.sign_on = ToMoney(yp.sign_on);
    f.parts.equity = ToMoney(sums.equity[y] / static_cast<double>(n));
    f.parts.benefits = ToMoney(mix(yp.benefits));
    f.parts.commute_cost = ToMoney(yp.commute_cost);
    const core::PayParts& p = f.parts;
    f.mean = p.base + p.bonus + p.sign_on + p.equity + p.benefits - p.commute_cost;
    f.guaranteed = f.floor;
    f.at_risk = f.mean - f.guaranteed;
    if (plan.weekly_hours > 0) {
      // 52 weeks for every job, leave included: the case does not give the current job's leave,
      // and subtracting only the offer's would flatter it in the comparison BIAS-TITLE makes.
      constexpr double kHourlyWeeks = 52.0;
      f.hourly_p50 = (f.p50.units() - yp.one_off) / (plan.weekly_hours * kHourlyWeeks);
    }
    if (plan.col_factor > 0) f.col_adjusted_p50 = ToMoney(f.p50.units() * plan.col_factor);
    out.total_floor += f.floor;
    out.total_mean += f.mean;
    out.years.push_back(f);
  }
  ws.selector.Select(ws.horizon, ranks, q);
  out.total_p10 = std::max(out.total_floor, ToMoney(q[0]));
  out.total_p50 = std::max(out.total_p10, ToMoney(q[1]));
  out.total_p90 = std::max(out.total_p50, ToMoney(q[2]));
  return out;
}

}  // namespace walkaway::comp
