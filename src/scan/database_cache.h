#pragma once

// The on-disk cache of compiled Hyperscan databases. A file is our small header (magic, key,
// length, checksum of the payload) followed by hs_serialize_database's bytes; anything that does not
// check out is treated as absent, so a truncated or tampered file costs one rebuild, never a crash.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace walkaway::scan {

// The key: the lexicon's content hash and the Hyperscan version (callers fold in the expressions).
uint64_t DatabaseKey(uint64_t lexicon_hash, std::string_view hs_version);

// <dir>/lexicon-<key as 16 hex digits>.hsdb
std::filesystem::path CacheFilePath(const std::filesystem::path& dir, uint64_t key);

// The serialized database stored under `key`, or nullopt with `note` saying why (empty when the
// file does not exist).
std::optional<std::string> ReadCachedDatabase(const std::filesystem::path& file, uint64_t key, std::string& note);

// Writes atomically (files::WriteFileAtomically), creating the folder. Returns a note on failure,
// empty on success: a read-only cache must not stop a scan.
std::string WriteCachedDatabase(const std::filesystem::path& file, uint64_t key, std::string_view serialized);

}  // namespace walkaway::scan
