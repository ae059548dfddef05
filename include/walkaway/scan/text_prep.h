#pragma once

// Turning a file's bytes into the text the scanner reads: binary detection, HTML tag stripping
// with minimal entity decoding, and a repair pass that makes any bytes valid UTF-8.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace walkaway::scan {

enum class DocumentKind { kPlain, kMarkdown, kHtml };

// By extension (.html/.htm/.xhtml, .md/.markdown), else by a leading "<!doctype" or "<html".
// Markdown is scanned as plain text: its markers are punctuation, which never joins words.
DocumentKind DetectKind(std::string_view path, std::string_view bytes);

// A NUL byte, or more than 10% control bytes other than tab, newline, CR and form feed, in the
// first 64 KiB: an image, an archive, a PDF, not a document to quote.
bool LooksBinary(std::string_view bytes);

// The bytes with every invalid UTF-8 sequence replaced by U+FFFD.
std::string ValidUtf8(std::string_view bytes);
bool IsValidUtf8(std::string_view bytes);

struct StrippedHtml {
  std::string text{};
  // source_offset[i] is where text[i] came from in the HTML, so hits are located in the file the
  // person opened, not in the stripped text.
  std::vector<uint32_t> source_offset{};
};

// Drops tags, comments, <script> and <style> bodies; block tags (p, br, div, li, tr, h1-h6) end a
// sentence; decodes &amp; &lt; &gt; &quot; &apos; &nbsp; and numeric entities, leaves others as written.
StrippedHtml StripHtml(std::string_view html);

// 1-based line and byte column of `offset` in `text`.
struct LineColumn {
  int line = 1;
  int column = 1;
};
LineColumn Locate(std::string_view text, size_t offset);

// Appends code point `cp` as UTF-8; NUL, surrogates and values past U+10FFFF become U+FFFD.
void AppendUtf8(std::string& out, uint32_t cp);

}  // namespace walkaway::scan
