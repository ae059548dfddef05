#pragma once

// Writing a core::Case as a TOML case file (docs/case-file.md) that ReadCaseFile reads back as the
// same Case. Only what was given is written: empty optionals, empty strings and lists, and values
// equal to the file's defaults are left out, so a hand-made case stays short. A comment heads each
// section so the file reads well when opened in an editor.
//
// What a TOML case file cannot say, and so what this cannot write back:
// - Claim::origin: set only by the claim extractor from a document's text, never read from a file.
// - Document::text of a document named by path: the path is written and the text is read from the
//   file again (so the round trip needs the same base folder).
// - The order of documents across kinds: they are written grouped by kind, in order of first use,
//   so [letter, post, letter] comes back as [letter, letter, post]. Kinds other than the five keys
//   of `documents` are written under `other`.
// - Text that is not valid UTF-8 (no file can hold it): each bad byte becomes U+FFFD.

#include <string>
#include <string_view>

#include "walkaway/core/case.h"

namespace walkaway::io {

struct CaseWriteOptions {
  // Lines written as comments at the top of the file (without the leading '#').
  std::string header{};
  // A one-line comment above each section.
  bool comments = true;
};

std::string WriteCaseToml(const core::Case& c, const CaseWriteOptions& options = {});

// `text` as a TOML basic string, quoted: quotes, backslashes and control characters escaped,
// other characters (non-ASCII included) kept as they are.
std::string TomlString(std::string_view text);

// True when `text` can be stored in a case file as it is: well-formed UTF-8 without NUL bytes.
bool IsWritableText(std::string_view text);

}  // namespace walkaway::io
