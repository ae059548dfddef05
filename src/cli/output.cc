#include <filesystem>

#include "cli/commands.h"
#include "walkaway/files/atomic_file.h"
#include "walkaway/io/did_you_mean.h"
#include "walkaway/io/evaluation_json.h"
#include "walkaway/report/visible_controls.h"

namespace walkaway::cli {

int ReportError(const core::Error& error, OutputFormat format, std::ostream& out, std::ostream& err) {
  if (format == OutputFormat::kJson) {
    out << io::ErrorToJson(error);
  }
  err << "walkaway: error: " << report::VisibleControls(error.ToString()) << "\n";
  return ExitCodeFor(error.code);
}

core::Result<core::Date> JudgementDate(const core::Case& c, const std::optional<std::string>& today_option,
                                       const Environment& env) {
  if (!today_option) return c.as_of.value_or(env.today);
  core::Result<core::Date> parsed = core::ParseDate(*today_option);
  if (!parsed) {
    core::Error e = parsed.error();
    e.field_path = "--today";
    return e;
  }
  return parsed;
}

core::Status CheckOfferId(const core::Case& c, const std::string& id) {
  std::string ids;
  std::vector<std::string_view> known;
  for (const core::Offer& o : c.offers) {
    if (o.id == id) return core::Ok{};
    ids += (ids.empty() ? "" : ", ") + o.id;
    known.push_back(o.id);
  }
  const std::string closest(io::Suggest(id, known));
  core::Error e = core::Error::NotFound("no offer with id \"" + id + "\"; the case has: " + ids, "--offer");
  if (!closest.empty()) e.hint = "did you mean '" + closest + "'?";
  return e;
}

std::string CasePathForReport(const std::string& path) {
  const std::filesystem::path p(path);
  return p.is_absolute() ? p.filename().string() : path;
}

int Emit(const std::string& raw, const std::optional<std::string>& path, std::ostream& out, std::ostream& err,
         const Environment& env) {
  // Quoted document text must not drive the terminal (issue #17, item 3); JSON has no raw controls,
  // so this leaves it as it is.
  const std::string text = report::VisibleControls(raw);
  if (!path) {
    out << text;
    out.flush();
    return out ? kExitOk : kExitIo;
  }
  core::Status written = files::WriteFileAtomically(*path, text, env.write_observer);
  if (!written) return ReportError(written.error(), OutputFormat::kText, out, err);
  return kExitOk;
}

}  // namespace walkaway::cli
