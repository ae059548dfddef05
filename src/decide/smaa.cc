// SMAA-2 (Lahdelma & Salminen, Oper. Res. 49:444, 2001; REFERENCES §1.2): weights drawn uniformly
// from the region the person's priorities allow, values drawn within their bands, and per draw the
// rank of every offer. A second pass scores the same value draws (their random words kept from the
// first pass, or regenerated from the seed when too many) at each offer's central weights for its
// confidence factor (common random numbers: the two passes see the same values).
//
// Speed (docs/compare.md "Speed"): blocks of draws laid out draw-minor (src/decide/smaa_block.h),
// the random words of a block from Rng::FillColumns, scores in float where they decide every
// comparison (else in double), and each pass compiled for AVX-512, AVX2 and the baseline. The
// figures are those of the draw-by-draw kernel it replaced, bit for bit
// (tests/decide/smaa_pinned_test.cc); -ffp-contract=off (CMakeLists.txt) keeps every multiply and
// add rounded on its own, as there.

#include <algorithm>
#include <cstdint>
#include <memory>
#include <vector>

#include "walkaway/comp/rng.h"
#include "decide/smaa_block.h"
#include "decide/smaa_kernel.h"
#include "walkaway/decide/mcda.h"

#if defined(__x86_64__) && defined(__GNUC__)
#define WALKAWAY_HAVE_SMAA_X86 1
#endif

namespace walkaway::decide {
namespace {

using smaa::kBlock;
using smaa::Plan;
using smaa::WeightsPer;

constexpr uint64_t kWeightStream = 1;
constexpr uint64_t kValueStream = 2;
constexpr size_t kMaxKeptWords = size_t{1} << 19;  // 4 MB of value words kept for the second pass
constexpr size_t kDoubleLanes = 32;                // draws a register block, double scores
constexpr size_t kFloatLanes = 64;                 // the same in float

struct Scratch {
  smaa::WeightScratch weights{};
  std::vector<uint64_t> weight_words{};  // word-major: word q of draw d at q * kBlock + d
  std::vector<uint64_t> value_words{};   // the same, when the values are not kept
  std::vector<double> w{};               // w[j * kBlock + d]
  std::vector<double> term_w{};          // the first pass: w of used[t], [t * kBlock + d]
  const double* term_w_data = nullptr;   // term_w, or w when every criterion is used
  std::vector<double> x{};               // values in double: [(a * terms + t) * kBlock + d]
  std::vector<double> scores{};  // the first pass [a * kBlock + d]; the second [(l * rows + a) * kBlock + d]
  std::vector<int64_t> rank{};   // rank[a * kBlock + d]
  std::vector<int64_t> ok{};
  std::vector<uint32_t> firsts{}, first_count{};
  // The float filter.
  std::vector<float> term_wf{}, scores_f{}, leader_weights_f{};
  std::vector<float> xf{};  // values in float: [(a * terms + t) * kBlock + d]
  std::vector<int32_t> close{}, ok_f{};
  std::vector<double> leader_weights{};  // [l * terms + t]
  // The second pass: each leader's rivals ([l * rows + i], count_rivals[l] of them), and whether
  // (leader l, alternative a) is scored at all ([l * rows + a]).
  std::vector<uint32_t> rivals{};
  std::vector<uint8_t> scored{};
  std::vector<size_t> count_rivals{};
};

struct Counts {
  std::vector<long> rank_count{};  // rank_count[a * rows + k]
  std::vector<long> wins{};        // wins[a * rows + b]
  std::vector<double> central{};   // central[a * cols + j]
  std::vector<long> confident{};   // confident[a]
};

// Everything RunSmaa's two passes read and write.
struct Job {
  const Plan& plan;
  const WeightSpace& space;
  const SmaaOptions& options;
  Scratch& scratch;
  Counts& counts;
  uint64_t* kept;  // the value words of every block, word-major; null: replay
  const std::vector<int>& leaders;
};

size_t Blocks(int draws) { return (static_cast<size_t>(draws) + kBlock - 1) / kBlock; }

size_t DrawsIn(const Job& job, size_t block) {
  return std::min(kBlock, static_cast<size_t>(job.options.draws) - block * kBlock);
}

// The next `draws` draws' words of one stream, word-major; a last, partial block gets zero words
// for its unused draws.
void NextWords(comp::Rng& rng, size_t words, size_t draws, uint64_t* out) {
  if (draws < kBlock) std::fill(out, out + words * kBlock, uint64_t{0});
  rng.FillColumns(out, draws, words, kBlock);
}

// The first pass's scores in double, every alternative: scores[a * kBlock + d].
[[gnu::always_inline]] inline void DoubleScores(const Plan& p, const uint64_t* values, Scratch& s) {
  const size_t terms = p.used.size();
  for (size_t a = 0; a < static_cast<size_t>(p.rows); ++a) {
    smaa::AlternativeValues(p, values, a, s.x.data());
    smaa::SumsOfProducts<WeightsPer::kDraw, kDoubleLanes>(s.term_w_data, s.x.data(), terms,
                                                          s.scores.data() + a * kBlock);
  }
}

// The first pass's scores in float, converted to double, when they decide every comparison of
// the block's draws; false (nothing written) when some pair is too close to call.
[[gnu::always_inline]] inline bool FloatScoresDecide(const Plan& p, const uint64_t* values, size_t draws,
                                                     Scratch& s) {
  const size_t rows = static_cast<size_t>(p.rows);
  const size_t terms = p.used.size();
  for (size_t i = 0; i < terms * kBlock; ++i) s.term_wf[i] = static_cast<float>(s.term_w_data[i]);
  float* sf = s.scores_f.data();
  smaa::BlockValuesFloat(p, values, s.xf.data());
  for (size_t a = 0; a < rows; ++a) {
    smaa::SumsOfProducts<WeightsPer::kDraw, kFloatLanes>(s.term_wf.data(), s.xf.data() + a * terms * kBlock,
                                                         terms, sf + a * kBlock);
  }
  int32_t* close = s.close.data();
  std::fill(close, close + kBlock, 0);
  for (size_t a = 0; a < rows; ++a) {
    for (size_t b = a + 1; b < rows; ++b) {
      const float* sa = sf + a * kBlock;
      const float* sb = sf + b * kBlock;
      for (size_t d = 0; d < kBlock; ++d)
        close[d] |= static_cast<int32_t>(smaa::TooClose(sa[d], sb[d], p.margin));
    }
  }
  int32_t any = 0;
  for (size_t d = 0; d < draws; ++d) any |= close[d];
  if (any != 0) return false;
  for (size_t i = 0; i < rows * kBlock; ++i) s.scores[i] = sf[i];
  return true;
}

// The central weights' sums: central[a * cols + j] += w[j * kBlock + d] for each draw d that a is
// first in, in the draws' order (the order of the draw-by-draw kernel's sums). With up to
// kRegisterCriteria criteria the sums of one alternative stay in registers, one chain per
// criterion, instead of a load and a store per draw that the next draw with the same first
// alternative must wait for; criteria outside the space add w = 0, as that kernel did.
constexpr size_t kRegisterCriteria = 16;

[[gnu::always_inline]] inline void AddCentralWeights(const Plan& p, const double* w, const uint32_t* firsts,
                                                     const uint32_t* count, double* central) {
  const size_t rows = static_cast<size_t>(p.rows);
  const size_t cols = static_cast<size_t>(p.cols);
  for (size_t a = 0; a < rows; ++a) {
    const uint32_t* draws = firsts + a * kBlock;
    double* into = central + a * cols;
    if (cols > kRegisterCriteria) {
      for (size_t n = 0; n < count[a]; ++n) {
        for (int j : p.used) into[j] += w[static_cast<size_t>(j) * kBlock + draws[n]];
      }
      continue;
    }
    if (count[a] == 0) continue;
    double acc[kRegisterCriteria];
#pragma GCC unroll 16
    for (size_t j = 0; j < kRegisterCriteria; ++j) acc[j] = j < cols ? into[j] : 0.0;
    for (size_t n = 0; n < count[a]; ++n) {
      const double* column = w + draws[n];
#pragma GCC unroll 16
      for (size_t j = 0; j < kRegisterCriteria; ++j)
        acc[j] += column[j * kBlock];  // w has 16 rows, zero past cols
    }
#pragma GCC unroll 16
    for (size_t j = 0; j < kRegisterCriteria; ++j) {
      if (j < cols) into[j] = acc[j];
    }
  }
}

[[gnu::always_inline]] inline void FirstPassBody(Job& job) {
  const Plan& p = job.plan;
  Scratch& s = job.scratch;
  Counts& c = job.counts;
  const size_t rows = static_cast<size_t>(p.rows);
  const size_t terms = p.used.size();
  comp::Rng weight_rng(job.options.seed, kWeightStream);
  comp::Rng value_rng(job.options.seed, kValueStream);
  for (size_t block = 0; block < Blocks(job.options.draws); ++block) {
    const size_t draws = DrawsIn(job, block);
    NextWords(weight_rng, p.weight_words, draws, s.weight_words.data());
    uint64_t* values = job.kept == nullptr ? s.value_words.data() : job.kept + block * p.value_words * kBlock;
    NextWords(value_rng, p.value_words, draws, values);
    double* w = s.w.data();
    smaa::BlockWeights(p, job.space, s.weight_words.data(), draws, s.weights, w);
    // The used criteria's weights, term after term: w itself when every criterion is used.
    s.term_w_data = w;
    if (!p.all_used) {
      for (size_t t = 0; t < terms; ++t) {
        const double* column = w + static_cast<size_t>(p.used[t]) * kBlock;
        std::copy(column, column + kBlock, s.term_w.data() + t * kBlock);
      }
      s.term_w_data = s.term_w.data();
    }
    // Scores, summed over the criteria in their order (the draw-by-draw kernel's order); criteria
    // outside the space have weight 0 and would add exact zeros.
    if (!p.filter || !FloatScoresDecide(p, values, draws, s)) DoubleScores(p, values, s);
    // Ranks: a's rank counts the b with a higher score, and the b listed before a with an equal one.
    const double* scores = s.scores.data();
    int64_t* rank = s.rank.data();
    std::fill(rank, rank + rows * kBlock, int64_t{0});
    for (size_t a = 0; a < rows; ++a) {
      for (size_t b = a + 1; b < rows; ++b) {
        const double* sa = scores + a * kBlock;
        const double* sb = scores + b * kBlock;
        int64_t* ra = rank + a * kBlock;
        int64_t* rb = rank + b * kBlock;
        long a_wins = 0, b_wins = 0;
        for (size_t d = 0; d < draws; ++d) {
          const int64_t b_higher = sb[d] > sa[d];
          const int64_t a_higher = sa[d] > sb[d];
          ra[d] += b_higher;
          rb[d] += 1 - b_higher;  // a higher or equal: a is listed first
          a_wins += a_higher;
          b_wins += b_higher;
        }
        c.wins[a * rows + b] += a_wins;
        c.wins[b * rows + a] += b_wins;
      }
    }
    // Rank counts, and the draws each alternative is first in, in order.
    uint32_t* firsts = s.firsts.data();  // firsts[a * kBlock + n]: the n-th draw a is first in
    std::fill(s.first_count.begin(), s.first_count.end(), 0u);
    for (size_t d = 0; d < draws; ++d) {
      size_t first = 0;
      for (size_t a = 0; a < rows; ++a) {
        const int64_t r = rank[a * kBlock + d];
        ++c.rank_count[a * rows + static_cast<size_t>(r)];
        first = r == 0 ? a : first;
      }
      firsts[first * kBlock + s.first_count[first]++] = static_cast<uint32_t>(d);
    }
    AddCentralWeights(p, w, firsts, s.first_count.data(), c.central.data());
  }
}

// Whether `leader` is first in each draw (the highest score, ties to the offer listed first),
// counted over the block's draws; scores[a * kBlock + d] at the leader's central weights, read for
// the leader and its rivals (the alternatives that can beat it at all: see Rivals).
template <typename T>
[[gnu::always_inline]] inline long CountFirst(const T* scores, const uint32_t* rivals, size_t count_rivals,
                                              size_t leader, size_t draws, int64_t* ok) {
  const T* own = scores + leader * kBlock;
  std::fill(ok, ok + kBlock, int64_t{1});
  for (size_t r = 0; r < count_rivals; ++r) {
    const size_t b = rivals[r];
    const T* other = scores + b * kBlock;
    if (b < leader) {
      for (size_t d = 0; d < kBlock; ++d) ok[d] &= static_cast<int64_t>(own[d] > other[d]);
    } else {
      for (size_t d = 0; d < kBlock; ++d) ok[d] &= static_cast<int64_t>(!(other[d] > own[d]));
    }
  }
  long count = 0;
  for (size_t d = 0; d < draws; ++d) count += ok[d];
  return count;
}

// The leader's count from float scores when they decide every comparison with its rivals in the
// block's draws; -1 when some comparison is too close to call.
[[gnu::always_inline]] inline long FloatCountFirst(const Plan& p, const float* scores, const uint32_t* rivals,
                                                   size_t count_rivals, size_t leader, size_t draws,
                                                   Scratch& s) {
  const float* own = scores + leader * kBlock;
  int32_t* ok = s.ok_f.data();
  int32_t* close = s.close.data();
  std::fill(ok, ok + kBlock, 1);
  std::fill(close, close + kBlock, 0);
  for (size_t r = 0; r < count_rivals; ++r) {
    const float* other = scores + static_cast<size_t>(rivals[r]) * kBlock;
    for (size_t d = 0; d < kBlock; ++d) {
      ok[d] &= static_cast<int32_t>(own[d] > other[d]);
      close[d] |= static_cast<int32_t>(smaa::TooClose(own[d], other[d], p.margin));
    }
  }
  long count = 0;
  int32_t any = 0;
  for (size_t d = 0; d < draws; ++d) {
    count += ok[d];
    any |= close[d];
  }
  return any != 0 ? -1 : count;
}

// The confidence factors: the same value draws scored at each leader's central weights. A leader
// without rivals is first in every draw; the others score only themselves and their rivals.
[[gnu::always_inline]] inline void ConfidencePassBody(Job& job) {
  const Plan& p = job.plan;
  Scratch& s = job.scratch;
  const size_t rows = static_cast<size_t>(p.rows);
  const size_t terms = p.used.size();
  const size_t leaders = job.leaders.size();
  comp::Rng replay(job.options.seed, kValueStream);
  for (size_t block = 0; block < Blocks(job.options.draws); ++block) {
    const size_t draws = DrawsIn(job, block);
    const uint64_t* values = job.kept + block * p.value_words * kBlock;
    if (job.kept == nullptr) {
      NextWords(replay, p.value_words, draws, s.value_words.data());
      values = s.value_words.data();
    }
    if (p.filter) {
      float* sf = s.scores_f.data();  // sf[(l * rows + a) * kBlock + d]
      smaa::BlockValuesFloat(p, values, s.xf.data());
      for (size_t a = 0; a < rows; ++a) {
        const float* x = s.xf.data() + a * terms * kBlock;
        for (size_t l = 0; l < leaders; ++l) {
          if (s.scored[l * rows + a] == 0) continue;
          smaa::SumsOfProducts<WeightsPer::kTerm, kFloatLanes>(s.leader_weights_f.data() + l * terms, x,
                                                               terms, sf + (l * rows + a) * kBlock);
        }
      }
    }
    bool have_double_values = false;
    for (size_t l = 0; l < leaders; ++l) {
      const size_t leader = static_cast<size_t>(job.leaders[l]);
      const uint32_t* rivals = s.rivals.data() + l * rows;
      const size_t count_rivals = s.count_rivals[l];
      if (count_rivals == 0) {
        job.counts.confident[leader] += static_cast<long>(draws);
        continue;
      }
      long count = p.filter ? FloatCountFirst(p, s.scores_f.data() + l * rows * kBlock, rivals, count_rivals,
                                              leader, draws, s)
                            : -1;
      if (count < 0) {  // in double, as the draw-by-draw kernel
        if (!have_double_values) {
          for (size_t a = 0; a < rows; ++a)
            smaa::AlternativeValues(p, values, a, s.x.data() + a * terms * kBlock);
          have_double_values = true;
        }
        double* scores = s.scores.data();
        for (size_t a = 0; a < rows; ++a) {
          if (s.scored[l * rows + a] == 0) continue;
          smaa::SumsOfProducts<WeightsPer::kTerm, kDoubleLanes>(s.leader_weights.data() + l * terms,
                                                                s.x.data() + a * terms * kBlock, terms,
                                                                scores + a * kBlock);
        }
        count = CountFirst(scores, rivals, count_rivals, leader, draws, s.ok.data());
      }
      job.counts.confident[leader] += count;
    }
  }
}

// Which alternatives can beat `leader` at weights w at all, into rivals (ascending); the others
// score below it in every draw, whatever the values within their bands: the most b can score,
// sum w_j high_bj, is below the least the leader can, sum w_j low_Lj. Values lie within their bands
// exactly (a value is low + a rounded product that cannot pass high), every weight and value is
// >= 0 (the filter's conditions), so a double sum of n terms is within (n + 2) u of the exact one
// and the margin of 1e-9 covers it many times over; without those conditions, every other
// alternative is a rival.
size_t Rivals(const Plan& p, const ValueMatrix& m, const std::vector<double>& w, size_t leader,
              uint32_t* rivals) {
  size_t count = 0;
  double least = 0;
  for (int j : p.used) least += w[static_cast<size_t>(j)] * m.at(static_cast<int>(leader), j).low;
  for (size_t b = 0; b < static_cast<size_t>(p.rows); ++b) {
    if (b == leader) continue;
    double most = 0;
    for (int j : p.used) most += w[static_cast<size_t>(j)] * m.at(static_cast<int>(b), j).high;
    const bool never = p.filter && most * (1 + 1e-9) < least * (1 - 1e-9);
    if (!never) rivals[count++] = static_cast<uint32_t>(b);
  }
  return count;
}

// Each pass compiled three times: AVX-512 (on 256-bit vectors: as fast here as 512-bit ones, with
// AVX-512's masks and 32 registers), AVX2, and the baseline. None has FMA, and the file is built
// with -ffp-contract=off, so every kernel rounds exactly as the others. flatten inlines the whole
// body, so it is vectorised for the pass's target.
#if defined(WALKAWAY_HAVE_SMAA_X86)
#if defined(__clang__)
#define WALKAWAY_SMAA_AVX512 target("avx512f,avx512dq,avx512vl,avx512bw"), flatten
#else
#define WALKAWAY_SMAA_AVX512 target("avx512f,avx512dq,avx512vl,avx512bw,prefer-vector-width=256"), flatten
#endif
__attribute__((WALKAWAY_SMAA_AVX512)) void FirstPassAvx512(Job& job) { FirstPassBody(job); }
__attribute__((WALKAWAY_SMAA_AVX512)) void ConfidencePassAvx512(Job& job) { ConfidencePassBody(job); }
__attribute__((target("avx2"), flatten)) void FirstPassAvx2(Job& job) { FirstPassBody(job); }
__attribute__((target("avx2"), flatten)) void ConfidencePassAvx2(Job& job) { ConfidencePassBody(job); }
#undef WALKAWAY_SMAA_AVX512
#endif
__attribute__((flatten)) void FirstPassPortable(Job& job) { FirstPassBody(job); }
__attribute__((flatten)) void ConfidencePassPortable(Job& job) { ConfidencePassBody(job); }

enum class Isa { kPortable, kAvx2, kAvx512 };

Isa BestIsa() {
#if defined(WALKAWAY_HAVE_SMAA_X86)
  static const Isa best = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") &&
                                  __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512bw")
                              ? Isa::kAvx512
                          : __builtin_cpu_supports("avx2") ? Isa::kAvx2
                                                           : Isa::kPortable;
  return best;
#else
  return Isa::kPortable;
#endif
}

Isa IsaFor(SmaaKernel kernel) {
  const Isa best = BestIsa();
  switch (kernel) {
    case SmaaKernel::kAvx2:
      return best == Isa::kPortable ? Isa::kPortable : Isa::kAvx2;
    case SmaaKernel::kPortable:
      return Isa::kPortable;
    default:
      return best;
  }
}

void FirstPass(Job& job, Isa isa) {
#if defined(WALKAWAY_HAVE_SMAA_X86)
  if (isa == Isa::kAvx512) return FirstPassAvx512(job);
  if (isa == Isa::kAvx2) return FirstPassAvx2(job);
#endif
  (void)isa;
  FirstPassPortable(job);
}

void ConfidencePass(Job& job, Isa isa) {
#if defined(WALKAWAY_HAVE_SMAA_X86)
  if (isa == Isa::kAvx512) return ConfidencePassAvx512(job);
  if (isa == Isa::kAvx2) return ConfidencePassAvx2(job);
#endif
  (void)isa;
  ConfidencePassPortable(job);
}

}  // namespace

SmaaResult RunSmaaWith(const ValueMatrix& m, const WeightSpace& space, const SmaaOptions& options,
                       SmaaKernel kernel) {
  const Plan plan = smaa::MakePlan(m, space, /*float_filter=*/kernel != SmaaKernel::kDoubleScores);
  const Isa isa = IsaFor(kernel);
  const size_t r = static_cast<size_t>(m.alternatives);
  const size_t c = static_cast<size_t>(m.criteria);
  const size_t k = plan.active.size();
  const size_t terms = plan.used.size();
  Scratch scratch;
  scratch.weights.u.resize((k > 0 ? k - 1 : 0) * kBlock);
  scratch.weights.v.resize(k * kBlock);
  scratch.weights.chunk.resize(k);
  scratch.weight_words.resize(plan.weight_words * kBlock);
  scratch.value_words.resize(plan.value_words * kBlock);
  scratch.w.assign(std::max(c, kRegisterCriteria) * kBlock, 0.0);
  scratch.firsts.resize(r * kBlock);
  scratch.first_count.resize(r);
  scratch.term_w.resize(terms * kBlock);
  scratch.x.resize(r * std::max<size_t>(terms, 1) * kBlock);
  scratch.scores.resize(r * r * kBlock);
  scratch.rank.resize(r * kBlock);
  scratch.ok.resize(kBlock);
  scratch.term_wf.resize(terms * kBlock);
  scratch.xf.resize(r * std::max<size_t>(terms, 1) * kBlock);
  scratch.scores_f.resize(r * r * kBlock);
  scratch.close.resize(kBlock);
  scratch.ok_f.resize(kBlock);
  Counts counts;
  counts.rank_count.assign(r * r, 0);
  counts.wins.assign(r * r, 0);
  counts.central.assign(r * c, 0.0);
  counts.confident.assign(r, 0);
  // The value words are kept for the confidence pass when they fit in kMaxKeptWords; beyond that
  // the pass regenerates them from the same seed (slower, same numbers).
  const size_t blocks = Blocks(options.draws);
  // Not a vector: the first pass writes every word, and zeroing up to 4 MB first cost about 5 %.
  std::unique_ptr<uint64_t[]> kept;
  if (options.draws > 0 && plan.value_words > 0 && blocks * plan.value_words * kBlock <= kMaxKeptWords) {
    kept.reset(new uint64_t[blocks * plan.value_words * kBlock]);
  }
  std::vector<int> leaders;  // offers first in at least one draw
  Job job{plan, space, options, scratch, counts, kept.get(), leaders};
  if (options.draws > 0) FirstPass(job, isa);

  SmaaResult out;
  out.draws = options.draws;
  const double n = options.draws;
  out.rank_acceptability.assign(r, std::vector<double>(r, 0.0));
  out.pairwise.assign(r, std::vector<double>(r, 0.0));
  out.central_weights.assign(r, {});
  out.confidence.assign(r, 0.0);
  for (size_t a = 0; a < r; ++a) {
    for (size_t rank = 0; rank < r; ++rank) {
      out.rank_acceptability[a][rank] = static_cast<double>(counts.rank_count[a * r + rank]) / n;
      out.pairwise[a][rank] = static_cast<double>(counts.wins[a * r + rank]) / n;
    }
    const long first = counts.rank_count[a * r];
    if (first > 0) {
      const auto central = counts.central.begin() + static_cast<long>(a * c);
      out.central_weights[a].assign(central, central + static_cast<long>(c));
      for (double& cw : out.central_weights[a]) cw /= static_cast<double>(first);
      leaders.push_back(static_cast<int>(a));
    }
  }
  if (options.confidence == SmaaConfidence::kSkip || leaders.empty()) return out;
  scratch.rivals.assign(leaders.size() * r, 0);
  scratch.count_rivals.assign(leaders.size(), 0);
  scratch.scored.assign(leaders.size() * r, 0);
  for (size_t l = 0; l < leaders.size(); ++l) {
    const size_t leader = static_cast<size_t>(leaders[l]);
    uint32_t* rivals = scratch.rivals.data() + l * r;
    const size_t count = Rivals(plan, m, out.central_weights[leader], leader, rivals);
    scratch.count_rivals[l] = count;
    for (size_t i = 0; i < count; ++i) scratch.scored[l * r + rivals[i]] = 1;
    if (count > 0) scratch.scored[l * r + leader] = 1;
  }
  for (int leader : leaders) {
    for (int j : plan.used) {
      const double weight = out.central_weights[static_cast<size_t>(leader)][static_cast<size_t>(j)];
      scratch.leader_weights.push_back(weight);
      scratch.leader_weights_f.push_back(static_cast<float>(weight));
    }
  }
  ConfidencePass(job, isa);
  for (int leader : leaders) {
    const size_t l = static_cast<size_t>(leader);
    out.confidence[l] = static_cast<double>(counts.confident[l]) / n;
  }
  return out;
}

SmaaResult RunSmaa(const ValueMatrix& m, const WeightSpace& space, const SmaaOptions& options) {
  return RunSmaaWith(m, space, options, SmaaKernel::kBest);
}

}  // namespace walkaway::decide
