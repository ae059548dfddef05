#pragma once

// Renders a comparison of offers (`walkaway compare`, docs/compare.md) for people: a terminal
// report readable at 80 columns and a Markdown report. Pure functions from values to text. The
// plain report names no method (SMAA, TOPSIS, centroid...): those stay in the details, the JSON
// and the docs.

#include <string>

#include "walkaway/core/comparison.h"

namespace walkaway::report {

struct CompareReportOptions {
  int width = 80;
  std::string case_path{};
  std::string version{};
  std::string currency{};
  // The plain summary only (default), or the summary followed by the method: the scores, the
  // robustness figures and the cross-check, named as the docs name them (`--details`).
  bool details = false;
};

std::string RenderCompareText(const core::Comparison& comparison, const CompareReportOptions& options);
std::string RenderCompareMarkdown(const core::Comparison& comparison, const CompareReportOptions& options);

}  // namespace walkaway::report
