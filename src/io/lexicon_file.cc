#include "walkaway/io/lexicon_file.h"

#include <algorithm>
#include <set>
#include <string>
#include <system_error>
#include <vector>

#include "walkaway/files/file_reader.h"
#include "io/toml_reader.h"
#include "io/utf8.h"

namespace walkaway::io {
namespace {

constexpr size_t kMaxLexiconFileBytes = 4u << 20;  // ours are ~40 KB; a 4 MiB file is a mistake

core::Error At(std::string message, std::string_view file, int line, int column = 0) {
  core::Error error = core::Error::InvalidInput(std::move(message));
  error.location = core::SourceLocation{std::string(file), line, column};
  return error;
}

bool ParseSeverity(std::string_view name, core::Severity& out) {
  for (core::Severity s : {core::Severity::kBlocker, core::Severity::kMajor, core::Severity::kMinor,
                           core::Severity::kPositive}) {
    if (scan::SeverityName(s) == name) {
      out = s;
      return true;
    }
  }
  return false;
}

// Reads one [[entry]] table; `what` is "entry 'id'" once the id is known, for every message.
class EntryReader {
 public:
  EntryReader(const Node& table, std::string_view file) : table_(table), file_(file) {}

  core::Status Read(std::string_view category, scan::LexiconEntry& entry) {
    static const std::set<std::string, std::less<>> kKeys = {
        "id", "pattern", "regex", "rule", "severity", "explain", "examples", "counter_examples"};
    entry.category = std::string(category);
    entry.location = core::SourceLocation{std::string(file_), table_.line, 0};
    if (core::Status s = String("id", entry.id); !s) return s;
    what_ = "entry '" + entry.id + "'";
    for (const Member& m : table_.members) {
      if (kKeys.count(m.key) == 0) {
        return At(what_ + ": unknown key '" + m.key + "'", file_, m.line, m.column);
      }
    }
    if (core::Status s = String("pattern", entry.pattern); !s) return s;
    entry.location.line = LineOf("pattern");
    if (const Node* regex = table_.Find("regex")) {
      if (regex->kind != NodeKind::kBool) return At(what_ + ": 'regex' must be true or false", file_, regex->line);
      entry.is_regex = regex->integer != 0;
    }
    std::string rule;
    if (core::Status s = String("rule", rule); !s) return s;
    const std::optional<core::RuleId> id = core::RuleIdFromName(rule);
    if (!id || !scan::IsLexiconRule(*id)) {
      return At(what_ + ": unknown rule '" + rule + "'", file_, LineOf("rule"));
    }
    entry.rule = *id;
    std::string severity;
    if (core::Status s = String("severity", severity); !s) return s;
    if (!ParseSeverity(severity, entry.severity) || entry.severity == core::Severity::kPositive) {
      return At(what_ + ": severity must be minor, major or blocker, not '" + severity + "'", file_,
                LineOf("severity"));
    }
    if (core::Status s = String("explain", entry.explanation); !s) return s;
    if (core::Status s = Strings("examples", entry.examples); !s) return s;
    if (core::Status s = Strings("counter_examples", entry.counter_examples); !s) return s;
    if (entry.pattern.find_first_not_of(" \t") == std::string::npos) {
      return At(what_ + ": the pattern is empty", file_, entry.location.line);
    }
    return core::Ok{};
  }

 private:
  int LineOf(std::string_view key) const {
    for (const Member& m : table_.members) {
      if (m.key == key) return m.line;
    }
    return table_.line;
  }

  core::Status String(std::string_view key, std::string& out) const {
    const Node* node = table_.Find(key);
    if (node == nullptr) return At(what_ + ": missing '" + std::string(key) + "'", file_, table_.line);
    if (!node->is_string() || node->text.empty()) {
      return At(what_ + ": '" + std::string(key) + "' must be a non-empty string", file_, node->line);
    }
    out = node->text;
    return core::Ok{};
  }

  core::Status Strings(std::string_view key, std::vector<std::string>& out) const {
    const Node* node = table_.Find(key);
    if (node == nullptr) return At(what_ + ": missing '" + std::string(key) + "'", file_, table_.line);
    if (!node->is_array() || node->items.empty()) {
      return At(what_ + ": '" + std::string(key) + "' must be a non-empty list of sentences", file_, node->line);
    }
    for (const Node& item : node->items) {
      if (!item.is_string()) return At(what_ + ": '" + std::string(key) + "' holds a non-string", file_, item.line);
      out.push_back(item.text);
    }
    return core::Ok{};
  }

  const Node& table_;
  std::string_view file_;
  std::string what_ = "an entry";
};

}  // namespace

core::Status ReadLexiconText(std::string_view bytes, std::string_view file, scan::Lexicon& lexicon) {
  const std::string_view text = StripBom(bytes);
  if (core::Status utf8 = CheckUtf8Text(text, file); !utf8) return utf8.error();
  core::Result<Node> root = ReadToml(text, file);
  if (!root) return root.error();
  const Node* category = root->Find("category");
  if (category == nullptr || !category->is_string() || category->text.empty()) {
    return At("a lexicon file needs a top-level category = \"...\"", file, category ? category->line : 1);
  }
  const Node* entries = root->Find("entry");
  if (entries == nullptr || !entries->is_array()) {
    return At("a lexicon file needs [[entry]] tables", file, entries ? entries->line : 1);
  }
  std::set<std::string, std::less<>> ids;
  for (const scan::LexiconEntry& e : lexicon.entries) ids.insert(e.id);
  for (const Node& table : entries->items) {
    if (!table.is_table()) return At("[[entry]] must be a table", file, table.line);
    scan::LexiconEntry entry;
    if (core::Status s = EntryReader(table, file).Read(category->text, entry); !s) return s;
    if (!ids.insert(entry.id).second) {
      return At("entry '" + entry.id + "': duplicate id", file, entry.location.line);
    }
    lexicon.entries.push_back(std::move(entry));
  }
  // The hash covers the file's name, not its folder: the same lexicon elsewhere shares the cache.
  const std::string_view name = file.substr(file.find_last_of('/') + 1);
  const uint64_t seed = lexicon.content_hash != 0 ? lexicon.content_hash : scan::kFnvOffset;
  lexicon.content_hash = scan::Fnv1a64(bytes, scan::Fnv1a64(name, seed));
  return core::Ok{};
}

core::Result<scan::Lexicon> ReadLexiconDir(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".toml") files.push_back(it->path());
  }
  if (ec) return core::Error::NotFound("cannot read the lexicon folder " + dir.string() + ": " + ec.message());
  if (files.empty()) return core::Error::NotFound("no *.toml lexicon files in " + dir.string());
  std::sort(files.begin(), files.end());
  scan::Lexicon lexicon;
  for (const fs::path& path : files) {
    core::Result<std::string> bytes = files::ReadFileCapped(path, kMaxLexiconFileBytes, "lexicon file");
    if (!bytes) return bytes.error();
    if (core::Status s = ReadLexiconText(*bytes, path.string(), lexicon); !s) return s.error();
  }
  return lexicon;
}

}  // namespace walkaway::io
