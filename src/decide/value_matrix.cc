// Point scores of the additive model, S_a = sum_j w_j v_aj (REFERENCES §1.2 "WSM"), and orders.

#include <algorithm>
#include <numeric>

#include "walkaway/decide/mcda.h"

namespace walkaway::decide {

double WeightedSum(const ValueMatrix& m, int a, std::span<const double> w) {
  double s = 0;
  for (int j = 0; j < m.criteria; ++j) s += w[static_cast<size_t>(j)] * m.at(a, j).point;
  return s;
}

std::vector<int> OrderByScore(std::span<const double> scores) {
  std::vector<int> order(scores.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](int a, int b) { return scores[static_cast<size_t>(a)] > scores[static_cast<size_t>(b)]; });
  return order;
}

}  // namespace walkaway::decide
