#pragma once

// The case file path shared by the TOML and JSON targets: the real io entry point (size, UTF-8,
// parser, decoder, caps, validation), then, for a case that loads, the whole pure engine and every
// report renderer, so hostile field values also reach the rules and the text wrapping.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "walkaway/core/evaluate.h"
#include "walkaway/io/case_file.h"
#include "walkaway/io/evaluation_json.h"
#include "walkaway/report/report.h"

namespace walkaway::fuzz {

inline void FuzzCase(const uint8_t* data, size_t size, std::string_view name, io::Format format) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // No base folder: a document named by path is an error, so the target never touches the disk.
  core::Result<io::LoadedCase> loaded = io::ParseCase(bytes, name, format);
  if (!loaded) {
    // Every error names what went wrong: an empty message would be a bug in the error path.
    if (loaded.error().message.empty()) std::abort();
    return;
  }
  const core::Evaluation evaluation = core::Evaluate(loaded->c, core::Date{2026, 11, 28});
  report::ReportOptions text_options;
  text_options.case_path = loaded->path;
  text_options.currency = loaded->c.candidate.currency;
  text_options.locations = &loaded->locations;
  text_options.width = 60;
  (void)report::RenderText(evaluation, text_options);
  (void)report::RenderMarkdown(evaluation, text_options);
  io::JsonReportOptions json_options;
  json_options.case_path = loaded->path;
  json_options.currency = loaded->c.candidate.currency;
  json_options.locations = &loaded->locations;
  (void)io::EvaluationToJson(evaluation, json_options);
}

}  // namespace walkaway::fuzz
