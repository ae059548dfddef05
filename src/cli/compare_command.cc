#include "cli/compare_command.h"

#include "walkaway/decide/compare.h"
#include "walkaway/decide/inputs.h"
#include "walkaway/io/case_file.h"
#include "walkaway/io/compare_json.h"
#include "walkaway/report/compare_report.h"

namespace walkaway::cli {

int RunCompare(const CompareCommandOptions& options, std::ostream& out, std::ostream& err, const Environment& env) {
  core::Result<io::LoadedCase> loaded = io::ReadCaseFile(options.file);
  if (!loaded) return ReportError(loaded.error(), options.format, out, err);
  const core::Case& c = loaded->c;
  core::Result<core::Date> judged_on = JudgementDate(c, options.today, env);
  if (!judged_on) return ReportError(judged_on.error(), options.format, out, err);

  decide::CompareOptions co;
  if (options.draws) co.draws = *options.draws;
  if (options.seed) co.seed = *options.seed;
  // The same evaluation as `walkaway evaluate`, documents included, so the gates agree with it.
  core::Result<std::unique_ptr<Judging>> judging = PrepareJudging(c, options.lexicon, options.no_cache, err);
  if (!judging) return ReportError(judging.error(), options.format, out, err);
  core::Result<decide::Comparison> comparison = decide::CompareOffers(c, *judged_on, co, (*judging)->gatherer);
  if (!comparison) return ReportError(comparison.error(), options.format, out, err);

  std::string text;
  if (options.format == OutputFormat::kJson) {
    text = io::ComparisonToJson(*comparison, {options.file, kVersion, c.candidate.currency});
  } else {
    const report::CompareReportOptions ro{80, options.file, kVersion, c.candidate.currency};
    text = options.format == OutputFormat::kMarkdown ? report::RenderCompareMarkdown(*comparison, ro)
                                                     : report::RenderCompareText(*comparison, ro);
  }
  return Emit(text, options.output, out, err);
}

}  // namespace walkaway::cli
