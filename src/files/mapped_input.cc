#include "walkaway/files/mapped_input.h"

#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <utility>

namespace walkaway::files {

std::optional<MappedInput> MappedInput::MapRest(int fd) {
  struct stat st {};
  if (fd < 0 || ::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  const off_t at = ::lseek(fd, 0, SEEK_CUR);
  if (at < 0 || at >= st.st_size) return std::nullopt;
  const long page = ::sysconf(_SC_PAGESIZE);
  const off_t from = page > 0 ? at - at % page : 0;  // mmap wants a page-aligned offset
  const size_t mapping_size = static_cast<size_t>(st.st_size - from);
  void* mapping = ::mmap(nullptr, mapping_size, PROT_READ, MAP_PRIVATE, fd, from);
  if (mapping == MAP_FAILED) return std::nullopt;
  ::madvise(mapping, mapping_size, MADV_SEQUENTIAL);  // read ahead; a hint, its failure is harmless
  // Whoever reads on from here expects the file to have been read: leave the offset at its end.
  ::lseek(fd, 0, SEEK_END);
  return MappedInput(mapping, mapping_size, static_cast<const char*>(mapping) + (at - from),
                     static_cast<size_t>(st.st_size - at));
}

MappedInput::MappedInput(void* mapping, size_t mapping_size, const char* data, size_t size)
    : mapping_(mapping), mapping_size_(mapping_size), data_(data), size_(size) {}

MappedInput::MappedInput(MappedInput&& other) noexcept
    : mapping_(std::exchange(other.mapping_, nullptr)),
      mapping_size_(std::exchange(other.mapping_size_, 0)),
      data_(std::exchange(other.data_, nullptr)),
      size_(std::exchange(other.size_, 0)),
      released_(std::exchange(other.released_, 0)) {}

MappedInput& MappedInput::operator=(MappedInput&& other) noexcept {
  if (this != &other) {
    if (mapping_ != nullptr) ::munmap(mapping_, mapping_size_);
    mapping_ = std::exchange(other.mapping_, nullptr);
    mapping_size_ = std::exchange(other.mapping_size_, 0);
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
    released_ = std::exchange(other.released_, 0);
  }
  return *this;
}

MappedInput::~MappedInput() {
  if (mapping_ != nullptr) ::munmap(mapping_, mapping_size_);
}

void MappedInput::Release(size_t offset) {
  const long page = ::sysconf(_SC_PAGESIZE);
  if (mapping_ == nullptr || page <= 0) return;
  const size_t in_mapping = static_cast<size_t>(data_ - static_cast<const char*>(mapping_)) + std::min(offset, size_);
  const size_t upto = in_mapping - in_mapping % static_cast<size_t>(page);
  if (upto <= released_) return;
  // Read-only and file-backed: dropped pages come back from the file if touched again.
  ::madvise(static_cast<char*>(mapping_) + released_, upto - released_, MADV_DONTNEED);
  released_ = upto;
}

void MappedInput::ReleaseRange(size_t begin, size_t end) const {
  const long page = ::sysconf(_SC_PAGESIZE);
  if (mapping_ == nullptr || page <= 0 || begin >= end) return;
  const auto page_size = static_cast<size_t>(page);
  const size_t skew = static_cast<size_t>(data_ - static_cast<const char*>(mapping_));
  const size_t first = (skew + begin + page_size - 1) / page_size * page_size;  // whole pages only
  const size_t last = (skew + std::min(end, size_)) / page_size * page_size;
  if (first < last) ::madvise(static_cast<char*>(mapping_) + first, last - first, MADV_DONTNEED);
}

}  // namespace walkaway::files
