#pragma once

// Reads the documents a case names by path into Document::text.

#include <filesystem>
#include <string_view>
#include <vector>

#include "io/case_decoder.h"
#include "io/locations.h"
#include "walkaway/core/case.h"
#include "walkaway/core/result.h"

namespace walkaway::io {

// Each path is relative to base_dir (absolute paths are used as they are). An empty base_dir
// refuses every path: bytes that came from the network must not name files on this machine.
// Errors name the field (e.g. offers[0].documents.offer_letter), the path, and where in the case
// file the path is written; a document that is not UTF-8 text is located inside the document.
core::Status LoadDocuments(core::Case& c, const std::vector<DocumentToLoad>& documents,
                           const std::filesystem::path& base_dir, std::string_view case_file);

}  // namespace walkaway::io
