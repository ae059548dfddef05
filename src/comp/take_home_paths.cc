#include "comp/take_home_paths.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

#include "walkaway/tax/take_home.h"

namespace walkaway::comp {
namespace {

core::Money Whole(double units) { return core::Money::FromUnitsRounded(units); }

// The expected pay of a year in cents of the job's currency, for the line-by-line taxes.
core::Money LocalCents(double candidate_units, double fx) {
  return core::Money::FromCentsRounded(std::max(0.0, candidate_units / fx * 100.0));
}

}  // namespace

void AddTakeHome(const JobPlan& plan, const TakeHomeInput& in, size_t years, size_t paths, SimWorkspace& ws,
                 core::PayProjection& out) {
  const tax::PlaceRules& rules = *in.rules;
  const double fx = plan.fx;
  ws.net.resize(paths);
  ws.net_units.resize(paths);
  ws.net_horizon.assign(paths, 0.0);
  const std::array<size_t, 3> ranks = {QuantileRank(0.10, paths), QuantileRank(0.50, paths),
                                       QuantileRank(0.90, paths)};
  std::array<float, 3> q{};
  std::vector<core::TakeHomeFigures> figures;
  for (size_t y = 0; y < years; ++y) {
    const size_t at = y * paths;
    const std::span<const core::Money> regular(ws.regular.data() + at, paths);
    const std::span<const core::Money> lump(ws.lump.data() + at, paths);
    const std::span<const core::Money> pretax =
        ws.pretax.empty() ? std::span<const core::Money>() : std::span<const core::Money>(ws.pretax.data() + at, paths);
    if (core::Status s = tax::TakeHomeBatch(rules, regular, lump, pretax, ws.net); !s) {
      out.tax_unavailable = "no take-home pay: " + s.error().message;
      return;
    }
    // Back to the candidate's currency: whole units per cent of the job's, times the rate.
    const double back = fx / 100.0;
    const int64_t* net = reinterpret_cast<const int64_t*>(ws.net.data());
    for (size_t i = 0; i < paths; ++i) {
      const double units = static_cast<double>(net[i]) * back;
      ws.net_units[i] = static_cast<float>(units);
      ws.net_horizon[i] += units;
    }
    core::TakeHomeFigures f;
    ws.selector.Select(ws.net_units, ranks, q);
    f.p10 = Whole(q[0]);
    f.p50 = std::max(f.p10, Whole(q[1]));
    f.p90 = std::max(f.p50, Whole(q[2]));
    // The year's expected pay, line by line: what a person reads as "the taxes on this offer".
    const core::PayParts& parts = out.years[y].parts;
    tax::YearIncome typical;
    typical.base = LocalCents(parts.base.units(), fx);
    typical.bonus = LocalCents(parts.bonus.units(), fx);
    typical.sign_on = LocalCents(parts.sign_on.units(), fx);
    (plan.options ? typical.option_spread : typical.rsu_vest) = LocalCents(parts.equity.units(), fx);
    typical.pretax_retirement = LocalCents(parts.base.units() * in.pretax_share, fx);
    core::Result<tax::TakeHomePay> pay = tax::TakeHome(rules, typical);
    if (!pay) {
      out.tax_unavailable = "no take-home pay: " + pay.error().message;
      return;
    }
    f.gross = Whole(pay->gross.units() * fx);
    f.take_home = Whole(pay->take_home.units() * fx);
    f.taxes = Whole((pay->income_tax + pay->contributions).units() * fx);
    f.effective_rate = pay->effective_rate;
    tax::YearIncome salary;
    salary.base = typical.base;
    salary.bonus = typical.bonus;
    salary.pretax_retirement = typical.pretax_retirement;
    core::Result<tax::TakeHomePay> base_bonus = tax::TakeHome(rules, salary);
    if (!base_bonus) {
      out.tax_unavailable = "no take-home pay: " + base_bonus.error().message;
      return;
    }
    f.base_bonus_take_home = Whole(base_bonus->take_home.units() * fx);
    f.base_bonus_marginal_rate = tax::MarginalRate(rules, salary);
    for (const tax::TaxLine& line : pay->lines) {
      f.lines.push_back({line.name, line.kind == tax::LineKind::kContribution, Whole(line.amount.units() * fx)});
    }
    figures.push_back(std::move(f));
  }
  for (size_t y = 0; y < years; ++y) out.years[y].take_home = std::move(figures[y]);
  // The horizon's sums, reusing the float buffer.
  for (size_t i = 0; i < paths; ++i) ws.net_units[i] = static_cast<float>(ws.net_horizon[i]);
  ws.selector.Select(ws.net_units, ranks, q);
  out.total_take_home_p10 = Whole(q[0]);
  out.total_take_home_p50 = std::max(*out.total_take_home_p10, Whole(q[1]));
  out.total_take_home_p90 = std::max(*out.total_take_home_p50, Whole(q[2]));
  core::TaxBasis basis;
  basis.place = tax::PlaceName(rules.place);
  basis.tables_year = rules.tables_year;
  basis.disclaimer = std::string(tax::kDisclaimer);
  basis.caveats = in.caveats;
  basis.caveats.insert(basis.caveats.end(), rules.caveats.begin(), rules.caveats.end());
  basis.sources = rules.sources;
  out.tax = std::move(basis);
}

}  // namespace walkaway::comp
