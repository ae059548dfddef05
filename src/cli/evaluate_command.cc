#include "cli/commands.h"
#include "walkaway/io/case_file.h"
#include "walkaway/io/evaluation_json.h"
#include "walkaway/judge/judge.h"
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
  if (options.file.empty()) {
    err << "walkaway: error: give a case file, or --jsonl to read cases as JSON lines on standard input\n";
    return kExitInvalid;
  }
  core::Result<io::LoadedCase> loaded = LoadCase(options.file, env);
  if (!loaded) return ReportError(loaded.error(), options.format, out, err);
  const core::Case& c = loaded->c;
  if (options.offer) {
    core::Status known = CheckOfferId(c, *options.offer);
    if (!known) return ReportError(known.error(), options.format, out, err);
  }
  core::Result<core::Date> judged_on = JudgementDate(c, options.today, env);
  if (!judged_on) return ReportError(judged_on.error(), options.format, out, err);

  core::Result<Engine> engine = OpenEngine(c, {options.lexicon, options.no_cache}, err, env);
  if (!engine) return ReportError(engine.error(), options.format, out, err);
  judge::JudgeOptions jo;
  jo.only_offer = options.offer;
  core::Result<core::Judgement> judgement = engine->Judge(c, *judged_on, jo);
  if (!judgement) return ReportError(io::LocateInCase(judgement.error(), *loaded), options.format, out, err);

  std::string text;
  if (options.format == OutputFormat::kJson) {
    io::JsonReportOptions o{CasePathForReport(options.file), kVersion, c.candidate.currency, &loaded->locations};
    o.projections = &judgement->projections;
    o.plans = &judgement->plans;
    text = io::EvaluationToJson(judgement->evaluation, o);
  } else {
    report::ReportOptions ro;
    ro.color = UseColor(options, env);
    ro.case_path = CasePathForReport(options.file);
    ro.version = kVersion;
    ro.currency = c.candidate.currency;
    ro.locations = &loaded->locations;
    ro.plans = &judgement->plans;
    ro.details = options.details;
    text = options.format == OutputFormat::kMarkdown ? report::RenderMarkdown(judgement->evaluation, ro)
                                                     : report::RenderText(judgement->evaluation, ro);
  }
  return Emit(text, {options.output, options.file, options.force, options.format == OutputFormat::kJson}, out, err,
              env);
}

}  // namespace walkaway::cli
