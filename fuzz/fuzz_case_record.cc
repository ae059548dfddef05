// One line of `evaluate --jsonl`: bytes -> io::ParseCaseRecord (the record's id taken off, then the
// JSON case path: caps, parser, decoder, validation) -> Evaluate -> the record written. Whatever the
// line, the record is exactly one line of valid JSON with the line number given.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "walkaway/core/evaluate.h"
#include "walkaway/io/case_record.h"
#include "walkaway/io/evaluation_json.h"

namespace {

void CheckOneLine(const std::string& record) {
  if (record.empty() || record.back() != '\n' || record.find('\n') != record.size() - 1) std::abort();
  const nlohmann::json parsed = nlohmann::json::parse(record, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded() || parsed.value("line", 0) != 7) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace walkaway;
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  const io::CaseRecord record = io::ParseCaseRecord(line, "-", 7);
  if (!record.loaded) {
    if (record.loaded.error().message.empty()) std::abort();
    CheckOneLine(io::ErrorRecordToJson(7, record.id, record.loaded.error()));
    return 0;
  }
  const core::Evaluation evaluation = core::Evaluate(record.loaded->c, core::Date{2026, 11, 28});
  io::JsonReportOptions options;
  options.case_path = "-";
  options.currency = record.loaded->c.candidate.currency;
  options.locations = &record.loaded->locations;
  CheckOneLine(io::JudgementRecordToJson(7, record.id, evaluation, options));
  return 0;
}
