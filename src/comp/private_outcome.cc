#include "comp/private_outcome.h"

#include <algorithm>
#include <cmath>

namespace walkaway::comp {

double PrivateOutcomePerShare(const PrivateTerms& t, Rng& rng) {
  int stage = static_cast<int>(t.stage);
  double value = t.post_money;  // company value per share counted today
  double shares = 1;            // share count relative to today
  double preferred = t.preferred_share;
  double preference = t.preferred_share * t.post_money * t.preference_multiple;
  double u[2];
  for (int year = 0; year < t.window_years; ++year) {
    const int k = year & 1;
    if (k == 0) rng.UniformPair(u[0], u[1]);
    const double draw = u[k];
    const double fail = t.fail[stage];
    const double exit = t.exit[stage];
    if (draw < fail) return 0;
    if (draw < fail + exit) {
      const double exit_value = value * rng.LogNormal(t.exit_mu, t.exit_sigma);
      return CommonPerShare(exit_value, preference, preferred, shares);
    }
    const double dilution = t.dilution[stage];
    if (draw < fail + exit + t.raise[stage] && dilution > 0) {
      const double post = value * t.step_up / (1 - dilution);
      preference += post * dilution * t.preference_multiple;
      preferred = preferred * (1 - dilution) + dilution;
      shares /= 1 - dilution;
      value = post;
      ++stage;
    }
  }
  return t.fmv;
}

PrivateOutcomes CollapseOutcomes(const PrivateTerms& t) {
  const int first = static_cast<int>(t.stage);
  double alive[kStageCount] = {};
  double exited[kStageCount] = {};
  double failed = 0;
  alive[first] = 1;
  for (int year = 0; year < t.window_years; ++year) {
    double next[kStageCount] = {};
    for (int s = first; s < kStageCount; ++s) {
      const double p = alive[s];
      if (p == 0) continue;
      failed += p * t.fail[s];
      exited[s] += p * t.exit[s];
      const double raise = t.dilution[s] > 0 && s + 1 < kStageCount ? t.raise[s] : 0.0;
      if (raise > 0) next[s + 1] += p * raise;
      // As in the yearly draw: a raise without a next round leaves the company where it is.
      next[s] += p * (1 - t.fail[s] - t.exit[s] - raise);
    }
    for (int s = 0; s < kStageCount; ++s) alive[s] = next[s];
  }
  PrivateOutcomes o;
  double total = 0;
  const auto add = [&](double p) {
    total += p;
    o.cumulative[o.count] = total;
    return o.count++;
  };
  o.fixed[add(failed)] = 0;
  double still_private = 0;
  for (int s = first; s < kStageCount; ++s) still_private += alive[s];
  o.fixed[add(still_private)] = t.fmv;
  double value = t.post_money, shares = 1, preferred = t.preferred_share;
  double preference = t.preferred_share * t.post_money * t.preference_multiple;
  for (int s = first; s < kStageCount; ++s) {
    const int i = add(exited[s]);
    o.exit[i] = true;
    o.value[i] = value;
    o.preference[i] = preference;
    o.preferred[i] = preferred;
    o.shares[i] = shares;
    const double d = t.dilution[s];
    if (d > 0) {  // the round that leaves stage s, as in PrivateOutcomePerShare
      const double post = value * t.step_up / (1 - d);
      preference += post * d * t.preference_multiple;
      preferred = preferred * (1 - d) + d;
      shares /= 1 - d;
      value = post;
    }
  }
  o.cumulative[o.count - 1] = 1;  // absorbs rounding
  // The index is monotone in u, so a cell is settled when its two ends agree.
  const auto count_below = [&](double u) {
    int i = 0;
    for (int k = 0; k + 1 < o.count; ++k) i += u >= o.cumulative[k];
    return i;
  };
  for (int c = 0; c < PrivateOutcomes::kCells; ++c) {
    const double lowest = static_cast<double>(c) / PrivateOutcomes::kCells;
    const double highest = std::nextafter(static_cast<double>(c + 1) / PrivateOutcomes::kCells, 0.0);
    const int a = count_below(lowest);
    o.cell[c] = static_cast<int8_t>(a == count_below(highest) ? a : -1);
  }
  return o;
}

}  // namespace walkaway::comp
