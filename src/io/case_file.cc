// The entry points: bytes or a file in, a validated Case out. Each stage is its own file; this one
// only orders them and guarantees that no exception leaves the io layer.

#include "walkaway/io/case_file.h"

#include <algorithm>

#include "io/case_decoder.h"
#include "io/case_pipeline.h"
#include "io/document_loader.h"
#include "walkaway/files/file_reader.h"
#include "io/json_reader.h"
#include "io/locations.h"
#include "io/toml_reader.h"
#include "io/utf8.h"
#include "walkaway/core/validate.h"

namespace walkaway::io {
namespace {

bool HasExtension(std::string_view name, std::string_view extension) {
  if (name.size() < extension.size()) return false;
  const std::string_view tail = name.substr(name.size() - extension.size());
  for (size_t i = 0; i < tail.size(); ++i) {
    char c = tail[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != extension[i]) return false;
  }
  return true;
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

Format Detect(std::string_view name, std::string_view text, Format requested) {
  if (requested != Format::kAuto) return requested;
  if (HasExtension(name, ".toml")) return Format::kToml;
  if (HasExtension(name, ".json")) return Format::kJson;
  for (char c : text) {
    if (!IsBlank(c)) return c == '{' ? Format::kJson : Format::kToml;
  }
  return Format::kToml;
}

core::Error InFile(core::Error error, std::string_view name) {
  if (error.location.file.empty()) error.location.file = std::string(name);
  return error;
}

core::Result<LoadedCase> Parse(std::string_view bytes, std::string_view name, Format format,
                               const std::filesystem::path& base_dir) {
  core::Result<Node> tree = ReadCaseTree(bytes, name, format);
  if (!tree) return tree.error();
  return CaseFromTree(*tree, name, base_dir);
}

}  // namespace

core::Result<Node> ReadCaseTree(std::string_view bytes, std::string_view name, Format format) {
  if (core::Status checked = CheckCaseText(bytes, name); !checked) return checked.error();
  const std::string_view text = StripBom(bytes);
  return Detect(name, text, format) == Format::kJson ? ReadJson(text, name) : ReadToml(text, name);
}

core::Status CheckCaseText(std::string_view bytes, std::string_view name) {
  if (bytes.size() > kMaxCaseBytes) {
    return InFile(core::Error::TooLarge("the case is too large (" + files::FormatBytes(bytes.size()) +
                                        ", over the limit of " + files::FormatBytes(kMaxCaseBytes) + ")"),
                  name);
  }
  const std::string_view text = StripBom(bytes);
  if (text.empty()) return InFile(core::Error::InvalidInput("the case file is empty"), name);
  if (std::all_of(text.begin(), text.end(), IsBlank)) {
    return InFile(core::Error::InvalidInput("the case file contains only whitespace"), name);
  }
  return CheckUtf8Text(text, name);
}

core::Result<LoadedCase> CaseFromTree(const Node& tree, std::string_view name, const std::filesystem::path& base_dir) {
  core::Result<DecodedCase> decoded = DecodeCase(tree, name);
  if (!decoded) return decoded.error();

  LoadedCase out{std::move(decoded->c), std::string(name), {}};
  LocationMap locations = CollectLocations(tree, name);
  if (core::Status valid = core::ValidateCase(out.c); !valid) {
    core::Error error = valid.error();
    error.location = NearestLocation(locations, error.field_path, name);
    return error;
  }
  if (core::Status loaded = LoadDocuments(out.c, decoded->documents, base_dir, name); !loaded) {
    return loaded.error();
  }
  out.locations = std::move(locations);
  return out;
}

core::Result<LoadedCase> ParseCase(std::string_view bytes, std::string_view name, Format format,
                                   const std::filesystem::path& base_dir) {
  try {
    return Parse(bytes, name, format, base_dir);
  } catch (const std::exception& e) {
    return InFile(core::Error::Internal(std::string("reading the case failed: ") + e.what()), name);
  }
}

core::Result<LoadedCase> ReadCaseFile(const std::filesystem::path& path, Format format) {
  try {
    const std::string name = path.string();
    core::Result<std::string> bytes = files::ReadFileCapped(path, kMaxCaseBytes, "case file", files::Accept::kStream);
    if (!bytes) return bytes.error();  // the message names the path already
    std::filesystem::path base_dir = path.parent_path();
    if (base_dir.empty()) base_dir = ".";
    return Parse(*bytes, name, format, base_dir);
  } catch (const std::exception& e) {
    return core::Error::Internal(std::string("reading the case file failed: ") + e.what());
  }
}

core::Error LocateInCase(core::Error error, const LoadedCase& loaded) {
  // "--offer", "--today": the command line's, not the file's.
  if (error.field_path.empty() || error.field_path.starts_with("--") || !error.location.file.empty()) return error;
  error.location = NearestLocation(loaded.locations, error.field_path, loaded.path);
  return error;
}

}  // namespace walkaway::io
