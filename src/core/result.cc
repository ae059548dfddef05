#include "walkaway/core/result.h"

namespace walkaway::core {

std::string Error::ToString() const {
  std::string out;
  if (!location.file.empty()) {
    out += location.file;
    if (location.line > 0) {
      out += ":" + std::to_string(location.line);
      if (location.column > 0) out += ":" + std::to_string(location.column);
    }
    out += ": ";
  }
  if (!field_path.empty()) out += field_path + ": ";
  out += message;
  if (!hint.empty()) out += " (" + hint + ")";
  return out;
}

}  // namespace walkaway::core
