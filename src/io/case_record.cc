// One line of `evaluate --jsonl`: the same checks, parser and decoder as a JSON case file, with the
// record's "id" taken off the top-level table first (the case-file structure has no "id").

#include "walkaway/io/case_record.h"

#include <algorithm>
#include <limits>

#include "io/case_pipeline.h"
#include "io/json_reader.h"
#include "io/value_tree.h"

namespace walkaway::io {
namespace {

int InputLine(size_t line_number) {
  return static_cast<int>(std::min<size_t>(line_number, std::numeric_limits<int>::max()));
}

// A one-line case has line 1 only: its errors are on the input's line, the column stays.
core::Error OnInputLine(core::Error error, std::string_view name, size_t line_number) {
  error.location.file = std::string(name);
  error.location.line = InputLine(line_number);
  return error;
}

core::Result<RecordId> TakeId(Node& tree) {
  auto it = std::find_if(tree.members.begin(), tree.members.end(), [](const Member& m) { return m.key == "id"; });
  if (it == tree.members.end()) return RecordId{};
  RecordId id;
  if (it->value.kind == NodeKind::kString) {
    id = it->value.text;
  } else if (it->value.kind == NodeKind::kInteger) {
    id = it->value.integer;
  } else {
    core::Error e = core::Error::InvalidInput("a record's id is a string or an integer, found " + Describe(it->value),
                                              "id");
    e.location.line = it->value.line;
    e.location.column = it->value.column;
    return e;
  }
  tree.members.erase(it);
  return id;
}

CaseRecord Parse(std::string_view line, std::string_view name, size_t line_number) {
  CaseRecord record;
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
    record.loaded = OnInputLine(core::Error::InvalidInput("the line is empty; a record is one case as a JSON object"),
                                name, line_number);
    return record;
  }
  if (core::Status checked = CheckCaseText(line, name); !checked) {
    record.loaded = OnInputLine(checked.error(), name, line_number);
    return record;
  }
  core::Result<Node> tree = ReadJson(line, name);
  if (!tree) {
    record.loaded = OnInputLine(tree.error(), name, line_number);
    return record;
  }
  if (!tree->is_table()) {
    core::Error e = core::Error::InvalidInput("a record is a JSON object holding one case, found " + Describe(*tree));
    e.location.line = tree->line;
    e.location.column = tree->column;
    record.loaded = OnInputLine(std::move(e), name, line_number);
    return record;
  }
  core::Result<RecordId> id = TakeId(*tree);
  if (!id) {
    record.loaded = OnInputLine(id.error(), name, line_number);
    return record;
  }
  record.id = std::move(*id);
  core::Result<LoadedCase> loaded = CaseFromTree(*tree, name, {});
  if (!loaded) {
    record.loaded = OnInputLine(loaded.error(), name, line_number);
    return record;
  }
  // The places of the fields, which reports cite, on the input's line too.
  for (auto& [path, location] : loaded->locations) {
    if (location.line > 0) location.line = InputLine(line_number);
  }
  record.loaded = std::move(loaded);
  return record;
}

}  // namespace

CaseRecord ParseCaseRecord(std::string_view line, std::string_view name, size_t line_number) {
  try {
    return Parse(line, name, line_number);
  } catch (const std::exception& e) {
    CaseRecord record;
    record.loaded = core::Error::Internal(std::string("reading the record failed: ") + e.what());
    return record;
  }
}

}  // namespace walkaway::io
