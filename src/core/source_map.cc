#include "walkaway/core/source_map.h"

namespace walkaway::core {

const SourceLocation* FindLocation(const SourceMap& locations, std::string_view field_path) {
  std::string path(field_path);
  while (!path.empty()) {
    auto it = locations.find(path);
    if (it != locations.end() && it->second.line > 0) return &it->second;
    const size_t cut = path.find_last_of(".[");
    if (cut == std::string::npos) break;
    path.resize(cut);
  }
  return nullptr;
}

}  // namespace walkaway::core
