#include "comp/take_home_paths.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

#include "walkaway/tax/take_home.h"

namespace walkaway::comp {
namespace {

// The simulation works in the candidate's currency, in doubles; the tax tables in the job's own
// currency, in cents. Each component stays within what TakeHome accepts (half of kMaxIncome each:
// a lognormal tail far past any real pay is cut there, not refused).
core::Money LocalCents(double candidate_units, double fx) {
  const double cents = std::round(candidate_units / fx * 100.0);
  constexpr double kCap = static_cast<double>(tax::kMaxIncomeCents / 2);
  return core::Money::FromCents(static_cast<int64_t>(std::clamp(cents, 0.0, kCap)));
}

core::Money Whole(double units) { return core::Money::FromUnitsRounded(units); }

}  // namespace

void AddTakeHome(const JobPlan& plan, const TakeHomeInput& in, size_t years, size_t paths, SimWorkspace& ws,
                 core::PayProjection& out) {
  const tax::PlaceRules& rules = *in.rules;
  const double fx = plan.fx;
  std::vector<core::Money> regular(paths), lump(paths), pretax(paths), net(paths);
  std::vector<float> net_units(paths);
  std::vector<double> horizon(paths, 0.0);
  const std::array<size_t, 3> ranks = {QuantileRank(0.10, paths), QuantileRank(0.50, paths),
                                       QuantileRank(0.90, paths)};
  std::array<float, 3> q{};
  std::vector<core::TakeHomeFigures> figures;
  for (size_t y = 0; y < years; ++y) {
    const size_t at = y * paths;
    for (size_t i = 0; i < paths; ++i) {
      regular[i] = LocalCents(ws.regular[at + i], fx);
      lump[i] = LocalCents(ws.lump[at + i], fx);
      pretax[i] = LocalCents(ws.salary[at + i] * in.pretax_share, fx);
    }
    if (core::Status s = tax::TakeHomeBatch(rules, regular, lump, pretax, net); !s) {
      out.tax_unavailable = "no take-home pay: " + s.error().message;
      return;
    }
    for (size_t i = 0; i < paths; ++i) {
      const double units = net[i].units() * fx;
      net_units[i] = static_cast<float>(units);
      horizon[i] += units;
    }
    core::TakeHomeFigures f;
    ws.selector.Select(net_units, ranks, q);
    f.p10 = Whole(q[0]);
    f.p50 = std::max(f.p10, Whole(q[1]));
    f.p90 = std::max(f.p50, Whole(q[2]));
    // The year's expected pay, line by line: what a person reads as "the taxes on this offer".
    const core::PayParts& parts = out.years[y].parts;
    tax::YearIncome typical;
    const bool options = plan.options;
    typical.base = LocalCents(parts.base.units(), fx);
    typical.bonus = LocalCents(parts.bonus.units(), fx);
    typical.sign_on = LocalCents(parts.sign_on.units(), fx);
    (options ? typical.option_spread : typical.rsu_vest) = LocalCents(parts.equity.units(), fx);
    typical.pretax_retirement = LocalCents(parts.base.units() * in.pretax_share, fx);
    core::Result<tax::TakeHomePay> pay = tax::TakeHome(rules, typical);
    if (!pay) {
      out.tax_unavailable = "no take-home pay: " + pay.error().message;
      return;
    }
    f.gross = Whole(pay->gross.units() * fx);
    f.take_home = Whole(pay->take_home.units() * fx);
    f.effective_rate = pay->effective_rate;
    for (const tax::TaxLine& line : pay->lines) {
      f.lines.push_back({line.name, line.kind == tax::LineKind::kContribution, Whole(line.amount.units() * fx)});
    }
    figures.push_back(std::move(f));
  }
  for (size_t y = 0; y < years; ++y) out.years[y].take_home = std::move(figures[y]);
  std::vector<float> total(paths);
  for (size_t i = 0; i < paths; ++i) total[i] = static_cast<float>(horizon[i]);
  ws.selector.Select(total, ranks, q);
  out.total_take_home_p50 = Whole(q[1]);
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
