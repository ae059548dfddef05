// Pareto dominance over the criteria that carry weight (REFERENCES §1.2 "Pareto dominance"):
// a dominated offer can never score highest, whatever the weights, so it leaves the comparison.

#include "walkaway/decide/mcda.h"

namespace walkaway::decide {
namespace {

bool Dominates(const ValueMatrix& m, std::span<const double> w, int a, int b, double tolerance) {
  bool strictly = false;
  for (int j = 0; j < m.criteria; ++j) {
    if (w[static_cast<size_t>(j)] <= 0) continue;
    const double x = m.at(a, j).point;
    const double y = m.at(b, j).point;
    if (x < y - tolerance) return false;
    if (x > y + tolerance) strictly = true;
  }
  return strictly;
}

}  // namespace

std::vector<int> DominatedBy(const ValueMatrix& m, std::span<const double> w, double tolerance) {
  std::vector<int> by(static_cast<size_t>(m.alternatives), -1);
  for (int b = 0; b < m.alternatives; ++b) {
    for (int a = 0; a < m.alternatives; ++a) {
      if (a != b && Dominates(m, w, a, b, tolerance)) {
        by[static_cast<size_t>(b)] = a;
        break;
      }
    }
  }
  return by;
}

}  // namespace walkaway::decide
