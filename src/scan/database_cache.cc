#include "scan/database_cache.h"

#include <cstdio>
#include <cstring>
#include <system_error>

#include "walkaway/files/file_reader.h"
#include "walkaway/files/atomic_file.h"
#include "scan/lexicon_blob.h"
#include "walkaway/scan/lexicon.h"

namespace walkaway::scan {
namespace {

constexpr std::string_view kMagic = "WKHSDB02";   // bump when the header or payload layout changes
constexpr size_t kHeaderBytes = 8 + 3 * 8;        // magic, key, payload length, payload checksum
constexpr size_t kMaxCacheFileBytes = 256u << 20;

void PutU64(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

uint64_t GetU64(std::string_view in, size_t at) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(in[at + static_cast<size_t>(i)]);
  return v;
}

}  // namespace

uint64_t DatabaseKey(uint64_t lexicon_hash, std::string_view hs_version) {
  std::string seed;
  PutU64(seed, lexicon_hash);
  return Fnv1a64(hs_version, Fnv1a64(seed));
}

std::filesystem::path CacheFilePath(const std::filesystem::path& dir, uint64_t key) {
  char name[40];
  std::snprintf(name, sizeof name, "lexicon-%016llx.hsdb", static_cast<unsigned long long>(key));
  return dir / name;
}

std::optional<std::string> ReadCachedDatabase(const std::filesystem::path& file, uint64_t key, std::string& note) {
  note.clear();
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return std::nullopt;
  core::Result<std::string> bytes = files::ReadFileCapped(file, kMaxCacheFileBytes, "cache file");
  if (!bytes) {
    note = "the cache file could not be read (" + bytes.error().message + "); rebuilt";
    return std::nullopt;
  }
  const std::string_view data = *bytes;
  if (data.size() < kHeaderBytes || data.substr(0, 8) != kMagic || GetU64(data, 8) != key ||
      GetU64(data, 16) != data.size() - kHeaderBytes ||
      GetU64(data, 24) != FastChecksum(data.substr(kHeaderBytes))) {
    note = "the cache file " + file.string() + " was corrupt or stale; rebuilt";
    return std::nullopt;
  }
  bytes->erase(0, kHeaderBytes);
  return std::move(*bytes);
}

std::string WriteCachedDatabase(const std::filesystem::path& file, uint64_t key, std::string_view serialized) {
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  if (ec) return "cannot create the cache folder " + file.parent_path().string() + ": " + ec.message();
  std::string out(kMagic);
  PutU64(out, key);
  PutU64(out, serialized.size());
  PutU64(out, FastChecksum(serialized));
  out.append(serialized);
  if (core::Status s = files::WriteFileAtomically(file, out); !s) return "cache not written: " + s.error().message;
  return {};
}

}  // namespace walkaway::scan
