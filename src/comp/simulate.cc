#include "comp/simulate.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

#include "comp/simulate_paths.h"
#include "comp/take_home_paths.h"
#include "walkaway/comp/rng.h"

namespace walkaway::comp {
namespace {

// Projections are estimates: whole currency units, so reports never show spurious cents. A path far
// in a lognormal tail can pass Money's range: it saturates (include/walkaway/core/money.h).
core::Money ToMoney(double units) { return core::Money::FromUnitsRounded(units); }

}  // namespace

core::PayProjection Simulate(const JobPlan& plan, int paths, uint64_t seed, uint64_t stream, core::Date start,
                             SimWorkspace& ws, const TakeHomeInput* take_home) {
  const size_t years = std::min<size_t>(plan.years.size(), kMaxYears);
  const size_t n = static_cast<size_t>(paths);
  ws.totals.resize(years * n);
  ws.horizon.resize(n);
  ws.want_taxable = take_home != nullptr && take_home->rules != nullptr;
  if (ws.want_taxable) {
    ws.taxable_scale = 100.0 / plan.fx;
    ws.pretax_share = take_home->pretax_share;
    ws.regular.resize(years * n);
    ws.lump.resize(years * n);
    ws.pretax.resize(ws.pretax_share > 0 ? years * n : 0);
  }
  Rng rng(seed, stream);
  const PathSums sums = SimulatePaths(plan, years, n, rng, ws);

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
    // Over the hours of the weeks worked: a 6-month contract's pay is for 26 weeks, not 52.
    if (plan.weekly_hours > 0 && yp.share_worked > 0) {
      // 52 weeks for every job, leave included: the case does not give the current job's leave,
      // and subtracting only the offer's would flatter it in the comparison BIAS-TITLE makes.
      constexpr double kHourlyWeeks = 52.0;
      f.hourly_p50 = (f.p50.units() - yp.one_off) / (plan.weekly_hours * kHourlyWeeks * yp.share_worked);
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
  if (ws.want_taxable) AddTakeHome(plan, *take_home, years, n, ws, out);
  return out;
}

}  // namespace walkaway::comp
