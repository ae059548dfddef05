#include <filesystem>

#include "server/case_name.h"
#include "walkaway/files/file_reader.h"
#include "walkaway/io/case_file.h"
#include "walkaway/io/case_json.h"
#include "walkaway/server/server.h"

namespace walkaway::server {

core::Result<ImportedCase> ImportCaseFile(store::Workspace& workspace, const std::filesystem::path& file) {
  core::Result<std::string> bytes = files::ReadFileCapped(file, io::kMaxCaseBytes, "case file", files::Accept::kStream);
  if (!bytes) return bytes.error();
  std::filesystem::path folder = file.parent_path();
  if (folder.empty()) folder = ".";
  const std::string name = file.string();
  core::Result<std::string> json = io::CaseTextToJson(*bytes, name, io::Format::kAuto, folder);
  if (!json) return json.error();
  // Read back as the workspace will read it (no folder): the name comes from what is stored.
  core::Result<io::LoadedCase> stored = io::ParseCase(*json, "case.json", io::Format::kJson);
  if (!stored) return stored.error();
  core::Result<std::vector<store::CaseSummary>> cases = workspace.ListCases();
  if (!cases) return cases.error();
  for (const store::CaseSummary& summary : *cases) {
    core::Result<store::StoredCase> held = workspace.GetCase(summary.id);
    if (held && held->body == *json) return ImportedCase{std::move(*held), true};
  }
  core::Result<store::StoredCase> made = workspace.CreateCase(CaseName(stored->c), *json, "import " + file.filename().string());
  if (!made) return made.error();
  return ImportedCase{std::move(*made), false};
}

}  // namespace walkaway::server
