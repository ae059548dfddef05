#pragma once

// The man page and the shell completions, made from the same help text as `--help` (run.cc turns
// the parser's commands into this plain description), so that none of them can drift from the
// options the program takes. The build runs `walkaway --generate KIND` and installs the result.

#include <string>
#include <string_view>
#include <vector>

namespace walkaway::cli {

struct OptionHelp {
  std::vector<std::string> names{};  // "-o", "--output"; a positional: its name alone ("file")
  std::string value{};               // what it takes ("TEXT", "text|json|md"); empty for a flag
  std::string description{};
  bool positional = false;
  bool required = false;
  bool is_path = false;  // completed with file names
};

struct CommandHelp {
  std::string name{};
  std::string description{};
  std::vector<OptionHelp> options{};
};

// kind: "man" (roff for man(1)), "bash", "zsh" or "fish". Anything else gives an empty string.
std::string ExportHelp(std::string_view kind, const std::vector<CommandHelp>& commands, std::string_view version);

}  // namespace walkaway::cli
