#pragma once

// Every file walkaway writes goes through here: the bytes go to a temporary file in the same
// folder, are flushed to disk, and the temporary is renamed over the target, then the folder is
// synced. A reader (or a crash) sees the old file or the new one, never half of one.

#include <filesystem>
#include <string_view>

#include "walkaway/core/result.h"

namespace walkaway::io {

core::Status WriteFileAtomically(const std::filesystem::path& target, std::string_view contents);

}  // namespace walkaway::io
