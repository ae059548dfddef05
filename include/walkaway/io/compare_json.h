#pragma once

// A comparison of offers as JSON, schema "walkaway.compare/1" (docs/compare.md "Output schema").
// Values and weights are plain numbers (0..1); money is in minor units (cents) of `currency`, as
// in the evaluation JSON.

#include <string>
#include <string_view>

#include "walkaway/core/comparison.h"

namespace walkaway::io {

inline constexpr std::string_view kCompareSchema = "walkaway.compare/1";

struct CompareJsonOptions {
  std::string case_path{};
  std::string version{};
  std::string currency{};
};

std::string ComparisonToJson(const core::Comparison& comparison, const CompareJsonOptions& options);

}  // namespace walkaway::io
