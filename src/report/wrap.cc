#include <string_view>

#include "walkaway/report/report.h"

namespace walkaway::report {
namespace {

// Display width of UTF-8 text: counts code points, not bytes, so "€" takes one column.
int DisplayWidth(std::string_view s) {
  int n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

}  // namespace

std::string Wrap(std::string_view text, int width, std::string_view first, std::string_view rest) {
  std::string out(first);
  int column = DisplayWidth(first);
  bool line_has_word = false;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    if (i >= text.size()) break;
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\n' && text[j] != '\t') ++j;
    const std::string_view word = text.substr(i, j - i);
    const int w = DisplayWidth(word);
    if (line_has_word && column + 1 + w > width) {
      out += '\n';
      out += rest;
      column = DisplayWidth(rest);
      line_has_word = false;
    }
    if (line_has_word) {
      out += ' ';
      ++column;
    }
    out += word;
    column += w;
    line_has_word = true;
    i = j;
  }
  out += '\n';
  return out;
}

}  // namespace walkaway::report
