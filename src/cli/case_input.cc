// Where a command's case comes from: a file, or standard input when the name is "-" (a case piped
// from another program: `jq ... | walkaway evaluate -`).

#include <filesystem>
#include <istream>

#include "cli/commands.h"
#include "walkaway/files/file_reader.h"

namespace walkaway::cli {

core::Result<std::string> ReadStandardInput(const Environment& env, size_t max_bytes, std::string_view what) {
  if (env.input == nullptr) return std::string();
  std::string bytes;
  char buffer[1 << 16];
  while (*env.input) {
    env.input->read(buffer, sizeof buffer);
    bytes.append(buffer, static_cast<size_t>(env.input->gcount()));
    if (bytes.size() > max_bytes) {
      return core::Error::TooLarge("the " + std::string(what) + " on standard input is over the limit of " +
                                   files::FormatBytes(max_bytes));
    }
  }
  if (env.input->bad()) return core::Error::Io("cannot read standard input");
  return bytes;
}

core::Result<io::LoadedCase> LoadCase(const std::string& file, const Environment& env) {
  if (file != kStandardInput) return io::ReadCaseFile(file);
  core::Result<std::string> bytes = ReadStandardInput(env, io::kMaxCaseBytes, "case");
  if (!bytes) return bytes.error();
  // TOML or JSON by the first character; documents named by path are found from the current folder.
  return io::ParseCase(*bytes, kStandardInput, io::Format::kAuto, ".");
}

}  // namespace walkaway::cli
