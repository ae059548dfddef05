#include "walkaway/report/visible_controls.h"

#include <array>
#include <cstdio>

namespace walkaway::report {
namespace {

// The SGR parameters the text report's Style emits (text_report.cc): colour and weight only.
constexpr std::array<std::string_view, 11> kOwnStyles = {"0", "1", "2", "31", "32", "33", "36",
                                                         "1;31", "1;32", "1;33", "1;36"};

// The length of an own colour sequence at text[i] (an ESC), or 0.
size_t OwnStyleAt(std::string_view text, size_t i) {
  if (i + 2 >= text.size() || text[i + 1] != '[') return 0;
  const size_t end = text.find('m', i + 2);
  if (end == std::string_view::npos || end - (i + 2) > 4) return 0;
  const std::string_view params = text.substr(i + 2, end - (i + 2));
  for (std::string_view own : kOwnStyles) {
    if (params == own) return end - i + 1;
  }
  return 0;
}

void AppendEscape(std::string& out, const char* format, unsigned value) {
  char buf[8];
  std::snprintf(buf, sizeof buf, format, value);
  out += buf;
}

}  // namespace

std::string VisibleControls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7F && c != 0xC2)) {
      out += text[i];
      continue;
    }
    if (c == 0x1B) {
      if (const size_t n = OwnStyleAt(text, i); n > 0) {
        out.append(text.substr(i, n));
        i += n - 1;
        continue;
      }
    }
    if (c == 0xC2) {  // U+0080-U+009F, the C1 controls (CSI U+009B is an ESC [ of its own)
      const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0u;
      if (next >= 0x80 && next <= 0x9F) {
        AppendEscape(out, "\\u%04X", next);
        ++i;
      } else {
        out += text[i];
      }
      continue;
    }
    AppendEscape(out, "\\x%02X", c);
  }
  return out;
}

}  // namespace walkaway::report
