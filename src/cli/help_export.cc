// Renders the commands' help as a man page and as bash, zsh and fish completions. Only the
// option names, values and descriptions come from the parser; the sections around them (exit
// status, environment, files) are written here once.

#include "cli/help_export.h"

#include <sstream>

namespace walkaway::cli {
namespace {

// The choices of an option whose value is a fixed list ("text|json|md" -> "text json md").
std::string Choices(const OptionHelp& option) {
  if (option.value.find('|') == std::string::npos) return {};
  std::string words = option.value;
  for (char& c : words) {
    if (c == '|') c = ' ';
  }
  return words;
}

bool TakesValue(const OptionHelp& option) { return !option.positional && !option.value.empty(); }

// --- man -------------------------------------------------------------------------------------

// Text as roff: backslashes and hyphens escaped, no line starting with a control character.
std::string Roff(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (const char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else {
      out += c;
    }
    line_start = c == '\n';
  }
  return out;
}

std::string ManPage(const std::vector<CommandHelp>& commands, std::string_view version) {
  std::ostringstream m;
  m << ".TH WALKAWAY 1 \"\" \"walkaway " << Roff(version) << "\" \"User Commands\"\n"
    << ".SH NAME\nwalkaway \\- decide whether to accept, negotiate or walk away from a job offer\n"
    << ".SH SYNOPSIS\n.B walkaway\n.I command\n[\\fIoptions\\fR]\n"
    << ".SH DESCRIPTION\n"
    << "walkaway checks each job offer against the non\\-negotiables written in a case file, finds the red flags in\n"
    << "the offer and its documents, projects the pay year by year with its uncertainty, and gives a verdict:\n"
    << "walk away, negotiate, accept or not yet, with the reasons, the smallest asks that would change it and\n"
    << "drafts of the messages. Everything runs on this machine; nothing is sent anywhere.\n"
    << ".PP\nA case file is TOML or JSON (its reference is docs/case\\-file.md in the sources). Wherever a\n"
    << "command reads a file, \\fB\\-\\fR reads it from standard input.\n"
    << ".SH COMMANDS\n";
  for (const CommandHelp& command : commands) {
    m << ".SS \"walkaway " << Roff(command.name) << " [options]";
    for (const OptionHelp& option : command.options) {
      if (option.positional) m << " " << (option.required ? "" : "[") << Roff(option.names[0]) << (option.required ? "" : "]");
    }
    m << "\"\n" << Roff(command.description) << "\n";
    for (const OptionHelp& option : command.options) {
      if (option.names.empty() || option.names.back() == "--help") continue;
      m << ".TP\n";
      std::string head;
      for (const std::string& name : option.names) head += (head.empty() ? "" : ", ") + std::string("\\fB") + Roff(name) + "\\fR";
      if (TakesValue(option)) head += " \\fI" + Roff(option.value) + "\\fR";
      m << head << "\n" << Roff(option.description) << "\n";
    }
  }
  m << ".SH EXIT STATUS\n"
    << ".TP\n0\nSuccess (for \\fBscan\\fR and \\fB\\-\\-jsonl\\fR: every line got its record, errors included).\n"
    << ".TP\n2\nBad input or usage: the message names the file, line, column and field.\n"
    << ".TP\n3\nThe system refused a read or a write.\n"
    << ".TP\n70\nAn internal error (a bug in walkaway).\n"
    << ".SH ENVIRONMENT\n"
    << ".TP\nWALKAWAY_DATA_DIR\nThe folder holding market/, lexicon/ and tax/ (default: share/walkaway/data next to the\n"
    << "installed binary).\n"
    << ".TP\nWALKAWAY_LEXICON_DIR\nThe lexicon the documents are scanned with.\n"
    << ".TP\nWALKAWAY_CACHE_DIR, XDG_CACHE_HOME, HOME\nWhere the compiled lexicon is cached.\n"
    << ".TP\nNO_COLOR\nNo colour in reports.\n"
    << ".SH FILES\n"
    << ".TP\n/usr/share/walkaway/data\nThe market index, the phrase lexicon and the tax tables.\n"
    << ".TP\n/usr/share/doc/walkaway/examples\nExample case files; \\fBwalkaway evaluate\\fR "
       "/usr/share/doc/walkaway/examples/demo.toml judges one.\n"
    << ".SH EXAMPLES\n"
    << ".nf\nwalkaway evaluate case.toml\nwalkaway compare case.toml \\-\\-details\n"
       "walkaway draft case.toml \\-\\-offer acme \\-\\-kind counter\n"
       "walkaway evaluate \\-\\-jsonl < cases.jsonl > judgements.jsonl\n"
       "parallel \\-\\-pipe \\-N 1000 \\-k walkaway scan \\-\\-jsonl \\-\\-threads 1 < posts.jsonl\n.fi\n";
  return m.str();
}

// --- bash ------------------------------------------------------------------------------------

std::string Bash(const std::vector<CommandHelp>& commands) {
  std::ostringstream b;
  b << "# bash completion for walkaway (made by `walkaway --generate bash`)\n"
    << "_walkaway() {\n"
    << "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
    << "  if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
    << "    COMPREPLY=($(compgen -W \"";
  for (size_t i = 0; i < commands.size(); ++i) b << (i ? " " : "") << commands[i].name;
  b << " --help --version\" -- \"$cur\"))\n    return\n  fi\n"
    << "  local opts=\"\"\n  case \"${COMP_WORDS[1]}\" in\n";
  for (const CommandHelp& command : commands) {
    b << "    " << command.name << ")\n      opts=\"";
    bool first = true;
    for (const OptionHelp& option : command.options) {
      if (option.positional) continue;
      for (const std::string& name : option.names) {
        if (name.rfind("--", 0) != 0) continue;
        b << (first ? "" : " ") << name;
        first = false;
      }
    }
    b << "\"\n      case \"$prev\" in\n";
    for (const OptionHelp& option : command.options) {
      if (!TakesValue(option)) continue;
      std::string names;
      for (const std::string& name : option.names) names += (names.empty() ? "" : "|") + name;
      const std::string choices = Choices(option);
      if (!choices.empty()) {
        b << "        " << names << ") COMPREPLY=($(compgen -W \"" << choices << "\" -- \"$cur\")); return ;;\n";
      } else if (option.is_path) {
        b << "        " << names << ") COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n";
      } else {
        b << "        " << names << ") return ;;\n";
      }
    }
    b << "      esac ;;\n";
  }
  b << "  esac\n"
    << "  if [[ \"$cur\" == -* ]]; then\n"
    << "    COMPREPLY=($(compgen -W \"$opts --help\" -- \"$cur\"))\n"
    << "  else\n"
    << "    COMPREPLY=($(compgen -f -- \"$cur\"))\n"
    << "  fi\n"
    << "}\n"
    << "complete -o filenames -F _walkaway walkaway\n";
  return b.str();
}

// --- zsh -------------------------------------------------------------------------------------

// Text inside a zsh single-quoted spec's [description]: quotes, brackets and colons escaped.
std::string ZshDescription(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else if (c == '[' || c == ']' || c == ':') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

std::string Zsh(const std::vector<CommandHelp>& commands) {
  std::ostringstream z;
  z << "#compdef walkaway\n# zsh completion for walkaway (made by `walkaway --generate zsh`)\n"
    << "_walkaway() {\n  local -a commands\n  commands=(\n";
  for (const CommandHelp& command : commands) {
    z << "    '" << command.name << ":" << ZshDescription(command.description) << "'\n";
  }
  z << "  )\n  if (( CURRENT == 2 )); then\n    _describe 'command' commands\n    return\n  fi\n"
    << "  case $words[2] in\n";
  for (const CommandHelp& command : commands) {
    z << "    " << command.name << ")\n      _arguments";
    for (const OptionHelp& option : command.options) {
      if (option.positional) {
        z << " \\\n        '*:" << ZshDescription(option.names[0]) << ":_files'";
        continue;
      }
      std::string action;
      if (TakesValue(option)) {
        const std::string choices = Choices(option);
        action = ":" + ZshDescription(option.value) + ":" +
                 (!choices.empty() ? "(" + choices + ")" : option.is_path ? "_files" : " ");
      }
      for (const std::string& name : option.names) {
        z << " \\\n        '" << name << "[" << ZshDescription(option.description) << "]" << action << "'";
      }
    }
    z << " ;;\n";
  }
  z << "  esac\n}\n_walkaway \"$@\"\n";
  return z.str();
}

// --- fish ------------------------------------------------------------------------------------

std::string FishQuote(std::string_view text) {
  std::string out = "'";
  for (const char c : text) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string Fish(const std::vector<CommandHelp>& commands) {
  std::ostringstream f;
  f << "# fish completion for walkaway (made by `walkaway --generate fish`)\n"
    << "complete -c walkaway -f\n";
  for (const CommandHelp& command : commands) {
    f << "complete -c walkaway -n __fish_use_subcommand -a " << command.name << " -d "
      << FishQuote(command.description) << "\n";
  }
  for (const CommandHelp& command : commands) {
    const std::string when = "-n '__fish_seen_subcommand_from " + command.name + "'";
    for (const OptionHelp& option : command.options) {
      if (option.positional) {
        f << "complete -c walkaway " << when << " -F\n";
        continue;
      }
      f << "complete -c walkaway " << when;
      for (const std::string& name : option.names) {
        if (name.rfind("--", 0) == 0) {
          f << " -l " << name.substr(2);
        } else {
          f << " -s " << name.substr(1);
        }
      }
      if (TakesValue(option)) {
        const std::string choices = Choices(option);
        if (!choices.empty()) {
          f << " -x -a " << FishQuote(choices);
        } else {
          f << (option.is_path ? " -r -F" : " -x");
        }
      }
      f << " -d " << FishQuote(option.description) << "\n";
    }
  }
  return f.str();
}

}  // namespace

std::string ExportHelp(std::string_view kind, const std::vector<CommandHelp>& commands, std::string_view version) {
  if (kind == "man") return ManPage(commands, version);
  if (kind == "bash") return Bash(commands);
  if (kind == "zsh") return Zsh(commands);
  if (kind == "fish") return Fish(commands);
  return {};
}

}  // namespace walkaway::cli
