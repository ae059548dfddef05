// Argument parsing and dispatch. The only file that includes CLI11.

#include "walkaway/cli/run.h"

#include <algorithm>
#include <exception>
#include <iostream>
#include <map>
#include <sstream>
#include <string_view>
#include <utility>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/comp_command.h"
#include "cli/compare_command.h"
#include "cli/draft_command.h"
#include "cli/help_export.h"
#include "cli/init_command.h"
#include "cli/market_command.h"
#include "cli/scan_command.h"
#include "cli/serve_command.h"
#include "walkaway/core/sentences.h"
#include "walkaway/io/did_you_mean.h"
#include "walkaway/report/visible_controls.h"

namespace walkaway::cli {
namespace {

const std::vector<std::pair<std::string, OutputFormat>> kReportFormats = {
    {"text", OutputFormat::kText}, {"json", OutputFormat::kJson}, {"md", OutputFormat::kMarkdown}};
// The commands whose output has no Markdown form.
const std::vector<std::pair<std::string, OutputFormat>> kDataFormats = {{"text", OutputFormat::kText},
                                                                        {"json", OutputFormat::kJson}};
const std::vector<std::pair<std::string, ColorMode>> kColors = {
    {"auto", ColorMode::kAuto}, {"always", ColorMode::kAlways}, {"never", ColorMode::kNever}};

// A seed is 0 to 10^9, as model.seed in a case file. Checked on the text before it becomes a
// uint64_t, which would take "-1" as 2^64-1 (issue #17, item 7).
const CLI::Validator kSeedRange(
    [](std::string& text) -> std::string {
      const std::string why = "a seed is a whole number from 0 to 1000000000, found \"" + text + "\"";
      if (text.empty() || text.size() > 10) return why;
      for (const char c : text) {
        if (c < '0' || c > '9') return why;
      }
      return std::stoull(text) > 1'000'000'000ULL ? why : std::string();
    },
    "0 to 1000000000");

// An option taking one name from a fixed list, in any case. Help shows the names ("text|json|md"),
// never how the parser stores them.
template <typename E>
CLI::Option* AddChoice(CLI::App* app, const std::string& name, E& target, const std::vector<std::pair<std::string, E>>& choices,
                       const std::string& help) {
  std::vector<std::string> names;
  for (const auto& choice : choices) names.push_back(choice.first);
  CLI::Option* option = app->add_option_function<std::string>(
      name,
      [&target, choices](const std::string& value) {
        for (const auto& [choice, e] : choices) {
          if (core::EqualsAsciiLower(value, choice)) target = e;  // the choices are lower case
        }
      },
      help);
  std::string shown;
  for (const std::string& n : names) shown += (shown.empty() ? "" : "|") + n;
  option->check(CLI::IsMember(names, CLI::ignore_case))->option_text(shown);
  return option;
}

// Where a report goes when the command has -o: the path and --force.
struct OutputChoice {
  std::optional<std::string> path{};
  bool force = false;
};

void AddOutput(CLI::App* app, OutputChoice& choice, const std::string& what) {
  app->add_option("-o,--output", choice.path,
                  "Write the " + what + " to this file (replaced whole, never half-written; - for stdout)");
  app->add_flag("--force", choice.force, "Replace the --output file even when it is read-only");
}

// The options of a command's --jsonl form: its workers, and the number of its first line when it
// is handed a slice of a larger input (docs/scale.md).
void AddBatchOptions(CLI::App* app, CLI::Option* jsonl, int& threads, size_t& first_line) {
  app->add_option("--threads", threads, "Worker threads for --jsonl (default: one per core)")
      ->check(CLI::Range(0, 256))
      ->needs(jsonl);
  app->add_option("--first-line", first_line,
                  "The number of the first input line for --jsonl, when this process is given lines from the "
                  "middle of an input (default 1)")
      ->check(CLI::Range(size_t{1}, size_t{1} << 50))
      ->needs(jsonl);
}

// Runs a command that writes to a stream; with -o, its output goes to the file through Emit once it
// has succeeded (a failed command writes nothing there, and its JSON error goes to stdout).
template <typename Command>
int WithOutput(const OutputChoice& choice, const std::string& input, bool json, std::ostream& out, std::ostream& err,
               const Environment& env, Command command) {
  if (!choice.path) return command(out);
  std::ostringstream buffer;
  const int status = command(buffer);
  if (status != kExitOk) {
    out << buffer.str();
    return Flushed(out, err, status);
  }
  return Emit(buffer.str(), {choice.path, input, choice.force, json}, out, err, env);
}

// What an option's value is shown as in help, the man page and completions: a name for what to
// give ("FILE", "DATE", "N"), never the parser's type and range notation ("INT:INT in [0 - 256]").
void NameValues(CLI::App& app) {
  for (CLI::App* sub : app.get_subcommands({})) {
    for (CLI::Option* o : sub->get_options()) {
      if (!o->get_option_text().empty() || o->get_type_name().empty()) continue;  // a flag takes no value
      const std::string name = o->get_name();
      std::string value = "TEXT";
      if (name == "file" || name == "files" || o->check_lname("output") || o->check_lname("workspace") ||
          o->check_lname("import")) {
        value = "FILE";
      } else if (o->check_lname("lexicon") || o->check_lname("data-dir")) {
        value = "DIR";
      } else if (o->check_lname("today")) {
        value = "DATE";
      } else if (o->check_lname("offer")) {
        value = "ID";
      } else if (o->get_type_name().rfind("INT", 0) == 0 || o->get_type_name().rfind("UINT", 0) == 0) {
        value = "N";
      }
      if (name == "files" || o->check_lname("import")) value += "...";
      o->option_text(value);
    }
  }
}

// What bare `walkaway` prints (on stderr, exit 2): the commands and where to read more.
std::string ShortUsage(const CLI::App& app) {
  std::string text = "Usage: walkaway <command> [options]\n\nCommands:\n";
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_group().empty()) continue;  // hidden
    std::string name = sub->get_name();
    name.resize(std::max<size_t>(name.size(), 10), ' ');
    text += "  " + name + "  " + sub->get_description() + "\n";
  }
  text += "\nRun 'walkaway <command> --help' for a command's options, 'man walkaway' for everything.\n";
  return text;
}

// The subcommand a mistyped first word was probably meant to be, or an empty view.
std::string_view SuggestCommand(const CLI::App& app, const std::string& typed, std::vector<std::string>& names) {
  for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
  std::vector<std::string_view> views(names.begin(), names.end());
  return io::Suggest(typed, views);
}

// The help of every command as plain data, for the man page and the completions (help_export.h).
std::vector<CommandHelp> DescribeCommands(const CLI::App& app) {
  std::vector<CommandHelp> commands;
  for (const CLI::App* sub : app.get_subcommands({})) {
    CommandHelp command{sub->get_name(), sub->get_description(), {}};
    for (const CLI::Option* o : sub->get_options()) {
      OptionHelp option;
      option.positional = o->get_positional();
      if (option.positional) {
        option.names.push_back(o->get_name());
      } else {
        for (const std::string& n : o->get_snames()) option.names.push_back("-" + n);
        for (const std::string& n : o->get_lnames()) option.names.push_back("--" + n);
      }
      option.value = o->get_option_text().empty() ? o->get_type_name()
                                                  : o->get_option_text();
      option.description = o->get_description();
      option.required = o->get_required();
      // NameValues named every file and folder option's value.
      option.is_path = option.value == "FILE" || option.value == "FILE..." || option.value == "DIR";
      command.options.push_back(std::move(option));
    }
    commands.push_back(std::move(command));
  }
  return commands;
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
  CLI::Option* eval_file =
      evaluate->add_option("file", eval_options.file, "Case file (.toml or .json; - reads it from standard input)");
  CLI::Option* eval_offer = evaluate->add_option("--offer", eval_options.offer, "Evaluate only the offer with this id");
  CLI::Option* eval_format =
      AddChoice(evaluate, "--format", eval_options.format, kReportFormats, "Output format: text, json or md");
  evaluate->add_option("--today", eval_options.today,
                       "Judge the case as of this date (YYYY-MM-DD); default: the case's as_of, else today");
  CLI::Option* eval_color = AddChoice(evaluate, "--color", eval_options.color, kColors,
                                       "Colour: auto (a terminal without NO_COLOR), always, never");
  CLI::Option* eval_output = evaluate->add_option(
      "-o,--output", eval_options.output, "Write the report to this file (replaced whole, never half-written; - for stdout)");
  evaluate->add_flag("--force", eval_options.force, "Replace the --output file even when it is read-only");
  evaluate->add_option("--lexicon", eval_options.lexicon,
                       "Folder of lexicon *.toml files for scanning the case's documents (docs/scanner.md)");
  evaluate->add_flag("--no-cache", eval_options.no_cache, "Compile the lexicon instead of using the cached database");
  CLI::Option* eval_details = evaluate->add_flag(
      "--details", eval_options.details,
      "After the summary, show each offer's plan, non-negotiables, figures and every finding with its evidence");
  CLI::Option* eval_jsonl = evaluate->add_flag(
      "--jsonl", eval_options.jsonl,
      "Read cases as JSON lines on stdin (one case per line, with an optional \"id\"); write one judgement per line "
      "in input order (docs/scale.md)");
  // Each says what --jsonl already decides: the input, JSON out, every offer, stdout, every finding.
  eval_jsonl->excludes(eval_file)->excludes(eval_offer)->excludes(eval_format)->excludes(eval_color);
  eval_jsonl->excludes(eval_output)->excludes(eval_details);
  AddBatchOptions(evaluate, eval_jsonl, eval_options.threads, eval_options.first_line);

  ValidateOptions validate_options;
  CLI::App* validate =
      app.add_subcommand("validate", "Check a case file and report the first problem with file:line:column.");
  validate->add_option("file", validate_options.file, "Case file (.toml or .json; - for standard input)")->required();
  AddChoice(validate, "--format", validate_options.format, kDataFormats, "Output format: text or json");
  OutputChoice validate_output;
  AddOutput(validate, validate_output, "result");

  MarketOptions market_options;
  CLI::App* market = app.add_subcommand(
      "market", "Show where an annual salary sits among open market data for a job title (docs/market.md).");
  market->add_option("title", market_options.title, "Job title, e.g. \"Senior Data Scientist\"")->required();
  market->add_option("--country", market_options.country, "Two-letter country code, e.g. US, GB, DE")->required();
  market->add_option("--pay", market_options.pay, "Annual gross base pay, e.g. 150000, 150k, \"82k EUR\"")->required();
  market->add_option("--currency", market_options.currency, "Currency of the pay (default USD for US only)");
  market->add_option("--rate", market_options.rate, "Exchange rate when the data's currency differs: EUR/USD=1.08");
  market->add_option("--data-dir", market_options.data_dir, "Folder holding market/ (default: $WALKAWAY_DATA_DIR)");
  AddChoice(market, "--format", market_options.format, kDataFormats, "Output format: text or json");
  OutputChoice market_output;
  AddOutput(market, market_output, "report");

  CompOptions comp_options;
  CLI::App* comp = app.add_subcommand(
      "comp", "Project each offer's pay (and the current job's) year by year: floor, P10/P50/P90, at risk.");
  comp->add_option("file", comp_options.file, "Case file (.toml or .json; - for standard input)")->required();
  comp->add_option("--offer", comp_options.offer, "Project only the offer with this id");
  comp->add_option("--years", comp_options.years, "Horizon in years, 1 to 10 (default: the case's, else 4)");
  comp->add_option("--paths", comp_options.paths, "Monte Carlo paths (default 10000)");
  comp->add_option("--seed", comp_options.seed, "Random seed: the same seed gives the same figures")
      ->check(kSeedRange);
  comp->add_option("--today", comp_options.today, "Start date for offers without start_date (YYYY-MM-DD)");
  AddChoice(comp, "--format", comp_options.format, kDataFormats, "Output format: text or json");
  OutputChoice comp_output;
  AddOutput(comp, comp_output, "projection");

  CompareCommandOptions compare_options;
  CLI::App* compare = app.add_subcommand(
      "compare", "Compare several offers robustly: gates, Pareto, value model, SMAA-2 (docs/compare.md).");
  compare->add_option("file", compare_options.file,
                      "Case file (.toml or .json; - for standard input) with two or more offers")
      ->required();
  AddChoice(compare, "--format", compare_options.format, kReportFormats, "Output format: text, json or md");
  compare->add_option("--today", compare_options.today,
                      "Judge the case as of this date (YYYY-MM-DD); default: the case's as_of, else today");
  compare->add_option("--seed", compare_options.seed, "SMAA random seed: the same seed gives the same figures")
      ->check(kSeedRange);
  compare->add_option("--draws", compare_options.draws, "SMAA draws, 100 to 1000000 (default 10000)");
  compare->add_option("--lexicon", compare_options.lexicon,
                      "Folder of lexicon *.toml files for scanning the case's documents (docs/scanner.md)");
  compare->add_flag("--no-cache", compare_options.no_cache, "Compile the lexicon instead of using the cached database");
  compare->add_flag("--details", compare_options.details,
                    "After the plain summary: the scores, how robust the ranking is, and the methods (SMAA-2, TOPSIS)");
  compare->add_option("-o,--output", compare_options.output,
                      "Write the report to this file (replaced whole, never half-written; - for stdout)");
  compare->add_flag("--force", compare_options.force, "Replace the --output file even when it is read-only");

  DraftOptions draft_options;
  CLI::App* draft = app.add_subcommand(
      "draft", "Write a message for one offer: extension, confirm, counter, decline or accept (docs/negotiation.md).");
  draft->add_option("file", draft_options.file, "Case file (.toml or .json; - for standard input)")->required();
  draft->add_option("--offer", draft_options.offer, "The offer the message is about")->required();
  draft->add_option("--kind", draft_options.kind, "extension, confirm, counter, decline or accept")->required();
  draft->add_option("--today", draft_options.today,
                    "Judge the case as of this date (YYYY-MM-DD); default: the case's as_of, else today");
  draft->add_option("-o,--output", draft_options.output, "Write the message to this file (replaced whole; - for stdout)");
  draft->add_flag("--force", draft_options.force, "Replace the --output file even when it is read-only");

  InitOptions init_options;
  CLI::App* init = app.add_subcommand("init", "Build a case file by answering questions in the terminal (docs/init.md).");
  init->add_option("file", init_options.file, "Case file to write (default case.toml)");
  init->add_flag("--force", init_options.force, "Replace an existing file without asking");
  init->add_flag("--evaluate", init_options.evaluate, "Evaluate the new case file at the end");

  ScanOptions scan_options;
  CLI::App* scan = app.add_subcommand(
      "scan", "Find red-flag phrases in offer letters, job posts and messages, quoting each sentence.");
  scan->add_option("files", scan_options.files, "Text, Markdown or HTML files (- reads one from standard input)");
  scan->add_flag("--jsonl", scan_options.jsonl, "Read {\"id\",\"text\"} JSON lines on stdin, write results on stdout");
  CLI::Option* scan_jsonl = scan->get_option("--jsonl");
  AddBatchOptions(scan, scan_jsonl, scan_options.threads, scan_options.first_line);
  scan->add_option("--lexicon", scan_options.lexicon, "Folder of lexicon *.toml files (docs/scanner.md)");
  scan->add_flag("--no-cache", scan_options.no_cache, "Compile the lexicon instead of using the cached database");
  scan->add_flag("-v,--verbose", scan_options.verbose, "Say where the compiled lexicon came from");
  scan->add_flag("--phrases", scan_options.phrases,
                 "Print every literal string the lexicon's entries stand for (entry id, tab, string) and exit");
  OutputChoice scan_output;
  AddOutput(scan, scan_output, "report");

  if (scan_jsonl != nullptr) scan_jsonl->excludes(scan->get_option("--output"));

  ServeOptions serve_options;
  CLI::App* serve = app.add_subcommand(
      "serve", "Run the local server: a workspace of your cases and its API, on this computer only (docs/server.md).");
  serve->add_option("--workspace", serve_options.workspace,
                    "Workspace file, made if missing (default: ~/.local/share/walkaway/workspace.walkaway)");
  serve->add_option("--port", serve_options.port, "Port on 127.0.0.1 (default 8787; 0 picks a free one)");
  serve->add_option("--import", serve_options.imports,
                    "Add these case files to the workspace first (documents are read and kept inline)");
  serve->add_flag("--open", serve_options.open, "Open the address in the browser (xdg-open)");
  serve->add_option("--today", serve_options.today,
                    "Judge as of this date (YYYY-MM-DD) instead of today, unless a case or request says");
  serve->add_option("--workers", serve_options.workers, "Threads for judgements and workspace writes (default 2)")
      ->check(CLI::Range(1, 64));
  std::string generate;
  app.add_option("--generate", generate, "Print the man page or a shell's completions (man, bash, zsh or fish)")
      ->check(CLI::IsMember({"man", "bash", "zsh", "fish"}))
      ->group("");  // for the build, which installs what it prints

  NameValues(app);
  if (args.empty()) {
    err << ShortUsage(app);
    return kExitInvalid;
  }
  if (!args[0].empty() && args[0][0] != '-') {
    std::vector<std::string> names;
    const std::string_view suggestion = SuggestCommand(app, args[0], names);
    if (std::find(names.begin(), names.end(), args[0]) == names.end()) {
      err << "walkaway: error: there is no command '" << report::VisibleControls(args[0]) << "'";
      if (!suggestion.empty()) err << "; did you mean '" << suggestion << "'?";
      err << "\nRun 'walkaway' for the list of commands.\n";
      return kExitInvalid;
    }
  }
  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 consumes from the back
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    out << app.help();  // CLI11 hands this to the subcommand that asked for help
    return Flushed(out, err, kExitOk);
  } catch (const CLI::CallForAllHelp&) {
    out << app.help("", CLI::AppFormatMode::All);
    return Flushed(out, err, kExitOk);
  } catch (const CLI::CallForVersion&) {
    out << "walkaway " << kVersion << "\n";
    return Flushed(out, err, kExitOk);
  } catch (const CLI::ParseError& e) {
    err << "walkaway: error: " << e.what() << "\n"
        << "Run 'walkaway --help' or 'walkaway <command> --help' for usage.\n";
    return kExitInvalid;
  }
  // Nothing below throws by design; this is the last line of defence so that no exception ever
  // turns into an abort with a half-printed report.
  try {
    if (evaluate->parsed()) {
      if (eval_options.jsonl) {
        std::istringstream no_input;
        return RunEvaluateJsonl(eval_options, env.input != nullptr ? *env.input : no_input, out, err, env);
      }
      return RunEvaluate(eval_options, out, err, env);
    }
    if (!generate.empty()) {
      out << ExportHelp(generate, DescribeCommands(app), kVersion);
      return Flushed(out, err, kExitOk);
    }
    if (validate->parsed()) {
      return WithOutput(validate_output, validate_options.file, validate_options.format == OutputFormat::kJson, out,
                        err, env, [&](std::ostream& to) { return RunValidate(validate_options, to, err, env); });
    }
    if (market->parsed()) {
      return WithOutput(market_output, "", market_options.format == OutputFormat::kJson, out, err, env,
                        [&](std::ostream& to) { return RunMarket(market_options, to, err, env); });
    }
    if (comp->parsed()) {
      return WithOutput(comp_output, comp_options.file, comp_options.format == OutputFormat::kJson, out, err, env,
                        [&](std::ostream& to) { return RunComp(comp_options, to, err, env); });
    }
    if (compare->parsed()) return RunCompare(compare_options, out, err, env);
    if (draft->parsed()) return RunDraft(draft_options, out, err, env);
    if (init->parsed()) return RunInit(init_options, out, err, env);
    if (serve->parsed()) return RunServe(serve_options, out, err, env);
    if (scan->parsed()) {
      std::istringstream no_input;
      if (env.input != nullptr) scan_options.input_fd = env.input_fd;
      return WithOutput(scan_output, "", false, out, err, env, [&](std::ostream& to) {
        return RunScan(scan_options, env.input != nullptr ? *env.input : no_input, to, err, env);
      });
    }
    err << ShortUsage(app);
    return kExitInvalid;
  } catch (const std::exception& e) {
    err << "walkaway: internal error: " << e.what() << "\n";
    return kExitInternal;
  }
}

}  // namespace walkaway::cli
