#include <filesystem>

#include "cli/commands.h"
#include "walkaway/files/atomic_file.h"
#include "walkaway/files/report_target.h"
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

int Flushed(std::ostream& out, std::ostream& err, int status) {
  out.flush();
  if (out) return status;
  err << "walkaway: error: cannot write to standard output\n";
  return kExitIo;
}

int Emit(const std::string& raw, const Destination& to, std::ostream& out, std::ostream& err,
         const Environment& env) {
  // Quoted document text must not drive the terminal (issue #17, item 3).
  const std::string text = to.json ? raw : report::VisibleControls(raw);
  core::Result<files::ReportTarget> target = files::ReportTarget::kStdout;
  if (to.path) {
    std::vector<std::filesystem::path> inputs;
    if (!to.input.empty()) inputs.emplace_back(to.input);
    target = files::CheckReportTarget(*to.path, inputs, to.force);
    if (!target) return ReportError(target.error(), OutputFormat::kText, out, err);
  }
  core::Status written = core::Ok{};
  switch (*target) {
    case files::ReportTarget::kStdout:
      out << text;
      return Flushed(out, err, kExitOk);
    case files::ReportTarget::kStream: written = files::WriteToDevice(*to.path, text); break;
    case files::ReportTarget::kReplace: written = files::WriteFileAtomically(*to.path, text, env.write_observer); break;
  }
  if (!written) return ReportError(written.error(), OutputFormat::kText, out, err);
  return kExitOk;
}

}  // namespace walkaway::cli
