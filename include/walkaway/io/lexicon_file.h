#pragma once

// Reads the scanner's lexicon (data/lexicon/*.toml, format in docs/scanner.md). It lives in io
// because io is the only folder that parses TOML; the result is plain scan::Lexicon data.

#include <filesystem>
#include <string_view>

#include "walkaway/core/result.h"
#include "walkaway/scan/lexicon.h"

namespace walkaway::io {

// Every *.toml file in `dir`, in name order. Errors name the file and line and, once known, the
// entry id: a missing key, a wrong type, an unknown rule or severity, a duplicate id, an empty
// pattern. Pattern syntax is checked when the scanner compiles the lexicon.
core::Result<scan::Lexicon> ReadLexiconDir(const std::filesystem::path& dir);

// One lexicon file's text, appended to `lexicon` (used by ReadLexiconDir and by tests).
core::Status ReadLexiconText(std::string_view text, std::string_view file, scan::Lexicon& lexicon);

}  // namespace walkaway::io
