#pragma once

// Renders an Evaluation for people: a terminal report readable at 80 columns and a Markdown
// report. Pure functions from values to text; the CLI decides where the text goes.

#include <map>
#include <string>

#include "walkaway/core/evaluate.h"
#include "walkaway/core/result.h"
#include "walkaway/core/negotiation.h"

namespace walkaway::report {

struct ReportOptions {
  bool color = false;        // ANSI colours (the CLI turns them on for a TTY without NO_COLOR)
  int width = 80;            // wrap column for the terminal report
  std::string case_path{};   // shown in the header and in evidence locations
  std::string version{};     // walkaway version for the header
  std::string currency{};    // the candidate's currency, for figures
  // Field path -> where its value sits in the case file; evidence shows file:line:col from it.
  const std::map<std::string, core::SourceLocation>* locations = nullptr;
  // The negotiation plan of each NEGOTIATE offer (docs/negotiation.md); shown when given.
  const std::vector<core::NegotiationPlan>* plans = nullptr;
  // After the summary of every offer, each offer's plan, gates, figures and findings with their
  // evidence (`walkaway evaluate --details`); without it a line says how to get them.
  bool details = false;
};

std::string RenderText(const core::Evaluation& evaluation, const ReportOptions& options);
std::string RenderMarkdown(const core::Evaluation& evaluation, const ReportOptions& options);

// "acme.toml:41:9" for a field path, trying the path and then its parents; empty when unknown.
std::string LocateField(const ReportOptions& options, const std::string& field_path);

// Greedy word wrap: `first` prefixes the first line, `rest` the others; words longer than the
// width are kept whole rather than split.
std::string Wrap(std::string_view text, int width, std::string_view first, std::string_view rest);

}  // namespace walkaway::report
