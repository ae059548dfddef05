#pragma once

// RunSmaa with a chosen kernel, for tests that check every kernel gives the same figures
// (tests/decide/smaa_pinned_test.cc). RunSmaa itself uses kBest.

#include "walkaway/decide/mcda.h"

namespace walkaway::decide {

enum class SmaaKernel {
  kBest,          // the widest instruction set the CPU has, with the float filter
  kAvx2,          // AVX2 (when the CPU has it), with the float filter
  kPortable,      // baseline x86-64 (SSE2) or the build's own target, with the float filter
  kDoubleScores,  // kBest without the float filter: every score in double
};

SmaaResult RunSmaaWith(const ValueMatrix& m, const WeightSpace& space, const SmaaOptions& options,
                       SmaaKernel kernel);

}  // namespace walkaway::decide
