#pragma once

// Renders a comparison of offers (`walkaway compare`, docs/compare.md) for people: a terminal
// report readable at 80 columns and a Markdown report. Pure functions from values to text.

#include <string>

#include "walkaway/core/comparison.h"

namespace walkaway::report {

struct CompareReportOptions {
  int width = 80;
  std::string case_path{};
  std::string version{};
  std::string currency{};
};

std::string RenderCompareText(const core::Comparison& comparison, const CompareReportOptions& options);
std::string RenderCompareMarkdown(const core::Comparison& comparison, const CompareReportOptions& options);

}  // namespace walkaway::report
