#include "cli/commands.h"
#include "walkaway/core/evaluate.h"
#include "walkaway/decide/inputs.h"
#include "walkaway/io/case_file.h"
#include "walkaway/io/evaluation_json.h"
#include "walkaway/report/report.h"

namespace walkaway::cli {
namespace {

bool UseColor(const EvaluateOptions& o, const Environment& env) {
  if (o.output || o.format != OutputFormat::kText) return false;
  if (o.color == ColorMode::kAlways) return true;
  if (o.color == ColorMode::kNever) return false;
  return env.stdout_is_tty && !env.no_color;
}

}  // namespace

int RunEvaluate(const EvaluateOptions& options, std::ostream& out, std::ostream& err, const Environment& env) {
  core::Result<io::LoadedCase> loaded = io::ReadCaseFile(options.file);
  if (!loaded) return ReportError(loaded.error(), options.format, out, err);
  const core::Case& c = loaded->c;
  if (options.offer) {
    core::Status known = CheckOfferId(c, *options.offer);
    if (!known) return ReportError(known.error(), options.format, out, err);
  }
  core::Result<core::Date> judged_on = JudgementDate(c, options.today, env);
  if (!judged_on) return ReportError(judged_on.error(), options.format, out, err);
  const core::Date today = *judged_on;

  // The pay model's projections feed SIGN-PAY and BIAS-TITLE (docs/pay-model.md).
  const core::EvaluationInputs inputs = decide::GatherInputs(c, today);
  const core::Evaluation evaluation = core::Evaluate(c, today, options.offer, inputs);
  std::string text;
  if (options.format == OutputFormat::kJson) {
    io::JsonReportOptions jo{options.file, kVersion, c.candidate.currency, &loaded->locations};
    jo.projections = &inputs.offers;
    text = io::EvaluationToJson(evaluation, jo);
  } else {
    report::ReportOptions ro;
    ro.color = UseColor(options, env);
    ro.case_path = options.file;
    ro.version = kVersion;
    ro.currency = c.candidate.currency;
    ro.locations = &loaded->locations;
    text = options.format == OutputFormat::kMarkdown ? report::RenderMarkdown(evaluation, ro)
                                                     : report::RenderText(evaluation, ro);
  }
  return Emit(text, options.output, out, err);
}

}  // namespace walkaway::cli
