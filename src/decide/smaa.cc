// SMAA-2 (Lahdelma & Salminen, Oper. Res. 49:444, 2001; REFERENCES §1.2): weights drawn uniformly
// from the region the person's priorities allow, values drawn within their bands, and per draw the
// rank of every offer. A second pass scores the same value draws (kept from the first pass, or
// regenerated from the seed when too many) at each offer's central weights
// for its confidence factor (common random numbers: the two passes see the same values).

#include <algorithm>
#include <cstdint>

#include "comp/rng.h"
#include "walkaway/decide/mcda.h"

namespace walkaway::decide {
namespace {

constexpr uint64_t kWeightStream = 1;
constexpr uint64_t kValueStream = 2;
constexpr size_t kMaxKept = size_t{2} << 20;

// Insertion sort: n is at most the number of criteria (10). A rank-placement sort without
// branches was tried and measured slower here (docs/compare.md "Speed").
void InsertionSort(double* x, int n, bool descending) {
  for (int i = 1; i < n; ++i) {
    const double v = x[i];
    int k = i - 1;
    while (k >= 0 && (descending ? x[k] < v : x[k] > v)) {
      x[k + 1] = x[k];
      --k;
    }
    x[k + 1] = v;
  }
}

// Draws weights uniformly from the weight space: a Dirichlet(1) draw from sorted-uniform spacings;
// with an order between tiers, turned into a uniform point of the ordered simplex (the law of the
// sorted draw, REFERENCES §1.2 "Sampling") and dealt out tier by tier, in random order inside each
// tier.
class WeightSampler {
 public:
  WeightSampler(const WeightSpace& space, uint64_t seed) : space_(space), rng_(seed, kWeightStream) {
    for (const auto& tier : space.tiers) {
      for (int j : tier) active_.push_back(j);
    }
    ordered_ = space.tiers.size() > 1;
    cuts_.resize(active_.size() + 1);
    raw_.resize(active_.size());
    slots_.resize(active_.size());
  }

  void Draw(std::vector<double>& w) {
    std::fill(w.begin(), w.end(), 0.0);
    const int k = static_cast<int>(active_.size());
    if (k == 0) return;
    for (int i = 0; i + 1 < k; i += 2) {
      double a, b;
      rng_.UniformPair(a, b);
      raw_[static_cast<size_t>(i)] = a;
      if (i + 2 < k) raw_[static_cast<size_t>(i + 1)] = b;
    }
    cuts_[0] = 0;
    std::copy(raw_.begin(), raw_.begin() + (k - 1), cuts_.begin() + 1);
    InsertionSort(cuts_.data() + 1, k - 1, false);
    cuts_[static_cast<size_t>(k)] = 1;
    for (int i = 0; i < k; ++i) slots_[static_cast<size_t>(i)] = cuts_[static_cast<size_t>(i + 1)] - cuts_[static_cast<size_t>(i)];
    if (!ordered_) {
      for (int i = 0; i < k; ++i) w[static_cast<size_t>(active_[static_cast<size_t>(i)])] = slots_[static_cast<size_t>(i)];
      return;
    }
    // Uniform on the ordered simplex w_1 >= ... >= w_k without a second sort: its vertices are
    // v_i = (1/i, ..., 1/i, 0, ..., 0), so w = sum_i e_i v_i with e ~ Dirichlet(1), that is
    // w_p = sum_{i >= p} e_i / i. Same law as sorting the draw decreasingly; mean = ROC.
    double tail = 0;
    for (int i = k - 1; i >= 0; --i) {
      tail += slots_[static_cast<size_t>(i)] / (i + 1);
      raw_[static_cast<size_t>(i)] = tail;
    }
    std::copy(raw_.begin(), raw_.begin() + k, slots_.begin());
    size_t position = 0;
    for (const auto& tier : space_.tiers) {
      double* chunk = slots_.data() + position;
      const int size = static_cast<int>(tier.size());
      uint64_t bits = 0;
      for (int i = size - 1, used = 0; i > 0; --i, ++used) {  // Fisher-Yates inside the tier
        if (used % 4 == 0) bits = rng_.Next();
        const int r = static_cast<int>(((bits & 0xffffu) * static_cast<uint64_t>(i + 1)) >> 16);
        bits >>= 16;
        std::swap(chunk[i], chunk[r]);
      }
      for (int i = 0; i < size; ++i) w[static_cast<size_t>(tier[static_cast<size_t>(i)])] = chunk[i];
      position += tier.size();
    }
  }

 private:
  const WeightSpace& space_;
  comp::Rng rng_;
  std::vector<int> active_{};
  bool ordered_ = false;
  std::vector<double> cuts_{};
  std::vector<double> raw_{};
  std::vector<double> slots_{};
};

// Draws every value within its band from the two-piece uniform whose median is the point: half
// the draws in [low, point], half in [point, high]. One pcg64 word gives four 16-bit uniforms: a
// band is at most 1 wide, so 1/65,536 is resolution to spare, and the generator is most of the
// cost. Every cell takes its 16 bits (a fixed cell has zero slopes), so the arithmetic is one
// dense, branch-free loop the compiler can vectorise; the halves are a coin toss, which a branch
// would mispredict half the time.
class ValueSampler {
 public:
  ValueSampler(const ValueMatrix& m, uint64_t seed) : rng_(seed, kValueStream) {
    const size_t n = m.cells.size();
    words_.resize((n + 3) / 4);
    start_.resize(2 * words_.size() * 4, 0.0);
    slope_.resize(start_.size(), 0.0);
    // Criterion-major (i = j * alternatives + a), so that the scores add up one criterion at a
    // time over all alternatives: independent sums the compiler can vectorise. Per cell, the
    // lower half is low + (point - low) p and the upper half point + (high - point) p.
    for (int a = 0; a < m.alternatives; ++a) {
      for (int j = 0; j < m.criteria; ++j) {
        const Band& b = m.at(a, j);
        const size_t i = static_cast<size_t>(j * m.alternatives + a);
        start_[2 * i] = b.low;
        slope_[2 * i] = b.point - b.low;
        start_[2 * i + 1] = b.point;
        slope_[2 * i + 1] = b.high - b.point;
      }
    }
    x_.resize(words_.size() * 4);
  }
  size_t size() const { return x_.size(); }
  // The drawn values, criterion-major (see above), padded to a multiple of four.
  const double* Draw() {
    for (uint64_t& w : words_) w = rng_.Next();
    const size_t n = x_.size();
    for (size_t i = 0; i < n; ++i) {
      const uint64_t bits = (words_[i >> 2] >> ((i & 3) * 16)) & 0xffffu;
      // The top bit picks the half, the other 15 the place in it (centred in its cell).
      const size_t k = 2 * i + (bits >> 15);
      const double p = (static_cast<double>(bits & 0x7fffu) + 0.5) * (1.0 / 32768.0);
      x_[i] = start_[k] + slope_[k] * p;
    }
    return x_.data();
  }

 private:
  comp::Rng rng_;
  std::vector<uint64_t> words_{};
  std::vector<double> start_{}, slope_{}, x_{};
};

void Scores(const double* x, const double* w, int rows, int cols, std::vector<double>& s) {
  double* out = s.data();
  for (int a = 0; a < rows; ++a) out[a] = 0;
  for (int j = 0; j < cols; ++j) {
    const double wj = w[j];
    const double* column = x + static_cast<size_t>(j * rows);
    for (int a = 0; a < rows; ++a) out[a] += wj * column[a];
  }
}

// The alternative ranked first: the highest score, ties to the lower index.
int First(const std::vector<double>& s, int rows) {
  int best = 0;
  for (int b = 1; b < rows; ++b) best = s[static_cast<size_t>(b)] > s[static_cast<size_t>(best)] ? b : best;
  return best;
}

}  // namespace

SmaaResult RunSmaa(const ValueMatrix& m, const WeightSpace& space, const SmaaOptions& options) {
  const int rows = m.alternatives;
  const int cols = m.criteria;
  const size_t r = static_cast<size_t>(rows);
  const size_t c = static_cast<size_t>(cols);
  // Flat counters: rank_count[a * rows + k], wins[a * rows + b], central[a * cols + j].
  std::vector<long> rank_count(r * r, 0);
  std::vector<long> wins(r * r, 0);
  std::vector<double> central(r * c, 0.0);
  std::vector<double> w(c);
  std::vector<double> s(r);

  WeightSampler weights(space, options.seed);
  ValueSampler values(m, options.seed);
  // The value draws are kept for the confidence pass when they fit in kMaxKept doubles (16 MB);
  // beyond that the pass regenerates them from the same seed (slower, same numbers).
  const size_t stride = values.size();
  const bool keep = static_cast<size_t>(options.draws) * stride <= kMaxKept;
  std::vector<double> kept(keep ? static_cast<size_t>(options.draws) * stride : 0);
  for (int draw = 0; draw < options.draws; ++draw) {
    weights.Draw(w);
    const double* drawn = values.Draw();
    if (keep) std::copy(drawn, drawn + stride, kept.begin() + static_cast<long>(static_cast<size_t>(draw) * stride));
    Scores(drawn, w.data(), rows, cols, s);
    for (int a = 0; a < rows; ++a) {
      const double sa = s[static_cast<size_t>(a)];
      int rank = 0;
      for (int b = 0; b < rows; ++b) {
        const double sb = s[static_cast<size_t>(b)];
        rank += static_cast<int>(sb > sa) + static_cast<int>(sb == sa && b < a);
        wins[static_cast<size_t>(a * rows + b)] += static_cast<long>(sa > sb);
      }
      ++rank_count[static_cast<size_t>(a * rows + rank)];
    }
    double* into = central.data() + static_cast<size_t>(First(s, rows) * cols);
    for (int j = 0; j < cols; ++j) into[j] += w[static_cast<size_t>(j)];
  }

  SmaaResult out;
  out.draws = options.draws;
  const double n = options.draws;
  out.rank_acceptability.assign(r, std::vector<double>(r, 0.0));
  out.pairwise.assign(r, std::vector<double>(r, 0.0));
  out.central_weights.assign(r, {});
  out.confidence.assign(r, 0.0);
  std::vector<int> leaders;  // offers first in at least one draw
  for (size_t a = 0; a < r; ++a) {
    for (size_t k = 0; k < r; ++k) {
      out.rank_acceptability[a][k] = static_cast<double>(rank_count[a * r + k]) / n;
      out.pairwise[a][k] = static_cast<double>(wins[a * r + k]) / n;
    }
    const long first = rank_count[a * r];
    if (first > 0) {
      out.central_weights[a].assign(central.begin() + static_cast<long>(a * c), central.begin() + static_cast<long>((a + 1) * c));
      for (double& cw : out.central_weights[a]) cw /= static_cast<double>(first);
      leaders.push_back(static_cast<int>(a));
    }
  }

  if (options.confidence == SmaaConfidence::kSkip) return out;
  // Confidence factors: the same value draws, scored at each leader's central weights.
  ValueSampler replay(m, options.seed);
  std::vector<long> confident(r, 0);
  for (int draw = 0; draw < options.draws; ++draw) {
    const double* x = keep ? kept.data() + static_cast<size_t>(draw) * stride : replay.Draw();
    for (int leader : leaders) {
      Scores(x, out.central_weights[static_cast<size_t>(leader)].data(), rows, cols, s);
      confident[static_cast<size_t>(leader)] += static_cast<long>(First(s, rows) == leader);
    }
  }
  for (int leader : leaders) {
    out.confidence[static_cast<size_t>(leader)] = static_cast<double>(confident[static_cast<size_t>(leader)]) / n;
  }
  return out;
}

}  // namespace walkaway::decide
