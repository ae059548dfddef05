#include "scan/hit_context.h"

namespace walkaway::scan {

bool HasWordBoundaries(std::string_view text, size_t begin, size_t end) {
  if (begin >= end || end > text.size()) return false;
  const auto at = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  if (begin > 0 && IsWordByte(at(begin)) && IsWordByte(at(begin - 1))) return false;
  if (end < text.size() && IsWordByte(at(end - 1)) && IsWordByte(at(end))) return false;
  return true;
}

}  // namespace walkaway::scan
