#pragma once

// The rest of a regular file, mapped read-only: `walkaway scan --jsonl < postings.jsonl` scans the
// lines where the kernel keeps them instead of copying every byte through read(2) (7% of a
// single-core run in perf). A pipe, a terminal or anything that cannot be mapped is read as before.
// The trade-off of every tool that maps its input (grep, ripgrep): a file another process cuts
// shorter while it is read ends the process with SIGBUS, and one that grows is read up to the size
// it had when mapped. `cat file | walkaway scan --jsonl` reads it as a stream instead.

#include <cstddef>
#include <optional>
#include <string_view>

namespace walkaway::files {

class MappedInput {
 public:
  // The bytes of the regular file behind `fd` from its current offset to its end; nullopt when
  // `fd` is not a regular file, nothing is left to read, or the mapping fails (the caller then
  // reads `fd` as a stream). The descriptor stays the caller's.
  static std::optional<MappedInput> MapRest(int fd);

  MappedInput(MappedInput&& other) noexcept;
  MappedInput& operator=(MappedInput&& other) noexcept;
  MappedInput(const MappedInput&) = delete;
  MappedInput& operator=(const MappedInput&) = delete;
  ~MappedInput();

  std::string_view bytes() const { return {data_, size_}; }

  // Hands back the whole pages before `offset` (into bytes()) that are still mapped in: read
  // once, they need not count against the process's memory (a 1 GB file stays a few MB resident).
  void Release(size_t offset);
  // The same for the whole pages inside [begin, end) only, from any thread: for a line too long
  // to read, passed over while its end is searched. Pages given back come again from the file if
  // touched, so giving back too much is slow, never wrong.
  void ReleaseRange(size_t begin, size_t end) const;

 private:
  MappedInput(void* mapping, size_t mapping_size, const char* data, size_t size);
  void* mapping_ = nullptr;
  size_t mapping_size_ = 0;
  const char* data_ = nullptr;
  size_t size_ = 0;
  size_t released_ = 0;  // bytes of the mapping given back so far
};

}  // namespace walkaway::files
