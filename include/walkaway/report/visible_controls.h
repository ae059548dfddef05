#pragma once

// Text for a terminal or a Markdown file, with every control character shown, never obeyed
// (issue #17, item 3). A job post can hold "ESC ] 0;title BEL" (sets the window title), "ESC [2J"
// (clears the screen) or SGR 8 (conceals what follows, such as the finding it triggers); quoted
// as they are, the report would carry them out. JSON escapes them already.

#include <string>
#include <string_view>

namespace walkaway::report {

// `text` with every C0 control but line feed and tab, DEL and every C1 control (U+0080-U+009F)
// written as a visible escape: "\x1B", "\x07", "\x7F", "\u009B". The colour sequences the text
// report itself emits (ESC [ 0/1/2/31/32/33/36/1;31/1;32/1;33/1;36 m) are kept: they can only
// colour text, so the same sequence in a document is harmless. Bytes that are not UTF-8 are left
// as they are (the report's strings are UTF-8).
std::string VisibleControls(std::string_view text);

}  // namespace walkaway::report
