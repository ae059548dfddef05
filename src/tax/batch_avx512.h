#pragma once

// The AVX-512 batch kernels (batch_avx512.cc) and the switch between them and the portable loop.

#include <cstddef>
#include <cstdint>
#include <span>

#include "walkaway/core/money.h"
#include "walkaway/core/result.h"
#include "walkaway/tax/rules.h"

namespace walkaway::tax {

// A batch's amounts in cents; lump and pretax may be null (zero).
struct BatchArrays {
  const int64_t* regular = nullptr;
  const int64_t* lump = nullptr;
  const int64_t* pretax = nullptr;
  int64_t* out = nullptr;
};

// True when the CPU runs AVX-512 F and DQ (checked once).
bool CpuHasAvx512();

// True when every path's amounts are in range (what TakeHomeBatch checks); false sends the caller to the
// scalar check, which names the first bad path. REQUIRES: CpuHasAvx512().
bool AllPathsValidAvx512(const BatchArrays& a, size_t n, int64_t max_cents);

// Each computes the first (n / 8) * 8 paths and returns how many it did; the caller does the rest.
// REQUIRES: CpuHasAvx512(), amounts checked as TakeHomeBatch checks them.
size_t UsBatchAvx512(const UsRules& r, const BatchArrays& a, size_t n);
size_t UkBatchAvx512(const UkRules& r, const BatchArrays& a, size_t n);
size_t DeBatchAvx512(const DeRules& r, const BatchArrays& a, size_t n);
size_t CaBatchAvx512(const CaRules& r, const BatchArrays& a, size_t n);

enum class BatchPath { kFastest, kPortable };
// TakeHomeBatch with the path chosen: tests compare the two.
core::Status TakeHomeBatchOn(BatchPath path, const PlaceRules& rules, std::span<const core::Money> regular,
                             std::span<const core::Money> lump, std::span<const core::Money> pretax,
                             std::span<core::Money> take_home);

}  // namespace walkaway::tax
