// Argument parsing and dispatch. The only file that includes CLI11.

#include "walkaway/cli/run.h"

#include <exception>
#include <map>

#include <CLI/CLI.hpp>

#include "cli/commands.h"

namespace walkaway::cli {
namespace {

const std::map<std::string, OutputFormat> kFormats = {
    {"text", OutputFormat::kText}, {"json", OutputFormat::kJson}, {"md", OutputFormat::kMarkdown}};
const std::map<std::string, ColorMode> kColors = {
    {"auto", ColorMode::kAuto}, {"always", ColorMode::kAlways}, {"never", ColorMode::kNever}};

int Dispatch(CLI::App& app, const CLI::App* evaluate, const CLI::App* validate,
             const EvaluateOptions& eval_options, const ValidateOptions& validate_options, std::ostream& out,
             std::ostream& err, const Environment& env) {
  if (evaluate->parsed()) return RunEvaluate(eval_options, out, err, env);
  if (validate->parsed()) return RunValidate(validate_options, out, err);
  out << app.help();
  return kExitOk;
}

}  // namespace

int Run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const Environment& env) {
  CLI::App app{"walkaway: decide whether to accept, negotiate or walk away from a job offer.\n"
               "Everything runs on this machine; nothing is sent anywhere.",
               "walkaway"};
  app.set_version_flag("--version", std::string("walkaway ") + kVersion);
  app.require_subcommand(0, 1);

  EvaluateOptions eval_options;
  CLI::App* evaluate = app.add_subcommand(
      "evaluate", "Give a verdict for each offer in a case file, with the findings and evidence behind it.");
  evaluate->add_option("file", eval_options.file, "Case file (.toml or .json)")->required();
  evaluate->add_option("--offer", eval_options.offer, "Evaluate only the offer with this id");
  evaluate->add_option("--format", eval_options.format, "Output format: text, json or md")
      ->transform(CLI::CheckedTransformer(kFormats, CLI::ignore_case));
  evaluate->add_option("--today", eval_options.today,
                       "Judge the case as of this date (YYYY-MM-DD); default: the case's as_of, else today");
  evaluate->add_option("--color", eval_options.color, "Colour: auto (a terminal without NO_COLOR), always, never")
      ->transform(CLI::CheckedTransformer(kColors, CLI::ignore_case));
  evaluate->add_option("-o,--output", eval_options.output,
                       "Write the report to this file (replaced whole, never half-written)");

  ValidateOptions validate_options;
  CLI::App* validate =
      app.add_subcommand("validate", "Check a case file and report the first problem with file:line:column.");
  validate->add_option("file", validate_options.file, "Case file (.toml or .json)")->required();
  validate->add_option("--format", validate_options.format, "Output format: text or json")
      ->transform(CLI::CheckedTransformer(kFormats, CLI::ignore_case));

  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 consumes from the back
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    out << app.help();  // CLI11 hands this to the subcommand that asked for help
    return kExitOk;
  } catch (const CLI::CallForAllHelp&) {
    out << app.help("", CLI::AppFormatMode::All);
    return kExitOk;
  } catch (const CLI::CallForVersion&) {
    out << "walkaway " << kVersion << "\n";
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    err << "walkaway: error: " << e.what() << "\n"
        << "Run 'walkaway --help' or 'walkaway <command> --help' for usage.\n";
    return kExitInvalid;
  }
  // Nothing below throws by design; this is the last line of defence so that no exception ever
  // turns into an abort with a half-printed report.
  try {
    return Dispatch(app, evaluate, validate, eval_options, validate_options, out, err, env);
  } catch (const std::exception& e) {
    err << "walkaway: internal error: " << e.what() << "\n";
    return kExitInternal;
  }
}

}  // namespace walkaway::cli
