#pragma once

// Where a report may be written (`-o FILE`), decided before anything is written (issue #17,
// item 4): the case file it was made from is never replaced; a device (/dev/null, /dev/full, a
// terminal) is written as a stream, never replaced by a regular file; anything else that is not a
// regular file (a folder, a FIFO, a socket) is refused; a file the user cannot write is refused
// unless forced, as `cp` would; "-" is standard output.

#include <filesystem>
#include <string_view>
#include <vector>

#include "walkaway/core/result.h"

namespace walkaway::files {

enum class ReportTarget {
  kStdout,   // "-"
  kReplace,  // a new path or a regular file: written whole (WriteFileAtomically)
  kStream,   // a character device: opened and written in place
};

// `inputs` are the files the report was made from (the case file). Errors are kInvalidInput (a
// refused target, with the reason), never kIo: nothing has been written yet.
core::Result<ReportTarget> CheckReportTarget(const std::filesystem::path& target,
                                             const std::vector<std::filesystem::path>& inputs, bool force);

// Writes to a character device as a stream; kIo when the device refuses the bytes (/dev/full).
core::Status WriteToDevice(const std::filesystem::path& target, std::string_view contents);

}  // namespace walkaway::files
