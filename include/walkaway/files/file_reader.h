#pragma once

// Reading a whole file under a size cap, checked before reading: a 50 MB file fails at once.

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "walkaway/core/result.h"

namespace walkaway::files {

// The bytes of `path`. Errors (messages name `what`, e.g. "case file", and the path): kNotFound
// when it does not exist, kTooLarge over max_bytes, kInvalidInput for a directory, kIo when the
// system refuses. Never throws.
core::Result<std::string> ReadFileCapped(const std::filesystem::path& path, size_t max_bytes,
                                         std::string_view what);

// "16 MiB", "4 MiB", "1,500 bytes": caps in messages.
std::string FormatBytes(size_t bytes);

}  // namespace walkaway::files
