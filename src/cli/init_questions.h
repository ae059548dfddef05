#pragma once

// One question at a time for `walkaway init`: shows the question with the form expected and the
// default in brackets, reads the answer, and asks again with the reason when it cannot be used.
// Enter takes the default (or skips an optional question), "?" shows the question's help line.
// Answers go through the same parsers as the case file (core::ParseMoney, core::ParseDate), so the
// interview accepts exactly what a file would.
//
// Once the input ends or Ctrl-C arrives the asker is stopped: every later question returns "no
// answer" at once, and the caller checks stopped() when the interview is over (the way the case
// decoder keeps its first error).

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cli/init_terminal.h"
#include "walkaway/core/date.h"
#include "walkaway/core/money.h"
#include "walkaway/core/notice.h"
#include "walkaway/core/result.h"

namespace walkaway::cli {

struct Prompt {
  std::string question;       // "Lowest base salary you would accept, per year"
  std::string form;           // "an amount such as 85k or 85,000"
  std::string help;           // one line, shown for "?"
  std::string fallback = {};  // used on Enter and shown in brackets; empty = none
  bool required = false;      // Enter without a fallback is refused
  std::string skip_label = "skip";  // shown in brackets when there is no fallback
};

// One accepted word and what it stands for ("closer" -> "yes").
struct Choice {
  std::string_view name;   // the value written to the file
  std::string_view alias = {};
};

// The exact text of a prompt line: "Question (form) [default]: ".
std::string PromptLine(const Prompt& prompt);

class Asker {
 public:
  explicit Asker(Terminal& terminal) : terminal_(terminal) {}

  // The input ended or was interrupted: no later question reads anything.
  bool stopped() const { return stop_ != ReadStatus::kLine; }
  ReadStatus stop_reason() const { return stop_; }

  // Says nothing once stopped: section titles after a Ctrl-C would only clutter the screen.
  void Say(std::string_view text) {
    if (!stopped()) terminal_.Show(text);
  }

  // Free text, valid UTF-8 without NUL bytes.
  std::optional<std::string> Text(const Prompt& prompt);
  // A known ISO 4217 code; lower case is accepted and written in capitals.
  std::optional<std::string> Currency(const Prompt& prompt);
  // An amount in `currency` (an amount naming another currency is refused).
  std::optional<core::Money> Amount(const Prompt& prompt, std::string_view currency);
  // A date, not before `not_before` when given (`what` names that date in the message).
  std::optional<core::Date> Day(const Prompt& prompt, std::optional<core::Date> not_before = {},
                                std::string_view what = {});
  std::optional<int> Integer(const Prompt& prompt, int low, int high);
  std::optional<double> Number(const Prompt& prompt, double low, double high);
  // One of `choices`, by name, alias or an unambiguous start of either; case does not matter.
  std::optional<std::string> OneOf(const Prompt& prompt, std::span<const Choice> choices);
  std::optional<bool> YesNo(const Prompt& prompt);
  // A notice period ("3 months", "4 weeks"), read as the case file reads `current.notice`.
  std::optional<core::NoticePeriod> Notice(const Prompt& prompt);
  // Several of `choices`, separated by commas, each at most once; empty when skipped.
  std::vector<std::string> SomeOf(const Prompt& prompt, std::span<const Choice> choices);
  // Free-text items separated by `separator`; empty when skipped.
  std::vector<std::string> Items(const Prompt& prompt, char separator);

 private:
  template <typename T>
  std::optional<T> Ask(const Prompt& prompt, const std::function<core::Result<T>(std::string_view)>& parse);

  Terminal& terminal_;
  ReadStatus stop_ = ReadStatus::kLine;
};

// Parsers behind the questions, exposed for tests.
core::Result<std::string> ParseChoice(std::string_view text, std::span<const Choice> choices);
core::Result<int> ParseInteger(std::string_view text, int low, int high);
core::Result<double> ParseNumber(std::string_view text, double low, double high);

}  // namespace walkaway::cli
