// The pay model's generator (src/comp/rng.h): FillColumns gives exactly the words of Next, in
// order, transposed, and leaves the stream where Next would, for every shape, on the AVX-512 path
// (eight rows a vector, a last partial vector masked) and on the portable one (columns in fours,
// the rest one by one); its cached jumps follow a change of shape.

#include "comp/rng.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace walkaway::comp {
namespace {

class FillColumnsTest : public ::testing::TestWithParam<Simd> {};

TEST_P(FillColumnsTest, WritesTheWordsOfNextColumnByColumn) {
  for (size_t columns : {1, 2, 3, 4, 5, 6, 8, 9, 15, 16, 23}) {
    for (size_t rows : {1, 2, 3, 7, 8, 9, 15, 16, 17, 63, 64}) {
      Rng serial(11, 2);
      Rng filled(11, 2);
      const size_t stride = rows + 3;
      std::vector<uint64_t> got(columns * stride, 0), expected(columns * stride, 0);
      for (size_t r = 0; r < rows; ++r) {
        for (size_t c = 0; c < columns; ++c) expected[c * stride + r] = serial.Next();
      }
      filled.FillColumns(got.data(), rows, columns, stride, GetParam());
      EXPECT_EQ(got, expected) << rows << " x " << columns;
      for (int k = 0; k < 5; ++k) EXPECT_EQ(filled.Next(), serial.Next()) << rows << " x " << columns;
    }
  }
}

TEST_P(FillColumnsTest, FillsOfChangingShapesContinueTheStream) {
  Rng serial(5, 9);
  Rng filled(5, 9);
  for (size_t columns : {15, 6, 15, 1, 6, 6, 23}) {
    const size_t rows = 64 - columns;
    std::vector<uint64_t> got(columns * rows), expected(columns * rows);
    for (size_t r = 0; r < rows; ++r) {
      for (size_t c = 0; c < columns; ++c) expected[c * rows + r] = serial.Next();
    }
    filled.FillColumns(got.data(), rows, columns, rows, GetParam());
    EXPECT_EQ(got, expected) << columns;
  }
}

// kBest is the AVX-512 path on a CPU that has it, the portable one elsewhere.
INSTANTIATE_TEST_SUITE_P(BestAndPortable, FillColumnsTest, ::testing::Values(Simd::kBest, Simd::kPortable));

}  // namespace
}  // namespace walkaway::comp
