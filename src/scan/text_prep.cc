#include "walkaway/scan/text_prep.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "scan/hit_context.h"

namespace walkaway::scan {
namespace {

bool StartsWithLower(std::string_view text, size_t pos, std::string_view lower) {
  if (text.size() - pos < lower.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    if (AsciiLower(text[pos + i]) != lower[i]) return false;
  }
  return true;
}

bool EndsWithLower(std::string_view text, std::string_view lower) {
  return text.size() >= lower.size() && StartsWithLower(text, text.size() - lower.size(), lower);
}



// The entity at html[pos] ('&'): its decoded text and length, or false to keep it as written.
bool DecodeEntity(std::string_view html, size_t pos, std::string& decoded, size_t& length) {
  // Look for the ';' in the next few bytes only: searching the rest of the file made a run of '&'
  // quadratic (docs/hardening.md).
  const size_t found = html.substr(pos, 11).find(';');
  if (found == std::string_view::npos) return false;
  const size_t semi = pos + found;
  const std::string_view name = html.substr(pos + 1, semi - pos - 1);
  length = semi - pos + 1;
  decoded.clear();
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "},
      {"rsquo", "\xE2\x80\x99"}, {"lsquo", "\xE2\x80\x98"}, {"ndash", "-"}, {"mdash", "-"}};
  for (const auto& [entity, text] : kNamed) {
    if (name == entity) {
      decoded = text;
      return true;
    }
  }
  if (name.size() < 2 || name[0] != '#') return false;
  const bool hex = name[1] == 'x' || name[1] == 'X';
  uint32_t cp = 0;
  const std::string_view digits = name.substr(hex ? 2 : 1);
  if (digits.empty()) return false;
  for (char c : digits) {
    uint32_t d = 0;
    if (c >= '0' && c <= '9') {
      d = static_cast<uint32_t>(c - '0');
    } else if (hex && AsciiLower(c) >= 'a' && AsciiLower(c) <= 'f') {
      d = static_cast<uint32_t>(AsciiLower(c) - 'a' + 10);
    } else {
      return false;
    }
    cp = cp * (hex ? 16 : 10) + d;
    if (cp > 0x10FFFF) return false;
  }
  AppendUtf8(decoded, cp);
  return true;
}

bool IsBlockTag(std::string_view tag) {
  size_t i = tag.size() > 1 && tag[1] == '/' ? 2 : 1;
  size_t j = i;
  while (j < tag.size() && ((AsciiLower(tag[j]) >= 'a' && AsciiLower(tag[j]) <= 'z') || (tag[j] >= '1' && tag[j] <= '6'))) ++j;
  const std::string_view name = tag.substr(i, j - i);
  for (std::string_view block : {"p", "br", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
                                 "ul", "ol", "table", "section", "article", "blockquote", "hr"}) {
    if (name.size() == block.size() && StartsWithLower(name, 0, block)) return true;
  }
  return false;
}

}  // namespace

void AppendUtf8(std::string& out, uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

DocumentKind DetectKind(std::string_view path, std::string_view bytes) {
  for (std::string_view ext : {".html", ".htm", ".xhtml"}) {
    if (EndsWithLower(path, ext)) return DocumentKind::kHtml;
  }
  for (std::string_view ext : {".md", ".markdown"}) {
    if (EndsWithLower(path, ext)) return DocumentKind::kMarkdown;
  }
  size_t i = 0;
  while (i < bytes.size() && i < 64 && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) ++i;
  if (StartsWithLower(bytes, i, "<!doctype html") || StartsWithLower(bytes, i, "<html")) return DocumentKind::kHtml;
  return DocumentKind::kPlain;
}

bool LooksBinary(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 64 * 1024);
  if (head.find('\0') != std::string_view::npos) return true;
  size_t control = 0;
  for (char ch : head) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) ++control;
  }
  return control * 10 > head.size();
}

bool IsValidUtf8(std::string_view bytes) { return core::IsValidUtf8(bytes); }
std::string ValidUtf8(std::string_view bytes) { return core::ValidUtf8(bytes); }

StrippedHtml StripHtml(std::string_view html) {
  StrippedHtml out;
  out.text.reserve(html.size());
  out.source_offset.reserve(html.size());
  const auto emit = [&](std::string_view s, size_t from) {
    for (char c : s) {
      out.text += c;
      out.source_offset.push_back(static_cast<uint32_t>(from));
    }
  };
  std::string decoded;
  // The first '>' at or after a position, remembered: once none is left, every later '<' is text
  // without searching again (a file of '<' was quadratic; docs/hardening.md).
  size_t next_gt = 0;
  bool searched_gt = false;
  const auto find_gt = [&](size_t from) {
    if (!searched_gt || (next_gt != std::string_view::npos && next_gt < from)) {
      next_gt = html.find('>', from);
      searched_gt = true;
    }
    return next_gt;
  };
  size_t i = 0;
  while (i < html.size()) {
    const char c = html[i];
    if (c == '<') {
      if (StartsWithLower(html, i, "<!--")) {
        const size_t close = html.find("-->", i + 4);
        i = close == std::string_view::npos ? html.size() : close + 3;
        continue;
      }
      const size_t close = find_gt(i + 1);
      if (close == std::string_view::npos) {  // a lone '<' is text
        emit("<", i);
        ++i;
        continue;
      }
      const std::string_view tag = html.substr(i, close - i + 1);
      for (std::string_view raw : {"script", "style"}) {  // their bodies are not prose
        if (StartsWithLower(tag, 1, raw)) {
          const std::string end_tag = "</" + std::string(raw);
          size_t j = close + 1;
          while (j < html.size() && !StartsWithLower(html, j, end_tag)) ++j;
          const size_t end_close = html.find('>', j);
          i = end_close == std::string_view::npos ? html.size() : end_close;
          break;
        }
      }
      emit(IsBlockTag(tag) ? "\n\n" : " ", i);
      i = std::max(i, close) + 1;
      continue;
    }
    size_t length = 0;
    if (c == '&' && DecodeEntity(html, i, decoded, length)) {
      emit(decoded, i);
      i += length;
      continue;
    }
    out.text += c;
    out.source_offset.push_back(static_cast<uint32_t>(i));
    ++i;
  }
  return out;
}

LineColumn Locate(std::string_view text, size_t offset) {
  LineColumn lc;
  offset = std::min(offset, text.size());
  size_t line_start = 0;
  const char* p = text.data();
  while (true) {
    const void* nl = std::memchr(p + line_start, '\n', offset - line_start);
    if (nl == nullptr) break;
    line_start = static_cast<size_t>(static_cast<const char*>(nl) - p) + 1;
    ++lc.line;
  }
  lc.column = static_cast<int>(offset - line_start) + 1;
  return lc;
}

}  // namespace walkaway::scan
