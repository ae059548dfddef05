#include "cli/commands.h"
#include "walkaway/comp/projection.h"
#include "walkaway/io/case_file.h"
#include "walkaway/report/visible_controls.h"

namespace walkaway::cli {

int RunValidate(const ValidateOptions& options, std::ostream& out, std::ostream& err, const Environment& env) {
  core::Result<io::LoadedCase> loaded = LoadCase(options.file, env);
  if (!loaded) return ReportError(loaded.error(), options.format, out, err);
  // What the pay model needs beyond the file's own checks (a cost-of-living area it knows), so
  // that validate passes exactly the cases evaluate accepts.
  if (core::Status model = comp::Projector(loaded->c, {}).Check(); !model) {
    return ReportError(io::LocateInCase(model.error(), *loaded), options.format, out, err);
  }
  const size_t offers = loaded->c.offers.size();
  if (options.format == OutputFormat::kJson) {
    out << "{\"ok\": true, \"offers\": " << offers << "}\n";
  } else {
    out << report::VisibleControls(options.file) << ": ok (" << offers << (offers == 1 ? " offer" : " offers") << ")\n";
  }
  return Flushed(out, err, kExitOk);
}

}  // namespace walkaway::cli
