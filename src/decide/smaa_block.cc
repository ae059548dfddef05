#include "decide/smaa_block.h"

namespace walkaway::decide::smaa {

std::vector<std::pair<int, int>> SortingNetwork(int n) {
  std::vector<std::pair<int, int>> out;
  int size = 1;
  while (size < n) size *= 2;
  for (int p = 1; p < size; p *= 2) {
    for (int k = p; k >= 1; k /= 2) {
      for (int j = k % p; j + k < size; j += 2 * k) {
        for (int i = 0; i < std::min(k, size - j - k); ++i) {
          const int a = i + j;
          const int b = i + j + k;
          if (a / (2 * p) == b / (2 * p) && b < n) out.emplace_back(a, b);
        }
      }
    }
  }
  return out;
}

Plan MakePlan(const ValueMatrix& m, const WeightSpace& space, bool float_filter) {
  Plan p;
  p.rows = m.alternatives;
  p.cols = m.criteria;
  for (const auto& tier : space.tiers) {
    for (int j : tier) p.active.push_back(j);
  }
  const size_t k = p.active.size();
  p.ordered = space.tiers.size() > 1;
  p.uniform_words = k / 2;  // ceil((k - 1) / 2)
  p.weight_words = p.uniform_words;
  if (p.ordered) {
    for (const auto& tier : space.tiers) p.weight_words += tier.size() >= 2 ? (tier.size() + 2) / 4 : 0;
  }
  p.network = SortingNetwork(k >= 1 ? static_cast<int>(k) - 1 : 0);
  std::vector<bool> in_space(static_cast<size_t>(p.cols), false);
  for (int j : p.active) in_space[static_cast<size_t>(j)] = true;
  for (int j = 0; j < p.cols; ++j) {
    if (in_space[static_cast<size_t>(j)]) p.used.push_back(j);
  }
  p.all_used = p.used.size() == static_cast<size_t>(p.cols);
  const size_t cells = static_cast<size_t>(p.rows * p.cols);
  p.value_words = (cells + 3) / 4;
  p.low_start.resize(cells);
  p.low_slope.resize(cells);
  p.high_start.resize(cells);
  p.high_slope.resize(cells);
  for (int a = 0; a < p.rows; ++a) {
    for (int j = 0; j < p.cols; ++j) {
      const Band& b = m.at(a, j);
      const size_t i = static_cast<size_t>(j * p.rows + a);
      p.low_start[i] = b.low;
      p.low_slope[i] = b.point - b.low;
      p.high_start[i] = b.point;
      p.high_slope[i] = b.high - b.point;
    }
  }
  // The filter's bound needs every value and weight >= 0 (no cancellation inside a score), values
  // well inside float's range, and few enough terms for (n + 5) u_f << 1.
  p.filter = float_filter && p.used.size() <= 1000;
  for (const Band& b : m.cells) {
    p.filter = p.filter && b.low >= 0 && b.low <= b.point && b.point <= b.high && b.high <= 1e6;
  }
  if (p.filter) {
    const auto to_float = [](const std::vector<double>& v) { return std::vector<float>(v.begin(), v.end()); };
    p.low_start_f = to_float(p.low_start);
    p.low_slope_f = to_float(p.low_slope);
    p.high_start_f = to_float(p.high_start);
    p.high_slope_f = to_float(p.high_slope);
    p.float_slot.assign(cells, -1);
    for (size_t t = 0; t < p.used.size(); ++t) {
      for (int a = 0; a < p.rows; ++a) {
        p.float_slot[static_cast<size_t>(p.used[t] * p.rows + a)] =
            static_cast<int>(static_cast<size_t>(a) * p.used.size() + t);
      }
    }
    p.margin = static_cast<float>(static_cast<double>(p.used.size() + 4) * 0x1.0p-22);  // 4 (n + 4) u_f
  }
  return p;
}

}  // namespace walkaway::decide::smaa
