#include "cli/commands.h"
#include "walkaway/io/atomic_file.h"
#include "walkaway/io/evaluation_json.h"

namespace walkaway::cli {

int ReportError(const core::Error& error, OutputFormat format, std::ostream& out, std::ostream& err) {
  if (format == OutputFormat::kJson) {
    out << io::ErrorToJson(error);
  }
  err << "walkaway: error: " << error.ToString() << "\n";
  return ExitCodeFor(error.code);
}

int Emit(const std::string& text, const std::optional<std::string>& path, std::ostream& out, std::ostream& err) {
  if (!path) {
    out << text;
    out.flush();
    return out ? kExitOk : kExitIo;
  }
  core::Status written = io::WriteFileAtomically(*path, text);
  if (!written) return ReportError(written.error(), OutputFormat::kText, out, err);
  return kExitOk;
}

}  // namespace walkaway::cli
