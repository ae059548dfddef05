#pragma once

// The outcome Monte Carlo of a private company, one path at a time: each year the company raises
// its next round (diluting, stepping its value up, adding to the preference stack), exits, shuts
// down, or stays; at an exit a 1x non-participating preference is paid before common stock.

#include <algorithm>
#include <cstdint>

#include "comp/job_plan.h"
#include "walkaway/comp/rng.h"

namespace walkaway::comp {

// The outcome distribution of the same yearly chain, collapsed exactly: the payoff depends only on
// how it ends (shut down, still private, or an exit at a given stage), not on the year, because
// values are not discounted. Sampling it costs one uniform (and a lognormal at an exit) instead of
// a draw per simulated year: the hot path of a private-equity offer.
struct PrivateOutcomes {
  static constexpr int kMax = 2 + kStageCount;
  int count = 0;
  double cumulative[kMax] = {};  // ascending, the last is 1
  double value[kMax] = {};       // exit: company value per share counted today before the multiple
  double preference[kMax] = {};  // exit: preference stack ahead of common
  double preferred[kMax] = {};   // exit: share held by preferred
  double shares[kMax] = {};      // exit: share count relative to today
  bool exit[kMax] = {};
  double fixed[kMax] = {};       // non-exit outcomes: 0 (shut down) or today's fmv (still private)
  // The outcome of every u in [c / kCells, (c + 1) / kCells) when they all share one, else -1:
  // one load settles almost every path.
  static constexpr int kCells = 1024;
  int8_t cell[kCells] = {};
};

// The outcome index of u in [0, 1): the number of cumulative bounds at or below it.
inline int OutcomeIndex(const PrivateOutcomes& o, double u) {
  const int known = o.cell[static_cast<int>(u * PrivateOutcomes::kCells)];
  if (known >= 0) return known;
  // Counting instead of searching: no branch to mispredict on a random category.
  int i = 0;
  for (int k = 0; k + 1 < o.count; ++k) i += u >= o.cumulative[k];
  return i;
}

PrivateOutcomes CollapseOutcomes(const PrivateTerms& t);

// Value of one common share (as counted today) at the company's outcome: 0 after a shutdown,
// the waterfall at an exit, today's fair market value for a company still private at the end of
// the window.
double PrivateOutcomePerShare(const PrivateTerms& t, Rng& rng);

// What common stock gets per share at an exit of `exit_value` (per share counted today) when
// preferred holds `preferred_share` of the company with `preference` ahead of common, the share
// count having grown by `share_growth` since today. Preferred converts when that pays it more.
// Inline: the simulation calls it at every exit.
inline double CommonPerShare(double exit_value, double preference, double preferred_share, double share_growth) {
  if (preferred_share * exit_value >= preference) return exit_value / share_growth;  // everyone converts
  const double common_share = 1 - preferred_share;
  if (common_share <= 0) return 0;
  return std::max(0.0, exit_value - preference) / (common_share * share_growth);
}

// One path's value per share from a uniform `u` in [0, 1) (a lognormal is drawn only at an exit,
// from rng: an Rng or a BufferedRng). Inline: it runs once per path in the simulation's draw loop.
template <typename Generator>
double SampleOutcomePerShare(const PrivateTerms& t, const PrivateOutcomes& o, double u, Generator& rng) {
  const int i = OutcomeIndex(o, u);
  if (!o.exit[i]) return o.fixed[i];
  const double exit_value = o.value[i] * rng.LogNormal(t.exit_mu, t.exit_sigma);
  return CommonPerShare(exit_value, o.preference[i], o.preferred[i], o.shares[i]);
}

}  // namespace walkaway::comp
