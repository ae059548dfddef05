#include "cli/commands.h"
#include "walkaway/core/evaluate.h"
#include "walkaway/decide/inputs.h"
#include "walkaway/decide/plan.h"
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

  // The pay model's projections feed SIGN-PAY and BIAS-TITLE (docs/pay-model.md); the scanner's
  // hits on the documents feed SCAM, CONTRACT and five other rules (docs/document-signals.md).
  core::Result<std::unique_ptr<Judging>> judging = PrepareJudging(c, options.lexicon, options.no_cache, err);
  if (!judging) return ReportError(judging.error(), options.format, out, err);
  decide::InputGatherer& gatherer = (*judging)->gatherer;
  const core::EvaluationInputs inputs = gatherer.Gather(c, today);
  const core::Evaluation evaluation = core::Evaluate(c, today, options.offer, inputs);
  // Each NEGOTIATE offer's plan, searched with the same gatherer (docs/negotiation.md).
  const std::vector<decide::NegotiationPlan> plans = decide::PlanNegotiations(c, evaluation, today, gatherer);
  std::string text;
  if (options.format == OutputFormat::kJson) {
    io::JsonReportOptions jo{options.file, kVersion, c.candidate.currency, &loaded->locations};
    jo.projections = &inputs.offers;
    jo.plans = &plans;
    text = io::EvaluationToJson(evaluation, jo);
  } else {
    report::ReportOptions ro;
    ro.color = UseColor(options, env);
    ro.case_path = options.file;
    ro.version = kVersion;
    ro.currency = c.candidate.currency;
    ro.locations = &loaded->locations;
    ro.plans = &plans;
    text = options.format == OutputFormat::kMarkdown ? report::RenderMarkdown(evaluation, ro)
                                                     : report::RenderText(evaluation, ro);
  }
  return Emit(text, options.output, out, err);
}

}  // namespace walkaway::cli
