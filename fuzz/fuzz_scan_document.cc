// The document scanner on arbitrary bytes, as `walkaway scan FILE` runs it (binary check, kind,
// HTML stripping, Scanner::Scan), twice per input:
//  - on libFuzzer's own heap copy, where AddressSanitizer sees any out-of-bounds read in our code;
//  - on a copy that ends exactly at a page boundary followed by a PROT_NONE page (and starts after
//    one), because Hyperscan is not instrumented: a read past the end there is a SEGV, which is how
//    Vectorscan's old page-boundary over-read showed up (STACK.md).
// Oracles: hits lie inside the text, sentences are valid UTF-8, the HTML offset map is monotonic and
// inside the file, and our two UTF-8 validators (scan's repair pass, io's strict check) agree.

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include "fuzz_repo_scanner.h"
#include "io/utf8.h"
#include "walkaway/scan/text_prep.h"

namespace {

using namespace walkaway;

// A mapping [guard page][data pages][guard page]; Place() copies bytes to end at the second guard.
class PageEndBuffer {
 public:
  std::string_view Place(std::string_view bytes) {
    const size_t page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
    const size_t data_pages = bytes.size() / page + 1;
    if (data_pages > data_pages_) Map(page, data_pages);
    char* end = base_ + page * (1 + data_pages_);
    char* begin = end - bytes.size();
    if (!bytes.empty()) std::memcpy(begin, bytes.data(), bytes.size());
    return {begin, bytes.size()};
  }

 private:
  void Map(size_t page, size_t data_pages) {
    if (base_ != nullptr) ::munmap(base_, page * (data_pages_ + 2));
    void* p = ::mmap(nullptr, page * (data_pages + 2), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) std::abort();
    base_ = static_cast<char*>(p);
    data_pages_ = data_pages;
    if (::mprotect(base_, page, PROT_NONE) != 0) std::abort();
    if (::mprotect(base_ + page * (data_pages + 1), page, PROT_NONE) != 0) std::abort();
  }

  char* base_ = nullptr;
  size_t data_pages_ = 0;
};

void ScanAndCheck(std::string_view text) {
  fuzz::RepoScanner& repo = fuzz::Repo();
  core::Result<scan::ScanResult> result = repo.scanner.Scan(text, *repo.scratch);
  if (!result) std::abort();  // only texts of 2 GiB fail
  for (const scan::ScanHit& hit : result->hits) {
    if (hit.begin > hit.end || hit.end > text.size() || hit.line < 1 || hit.column < 1) std::abort();
    if (!scan::IsValidUtf8(hit.sentence)) std::abort();
  }
  if (result->hits.size() > scan::kMaxHitsPerText) std::abort();
}

void ScanDocument(std::string_view bytes) {
  (void)scan::LooksBinary(bytes);
  (void)scan::DetectKind("doc.txt", bytes);
  ScanAndCheck(bytes);
  const scan::StrippedHtml stripped = scan::StripHtml(bytes);
  if (stripped.source_offset.size() != stripped.text.size()) std::abort();
  uint32_t previous = 0;
  for (uint32_t offset : stripped.source_offset) {
    if (offset < previous || offset > bytes.size()) std::abort();  // == size: an unclosed <script> at the end
    previous = offset;
  }
  ScanAndCheck(stripped.text);
}

void CheckUtf8Validators(std::string_view bytes) {
  const std::string repaired = scan::ValidUtf8(bytes);
  if (!scan::IsValidUtf8(repaired)) std::abort();
  const bool valid = scan::IsValidUtf8(bytes);
  if (valid && repaired != bytes) std::abort();
  if (bytes.find('\0') == std::string_view::npos) {
    const bool strict = static_cast<bool>(io::CheckUtf8Text(bytes, "doc"));
    if (strict != valid) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static PageEndBuffer* page_end = new PageEndBuffer;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ScanDocument(bytes);
  ScanDocument(page_end->Place(bytes));
  CheckUtf8Validators(bytes);
  return 0;
}
