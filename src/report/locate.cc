#include "walkaway/core/source_map.h"
#include "walkaway/report/report.h"

namespace walkaway::report {

std::string LocateField(const ReportOptions& options, const std::string& field_path) {
  if (options.locations == nullptr) return {};
  const core::SourceLocation* at = core::FindLocation(*options.locations, field_path);
  if (at == nullptr) return {};
  const std::string& file = at->file.empty() ? options.case_path : at->file;
  return file + ":" + std::to_string(at->line) + ":" + std::to_string(at->column);
}

}  // namespace walkaway::report
