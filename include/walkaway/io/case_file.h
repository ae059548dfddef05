#pragma once

// Reading case files (TOML or JSON, same structure) into core::Case, with errors that name the file,
// line, column and field path. The reference of every key is docs/case-file.md; editors can use
// docs/case.schema.json for the JSON form.

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/case.h"
#include "walkaway/core/result.h"

namespace walkaway::io {

// Documented caps (docs/case-file.md). Going over one is an ErrorCode::kTooLarge error.
inline constexpr size_t kMaxCaseBytes = 16 * 1024 * 1024;
inline constexpr size_t kMaxDocumentBytes = 4 * 1024 * 1024;  // one document, a file or inline text
// All the documents of a case together, as held in memory: every copy of a file named twice counts,
// because each is held (the file itself is read once). 100 offers naming one 4 MiB file 49 times
// reached 3.9 GB and std::bad_alloc (issue #17, item 6).
inline constexpr size_t kMaxDocumentsTotalBytes = 64 * 1024 * 1024;
inline constexpr int kMaxNestingDepth = 64;
inline constexpr size_t kMaxOffers = 100;
inline constexpr size_t kMaxClaimsPerOffer = 1000;
inline constexpr size_t kMaxInterviewsPerOffer = 200;
inline constexpr size_t kMaxDocumentsPerOffer = 50;
// Values of any kind in one file (tables, arrays and scalars): keeps a 16 MiB file of tiny values
// from needing gigabytes of memory before any other cap can apply.
inline constexpr size_t kMaxValues = 1'000'000;

// kAuto: by the name's extension (.toml / .json, any case), else by content ('{' first => JSON).
enum class Format { kAuto, kToml, kJson };

struct LoadedCase {
  core::Case c{};
  std::string path{};                                      // as given
  std::map<std::string, core::SourceLocation> locations{}; // field path -> where its value is written
};

// Reads, checks (size, UTF-8), parses, decodes and validates a case file, then loads each named
// document (paths relative to the case file's folder) into Document::text. Never throws.
core::Result<LoadedCase> ReadCaseFile(const std::filesystem::path& path, Format format = Format::kAuto);

// The same from bytes already in memory. `name` is the file name in errors. Documents are resolved
// against base_dir; with an empty base_dir a document named by path is an error (inline `text` works).
core::Result<LoadedCase> ParseCase(std::string_view bytes, std::string_view name, Format format,
                                   const std::filesystem::path& base_dir = {});

// `error` with the place in the case file its field path names (the nearest enclosing value that
// is written there), when it has a path and no place yet: for errors found after loading, by the
// judgement (an offer received after the judgement date, an unknown criterion in priorities).
core::Error LocateInCase(core::Error error, const LoadedCase& loaded);

// Every field path the decoder knows, e.g. "offers[].work.mode", "candidate.non_negotiables.base_min".
// Arrays add "[]" (their items), free-form tables such as priorities.weights add "{}" (their values),
// and each container is listed itself too ("offers", "offers[]"). Sorted, no duplicates.
std::vector<std::string> KnownFieldPaths();

}  // namespace walkaway::io
