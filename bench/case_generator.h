#pragma once

// A deterministic, realistic case with N offers for benchmarks: claims, interviews with notes,
// reflection, non-negotiables. Same N, same text, always.

#include <string>

namespace walkaway::bench {

std::string GenerateCaseToml(int offers);

}  // namespace walkaway::bench
