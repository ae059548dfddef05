#include "cli/compare_command.h"

#include "walkaway/io/case_file.h"
#include "walkaway/io/compare_json.h"
#include "walkaway/judge/judge.h"
#include "walkaway/report/compare_report.h"

namespace walkaway::cli {

int RunCompare(const CompareCommandOptions& options, std::ostream& out, std::ostream& err, const Environment& env) {
  core::Result<io::LoadedCase> loaded = LoadCase(options.file, env);
  if (!loaded) return ReportError(loaded.error(), options.format, out, err);
  const core::Case& c = loaded->c;
  core::Result<core::Date> judged_on = JudgementDate(c, options.today, env);
  if (!judged_on) return ReportError(judged_on.error(), options.format, out, err);

  judge::JudgeOptions jo;
  jo.compare = core::CompareOptions{};
  if (options.draws) jo.compare->draws = *options.draws;
  if (options.seed) jo.compare->seed = *options.seed;
  jo.plans = false;  // the comparison reports no plans
  // The same judgement as `walkaway evaluate`, documents included, so the gates agree with it.
  core::Result<Engine> engine = OpenEngine(c, {options.lexicon, options.no_cache}, err, env);
  if (!engine) return ReportError(engine.error(), options.format, out, err);
  core::Result<core::Judgement> judgement = engine->Judge(c, *judged_on, jo);
  if (!judgement) return ReportError(io::LocateInCase(judgement.error(), *loaded), options.format, out, err);
  const core::Comparison& comparison = *judgement->comparison;

  std::string text;
  const std::string case_path = CasePathForReport(options.file);
  if (options.format == OutputFormat::kJson) {
    text = io::ComparisonToJson(comparison, {case_path, kVersion, c.candidate.currency});
  } else {
    const report::CompareReportOptions ro{80, case_path, kVersion, c.candidate.currency, options.details};
    text = options.format == OutputFormat::kMarkdown ? report::RenderCompareMarkdown(comparison, ro)
                                                     : report::RenderCompareText(comparison, ro);
  }
  return Emit(text, {options.output, options.file, options.force, options.format == OutputFormat::kJson}, out, err,
              env);
}

}  // namespace walkaway::cli
