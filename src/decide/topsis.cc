// TOPSIS with vector normalisation (REFERENCES §1.2): a cross-check on the additive model, whose
// disagreement is measured with Kendall's tau (§1.4 "Cross-checks only").

#include <cmath>

#include "walkaway/decide/mcda.h"

namespace walkaway::decide {

TopsisResult Topsis(const ValueMatrix& m, std::span<const double> w) {
  const int rows = m.alternatives;
  const int cols = m.criteria;
  // V_aj = w_j * x_aj / sqrt(sum_a x_aj^2)
  std::vector<double> v(static_cast<size_t>(rows * cols), 0.0);
  std::vector<double> best(static_cast<size_t>(cols), 0.0);
  std::vector<double> worst(static_cast<size_t>(cols), 0.0);
  for (int j = 0; j < cols; ++j) {
    double norm = 0;
    for (int a = 0; a < rows; ++a) norm += m.at(a, j).point * m.at(a, j).point;
    norm = std::sqrt(norm);
    for (int a = 0; a < rows; ++a) {
      const double r = norm > 0 ? m.at(a, j).point / norm : 0.0;
      const double x = w[static_cast<size_t>(j)] * r;
      v[static_cast<size_t>(a * cols + j)] = x;
      if (a == 0 || x > best[static_cast<size_t>(j)]) best[static_cast<size_t>(j)] = x;
      if (a == 0 || x < worst[static_cast<size_t>(j)]) worst[static_cast<size_t>(j)] = x;
    }
  }
  TopsisResult out;
  out.closeness.resize(static_cast<size_t>(rows));
  for (int a = 0; a < rows; ++a) {
    double plus = 0;
    double minus = 0;
    for (int j = 0; j < cols; ++j) {
      const double x = v[static_cast<size_t>(a * cols + j)];
      plus += (x - best[static_cast<size_t>(j)]) * (x - best[static_cast<size_t>(j)]);
      minus += (x - worst[static_cast<size_t>(j)]) * (x - worst[static_cast<size_t>(j)]);
    }
    plus = std::sqrt(plus);
    minus = std::sqrt(minus);
    // Every offer equal on every criterion: all equally close.
    out.closeness[static_cast<size_t>(a)] = plus + minus > 0 ? minus / (plus + minus) : 0.5;
  }
  out.order = OrderByScore(out.closeness);
  return out;
}

double KendallTau(std::span<const int> order_a, std::span<const int> order_b) {
  const size_t k = order_a.size();
  std::vector<int> pos_a(k), pos_b(k);
  for (size_t i = 0; i < k; ++i) {
    pos_a[static_cast<size_t>(order_a[i])] = static_cast<int>(i);
    pos_b[static_cast<size_t>(order_b[i])] = static_cast<int>(i);
  }
  int concordant = 0;
  int discordant = 0;
  for (size_t x = 0; x < k; ++x) {
    for (size_t y = x + 1; y < k; ++y) {
      const int s = (pos_a[x] - pos_a[y]) * (pos_b[x] - pos_b[y]);
      if (s > 0) ++concordant;
      if (s < 0) ++discordant;
    }
  }
  return static_cast<double>(concordant - discordant) / (static_cast<double>(k * (k - 1)) / 2.0);
}

}  // namespace walkaway::decide
