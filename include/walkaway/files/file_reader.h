#pragma once

// Reading a whole file under a size cap, checked before reading: a 50 MB file fails at once.

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "walkaway/core/result.h"

namespace walkaway::files {

// What a reader accepts besides a regular file.
enum class Accept {
  kRegularFile,  // documents, caches, data files: a FIFO named there would block forever
  kStream,       // what the user names on the command line: a pipe or /dev/stdin is theirs to give
};

// The bytes of `path`. Errors (messages name `what`, e.g. "case file", and the path): kNotFound
// when it does not exist, kTooLarge over max_bytes, kInvalidInput for a directory (and, with
// Accept::kRegularFile, for a FIFO, device or socket: checked on the opened file, which is opened
// without blocking, so a FIFO with no writer cannot hang the read), kIo when the system refuses.
// Never throws.
core::Result<std::string> ReadFileCapped(const std::filesystem::path& path, size_t max_bytes,
                                         std::string_view what, Accept accept = Accept::kRegularFile);

// "16 MiB", "4 MiB", "1,500 bytes": caps in messages.
std::string FormatBytes(size_t bytes);

}  // namespace walkaway::files
