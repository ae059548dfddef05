// Argument parsing and dispatch. The only file that includes CLI11.

#include "walkaway/cli/run.h"

#include <exception>
#include <iostream>
#include <map>
#include <sstream>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/comp_command.h"
#include "cli/compare_command.h"
#include "cli/draft_command.h"
#include "cli/init_command.h"
#include "cli/market_command.h"
#include "cli/scan_command.h"

namespace walkaway::cli {
namespace {

const std::map<std::string, OutputFormat> kFormats = {
    {"text", OutputFormat::kText}, {"json", OutputFormat::kJson}, {"md", OutputFormat::kMarkdown}};
const std::map<std::string, ColorMode> kColors = {
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
                       "Write the report to this file (replaced whole, never half-written; - for stdout)");
  evaluate->add_flag("--force", eval_options.force, "Replace the --output file even when it is read-only");
  evaluate->add_option("--lexicon", eval_options.lexicon,
                       "Folder of lexicon *.toml files for scanning the case's documents (docs/scanner.md)");
  evaluate->add_flag("--no-cache", eval_options.no_cache, "Compile the lexicon instead of using the cached database");
  evaluate->add_flag("--details", eval_options.details,
                     "After the summary, show each offer's plan, non-negotiables, figures and every finding with its evidence");

  ValidateOptions validate_options;
  CLI::App* validate =
      app.add_subcommand("validate", "Check a case file and report the first problem with file:line:column.");
  validate->add_option("file", validate_options.file, "Case file (.toml or .json)")->required();
  validate->add_option("--format", validate_options.format, "Output format: text or json")
      ->transform(CLI::CheckedTransformer(kFormats, CLI::ignore_case));

  MarketOptions market_options;
  CLI::App* market = app.add_subcommand(
      "market", "Show where an annual salary sits among open market data for a job title (docs/market.md).");
  market->add_option("title", market_options.title, "Job title, e.g. \"Senior Data Scientist\"")->required();
  market->add_option("--country", market_options.country, "Two-letter country code, e.g. US, GB, DE")->required();
  market->add_option("--pay", market_options.pay, "Annual gross base pay, e.g. 150000, 150k, \"82k EUR\"")->required();
  market->add_option("--currency", market_options.currency, "Currency of the pay (default USD for US only)");
  market->add_option("--rate", market_options.rate, "Exchange rate when the data's currency differs: EUR/USD=1.08");
  market->add_option("--data-dir", market_options.data_dir, "Folder holding market/ (default: $WALKAWAY_DATA_DIR)");
  market->add_option("--format", market_options.format, "Output format: text or json")
      ->transform(CLI::CheckedTransformer(kFormats, CLI::ignore_case));

  CompOptions comp_options;
  CLI::App* comp = app.add_subcommand(
      "comp", "Project each offer's pay (and the current job's) year by year: floor, P10/P50/P90, at risk.");
  comp->add_option("file", comp_options.file, "Case file (.toml or .json)")->required();
  comp->add_option("--offer", comp_options.offer, "Project only the offer with this id");
  comp->add_option("--years", comp_options.years, "Horizon in years, 1 to 10 (default: the case's, else 4)");
  comp->add_option("--paths", comp_options.paths, "Monte Carlo paths (default 10000)");
  comp->add_option("--seed", comp_options.seed, "Random seed: the same seed gives the same figures")
      ->check(kSeedRange);
  comp->add_option("--today", comp_options.today, "Start date for offers without start_date (YYYY-MM-DD)");
  comp->add_option("--format", comp_options.format, "Output format: text or json")
      ->transform(CLI::CheckedTransformer(kFormats, CLI::ignore_case));

  CompareCommandOptions compare_options;
  CLI::App* compare = app.add_subcommand(
      "compare", "Compare several offers robustly: gates, Pareto, value model, SMAA-2 (docs/compare.md).");
  compare->add_option("file", compare_options.file, "Case file (.toml or .json) with two or more offers")->required();
  compare->add_option("--format", compare_options.format, "Output format: text, json or md")
      ->transform(CLI::CheckedTransformer(kFormats, CLI::ignore_case));
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
  draft->add_option("file", draft_options.file, "Case file (.toml or .json)")->required();
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
  scan->add_option("files", scan_options.files, "Text, Markdown or HTML files");
  scan->add_flag("--jsonl", scan_options.jsonl, "Read {\"id\",\"text\"} JSON lines on stdin, write results on stdout");
  scan->add_option("--threads", scan_options.threads, "Worker threads for --jsonl (default: one per core)")
      ->check(CLI::Range(0, 256));
  scan->add_option("--lexicon", scan_options.lexicon, "Folder of lexicon *.toml files (docs/scanner.md)");
  scan->add_flag("--no-cache", scan_options.no_cache, "Compile the lexicon instead of using the cached database");
  scan->add_flag("-v,--verbose", scan_options.verbose, "Say where the compiled lexicon came from");
  scan->add_flag("--phrases", scan_options.phrases,
                 "Print every literal string the lexicon's entries stand for (entry id, tab, string) and exit");

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
    if (evaluate->parsed()) return RunEvaluate(eval_options, out, err, env);
    if (validate->parsed()) return RunValidate(validate_options, out, err);
    if (market->parsed()) return RunMarket(market_options, out, err, env);
    if (comp->parsed()) return RunComp(comp_options, out, err, env);
    if (compare->parsed()) return RunCompare(compare_options, out, err, env);
    if (draft->parsed()) return RunDraft(draft_options, out, err, env);
    if (init->parsed()) return RunInit(init_options, out, err, env);
    if (scan->parsed()) {
      std::istringstream no_input;
      if (env.input != nullptr) scan_options.input_fd = env.input_fd;
      return RunScan(scan_options, env.input != nullptr ? *env.input : no_input, out, err, env);
    }
    out << app.help();
    return Flushed(out, err, kExitOk);
  } catch (const std::exception& e) {
    err << "walkaway: internal error: " << e.what() << "\n";
    return kExitInternal;
  }
}

}  // namespace walkaway::cli
