#pragma once

// Every file walkaway writes goes through here: the bytes go to a temporary file in the same
// folder, are flushed to disk, and the temporary is renamed over the target, then the folder is
// synced. A reader (or a crash) sees the old file or the new one, never half of one.
//
// The temporary is named ".<target name>.tmp-<pid>-XXXXXX". A crash can leave one behind: it is
// hidden, never read, and the next write to the same target removes those whose process is gone.
//
// Fault hook (docs/hardening.md): when the environment variable WALKAWAY_FAULT_AT names a step,
// the process kills itself with SIGKILL right after that step, so tests can crash the real CLI
// mid-write. Steps, in order: after-create, after-write, after-fsync, after-close, after-rename,
// after-dirsync. Any other value (or none) changes nothing.

#include <filesystem>
#include <string_view>

#include "walkaway/core/result.h"

namespace walkaway::io {

inline constexpr std::string_view kFaultAtEnv = "WALKAWAY_FAULT_AT";

core::Status WriteFileAtomically(const std::filesystem::path& target, std::string_view contents);

}  // namespace walkaway::io
