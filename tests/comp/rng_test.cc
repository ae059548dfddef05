// The pay model's generator (src/comp/rng.h): Fill and FillColumns give exactly the words of Next,
// in order (FillColumns transposed), and leave the stream where Next would, for every length and
// shape, on the AVX-512 path (eight words a vector, a last partial vector masked) and on the
// portable one (scalar lanes in fours, the rest one by one); FillColumns's cached jumps follow a
// change of shape; BufferedRng gives the numbers of the Rng it reads.

#include "walkaway/comp/rng.h"

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

TEST_P(FillColumnsTest, FillGivesTheWordsOfNextAndLeavesTheStreamWhereNextWould) {
  std::vector<size_t> lengths = {0, 63, 64, 65, 95, 96, 97, 1000, 1024, 4099};
  for (size_t n = 1; n <= 40; ++n) lengths.push_back(n);
  for (size_t n : lengths) {
    Rng serial(20'261'121, 3);
    Rng filled(20'261'121, 3);
    std::vector<uint64_t> expected(n), got(n);
    for (uint64_t& w : expected) w = serial.Next();
    filled.Fill(got.data(), n, GetParam());
    EXPECT_EQ(got, expected) << n;
    for (int k = 0; k < 5; ++k) EXPECT_EQ(filled.Next(), serial.Next()) << n;
  }
}

TEST(RngTest, BufferedRngGivesTheNumbersOfTheRng) {
  Rng direct(42, 7);
  Rng source(42, 7);
  BufferedRng buffered(source);
  for (int i = 0; i < 3'000; ++i) {  // past several refills, with draws of every kind
    double a = 0, b = 0, c = 0, e = 0;
    direct.UniformPair(a, b);
    buffered.UniformPair(c, e);
    ASSERT_EQ(a, c);
    ASSERT_EQ(b, e);
    ASSERT_EQ(direct.Next(), buffered.Next());
    ASSERT_EQ(direct.Uniform(), buffered.Uniform());
    ASSERT_EQ(direct.Normal(), buffered.Normal());
    ASSERT_EQ(direct.LogNormal(0.1, 1.2), buffered.LogNormal(0.1, 1.2));
  }
}

// kBest is the AVX-512 path on a CPU that has it, the portable one elsewhere.
INSTANTIATE_TEST_SUITE_P(BestAndPortable, FillColumnsTest, ::testing::Values(Simd::kBest, Simd::kPortable));

}  // namespace
}  // namespace walkaway::comp
