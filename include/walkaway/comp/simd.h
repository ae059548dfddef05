#pragma once

namespace walkaway::comp {

// Which instructions a kernel may use: the best the CPU has, or portable code only (for tests that
// compare the two).
enum class Simd { kBest, kPortable };

}  // namespace walkaway::comp
