#pragma once

// Every file walkaway writes goes through here: the bytes go to a temporary file in the same
// folder, are flushed to disk, and the temporary is renamed over the target, then the folder is
// synced. A reader (or a crash) sees the old file or the new one, never half of one.
//
// The temporary is named ".<target name>.tmp-<pid>-XXXXXX". A crash can leave one behind: it is
// hidden, never read, and the next write to the same target removes those whose process is gone.
//
// An observer, when given, is told after each step (in order: after-create, after-write,
// after-fsync, after-close, after-rename, after-dirsync). Production passes none; the crash tests
// pass one that kills the process at a chosen step (tests/support/fault_injection.h), so a test
// can crash the real CLI mid-write without a hook in the production path (docs/hardening.md).

#include <filesystem>
#include <string_view>

#include "walkaway/core/result.h"

namespace walkaway::files {

class WriteObserver {
 public:
  virtual ~WriteObserver() = default;
  virtual void After(std::string_view step) const = 0;
};

core::Status WriteFileAtomically(const std::filesystem::path& target, std::string_view contents,
                                 const WriteObserver* observer = nullptr);

}  // namespace walkaway::files
