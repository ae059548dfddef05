// The whole `walkaway scan --jsonl` pipeline on a stream: line cutting across read chunks, the
// over-long-line path (the cap is lowered to 64 bytes so short inputs reach it), CR handling,
// batching, ordering. Oracle: exactly one JSON record per input line, numbered 1..N in order; and
// the same input held in memory (the mapped-file path: the worker cuts the lines, the writer
// numbers them) gives exactly the same bytes.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "fuzz_repo_scanner.h"
#include "walkaway/scan/jsonl_pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace walkaway;
  fuzz::RepoScanner& repo = fuzz::Repo();
  const std::string input(reinterpret_cast<const char*>(data), size);
  size_t expected_lines = 0;
  for (char c : input) expected_lines += c == '\n';
  if (!input.empty() && input.back() != '\n') ++expected_lines;

  std::istringstream in(input);
  std::ostringstream out;
  scan::PipelineOptions options;
  options.threads = 1;
  options.max_line_bytes = 64;
  options.batch_bytes = 128;
  options.batch_lines = 3;
  options.max_batches_in_flight = 2;
  core::Result<scan::PipelineStats> stats = scan::RunJsonlPipeline(repo.scanner, in, out, options);
  if (!stats || stats->lines != expected_lines || stats->bytes != size) std::abort();
  std::ostringstream held;
  size_t consumed = 0;
  core::Result<scan::PipelineStats> held_stats =
      scan::RunJsonlPipeline(repo.scanner, std::string_view(input), held, options, [&](size_t at) {
        if (at < consumed || at > size) std::abort();  // only forwards, never past the end
        consumed = at;
      });
  if (!held_stats || held_stats->lines != expected_lines || held_stats->bytes != size || held.str() != out.str()) {
    std::abort();
  }

  std::istringstream records(out.str());
  std::string record;
  size_t n = 0;
  while (std::getline(records, record)) {
    ++n;
    const nlohmann::json parsed = nlohmann::json::parse(record, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded() || !parsed.is_object()) std::abort();
    const auto line = parsed.find("line");
    if (line == parsed.end() || !line->is_number_unsigned() || line->get<size_t>() != n) std::abort();
  }
  if (n != expected_lines) std::abort();
  return 0;
}
