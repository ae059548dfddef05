// One line of `walkaway scan --jsonl`: the same steps the pipeline's worker runs per line
// (src/scan/jsonl_pipeline.cc: ParseJsonlRecord, Scanner::Scan, AppendResultJson or
// AppendErrorJson). Oracle: whatever the line, the record written for it is one valid JSON object
// (nlohmann-json parses it strictly, including UTF-8), and every hit lies inside the text.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "fuzz_repo_scanner.h"
#include "walkaway/scan/jsonl.h"

namespace {

void CheckRecord(const std::string& out) {
  if (out.empty() || out.back() != '\n' || out.find('\n') != out.size() - 1) std::abort();
  const nlohmann::json parsed = nlohmann::json::parse(out, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded() || !parsed.is_object() || !parsed.contains("line")) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace walkaway;
  fuzz::RepoScanner& repo = fuzz::Repo();
  std::string_view line(reinterpret_cast<const char*>(data), size);
  if (line.find('\n') != std::string_view::npos) return -1;  // the pipeline cuts lines first
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  std::string out;
  scan::JsonlRecord record;
  if (line.find_first_not_of(" \t") == std::string_view::npos) {
    scan::AppendErrorJson(out, 1, "null", "empty line");
  } else if (core::Status parsed = scan::ParseJsonlRecord(line, record); !parsed) {
    scan::AppendErrorJson(out, 1, "null", parsed.error().message);
  } else if (core::Result<scan::ScanResult> result = repo.scanner.Scan(record.text, *repo.scratch); !result) {
    scan::AppendErrorJson(out, 1, record.id_json, result.error().message);
  } else {
    for (const scan::ScanHit& hit : result->hits) {
      if (hit.begin > hit.end || hit.end > record.text.size() || hit.line < 1 || hit.column < 1) std::abort();
    }
    scan::AppendResultJson(out, 1, record.id_json, *result, scan::PostingSignals(record.posting));
  }
  CheckRecord(out);
  return 0;
}
