#include "walkaway/report/report.h"

namespace walkaway::report {

std::string LocateField(const ReportOptions& options, const std::string& field_path) {
  if (options.locations == nullptr || field_path.empty()) return {};
  std::string path = field_path;
  // "offers[0].interviews[1].notes" -> "offers[0].interviews[1]" -> "offers[0]": the nearest
  // located parent still points the reader at the right block of the file.
  while (!path.empty()) {
    auto it = options.locations->find(path);
    if (it != options.locations->end() && it->second.line > 0) {
      const std::string& file = it->second.file.empty() ? options.case_path : it->second.file;
      return file + ":" + std::to_string(it->second.line) + ":" + std::to_string(it->second.column);
    }
    const size_t cut = path.find_last_of(".[");
    if (cut == std::string::npos) break;
    path.resize(cut);
  }
  return {};
}

}  // namespace walkaway::report
