#include "walkaway/io/case_json.h"

#include <charconv>
#include <variant>
#include <vector>

#include "io/case_pipeline.h"
#include "io/json_reader.h"
#include "io/value_tree.h"
#include "walkaway/io/api_json.h"

namespace walkaway::io {
namespace {

void AppendString(std::string& out, std::string_view text) { out += JsonString(text); }

void Write(const Node& node, std::string& out) {
  switch (node.kind) {
    case NodeKind::kTable: {
      out += '{';
      bool first = true;
      for (const Member& m : node.members) {
        if (!first) out += ',';
        first = false;
        AppendString(out, m.key);
        out += ':';
        Write(m.value, out);
      }
      out += '}';
      return;
    }
    case NodeKind::kArray: {
      out += '[';
      for (size_t i = 0; i < node.items.size(); ++i) {
        if (i > 0) out += ',';
        Write(node.items[i], out);
      }
      out += ']';
      return;
    }
    case NodeKind::kString:
    case NodeKind::kDateTime:
    case NodeKind::kTime:
      AppendString(out, node.text);
      return;
    case NodeKind::kInteger:
      out += std::to_string(node.integer);
      return;
    case NodeKind::kFloat:
      out += FormatFloat(node.number);
      return;
    case NodeKind::kBool:
      out += node.integer != 0 ? "true" : "false";
      return;
    case NodeKind::kDate:
      AppendString(out, node.date.ToString());
      return;
    case NodeKind::kNull:
      out += "null";
      return;
  }
}

using Step = std::variant<std::string, size_t>;

core::Error PathError(std::string message, std::string_view path) {
  return core::Error::InvalidInput(std::move(message), std::string(path));
}

core::Result<std::vector<Step>> ParsePath(std::string_view path) {
  std::vector<Step> steps;
  size_t i = 0;
  if (path.empty()) return PathError("the field path is empty", path);
  while (i < path.size()) {
    if (path[i] == '[') {
      const size_t close = path.find(']', i);
      if (close == std::string_view::npos || close == i + 1) {
        return PathError("the field path has an unclosed or empty index", path);
      }
      size_t index = 0;
      const char* first = path.data() + i + 1;
      const char* last = path.data() + close;
      auto [end, ec] = std::from_chars(first, last, index);
      if (ec != std::errc() || end != last) return PathError("an index in the field path is not a whole number", path);
      if (steps.empty()) return PathError("the field path starts with an index", path);
      steps.emplace_back(index);
      i = close + 1;
      if (i < path.size() && path[i] != '.' && path[i] != '[') {
        return PathError("the field path needs a '.' after an index", path);
      }
      if (i < path.size() && path[i] == '.') ++i;
      continue;
    }
    size_t end = i;
    while (end < path.size() && path[end] != '.' && path[end] != '[' && path[end] != ']') ++end;
    if (end == i) return PathError("the field path has an empty key", path);
    steps.emplace_back(std::string(path.substr(i, end - i)));
    i = end;
    if (i < path.size() && path[i] == '.') {
      ++i;
      if (i == path.size()) return PathError("the field path ends with '.'", path);
    } else if (i < path.size() && path[i] == ']') {
      return PathError("the field path has a ']' without '['", path);
    }
  }
  return steps;
}

Node* MemberValue(Node& table, std::string_view key) {
  for (Member& m : table.members) {
    if (m.key == key) return &m.value;
  }
  return nullptr;
}

// Sets (or with a null value, removes) the value the steps name below `node`.
core::Status Set(Node& node, const std::vector<Step>& steps, size_t at, Node value, std::string_view path) {
  const bool last = at + 1 == steps.size();
  if (const std::string* key = std::get_if<std::string>(&steps[at])) {
    if (node.kind == NodeKind::kNull) node.kind = NodeKind::kTable;  // a table made on the way
    if (!node.is_table()) {
      return PathError("'" + *key + "' is looked up in " + Describe(node) + ", not in a table", path);
    }
    Node* child = MemberValue(node, *key);
    if (last) {
      if (value.kind == NodeKind::kNull) {
        std::erase_if(node.members, [&](const Member& m) { return m.key == *key; });
      } else if (child != nullptr) {
        *child = std::move(value);
      } else {
        node.members.push_back(Member{*key, 0, 0, std::move(value)});
      }
      return core::Ok{};
    }
    if (child == nullptr) {
      if (value.kind == NodeKind::kNull) return core::Ok{};  // removing what is not there
      node.members.push_back(Member{*key, 0, 0, Node{}});
      child = &node.members.back().value;
    }
    return Set(*child, steps, at + 1, std::move(value), path);
  }
  const size_t index = std::get<size_t>(steps[at]);
  if (node.kind == NodeKind::kNull) node.kind = NodeKind::kArray;
  if (!node.is_array()) {
    return PathError("index " + std::to_string(index) + " is looked up in " + Describe(node) + ", not in an array",
                     path);
  }
  if (index > node.items.size() || (index == node.items.size() && value.kind == NodeKind::kNull)) {
    return PathError("index " + std::to_string(index) + " is past the end of an array of " +
                         std::to_string(node.items.size()),
                     path);
  }
  if (index == node.items.size()) node.items.emplace_back();
  if (last) {
    if (value.kind == NodeKind::kNull) {
      node.items.erase(node.items.begin() + static_cast<std::ptrdiff_t>(index));
    } else {
      node.items[index] = std::move(value);
    }
    return core::Ok{};
  }
  return Set(node.items[index], steps, at + 1, std::move(value), path);
}

Node InlineText(const std::string& text) {
  Node table;
  table.kind = NodeKind::kTable;
  Node value;
  value.kind = NodeKind::kString;
  value.text = text;
  table.members.push_back(Member{"text", 0, 0, std::move(value)});
  return table;
}

// Replaces each document of the tree by its text, read by ParseCase into `c`. The documents are
// visited in the order the decoder adds them (case_decoder_documents.cc: each kind in the order
// written, a list's items in order), so the j-th one met in an offer is that offer's documents[j].
void InlineDocuments(Node& tree, const core::Case& c) {
  Node* offers = nullptr;
  for (Member& m : tree.members) {
    if (m.key == "offers") offers = &m.value;
  }
  if (offers == nullptr || !offers->is_array()) return;
  for (size_t i = 0; i < offers->items.size() && i < c.offers.size(); ++i) {
    Node& offer = offers->items[i];
    if (!offer.is_table()) continue;
    Node* documents = MemberValue(offer, "documents");
    if (documents == nullptr || !documents->is_table()) continue;
    size_t next = 0;
    const std::vector<core::Document>& loaded = c.offers[i].documents;
    auto replace = [&](Node& node) {
      if (next < loaded.size()) node = InlineText(loaded[next].text);
      ++next;
    };
    for (Member& kind : documents->members) {
      if (kind.value.is_array()) {
        for (Node& item : kind.value.items) replace(item);
      } else {
        replace(kind.value);
      }
    }
  }
}

}  // namespace

core::Result<std::string> CaseTextToJson(std::string_view bytes, std::string_view name, Format format,
                                         const std::filesystem::path& base_dir) {
  try {
    core::Result<Node> tree = ReadCaseTree(bytes, name, format);
    if (!tree) return tree.error();
    if (!tree->is_table()) return core::Error::InvalidInput("a case is a table (a JSON object)");
    if (!base_dir.empty()) {
      core::Result<LoadedCase> loaded = CaseFromTree(*tree, name, base_dir);
      if (!loaded) return loaded.error();
      InlineDocuments(*tree, loaded->c);
    }
    std::string out;
    out.reserve(bytes.size());
    Write(*tree, out);
    return out;
  } catch (const std::exception& e) {
    return core::Error::Internal(std::string("converting the case failed: ") + e.what());
  }
}

core::Result<std::string> SetCaseField(std::string_view case_json, std::string_view field_path,
                                       std::string_view value_json) {
  try {
    core::Result<std::vector<Step>> steps = ParsePath(field_path);
    if (!steps) return steps.error();
    core::Result<Node> tree = ReadJson(case_json, "case");
    if (!tree) return tree.error();
    if (!tree->is_table()) return core::Error::InvalidInput("a case is a table (a JSON object)");
    // The value is read inside an object so that any JSON value, a bare string or number too, is
    // read by the one JSON reader with its depth cap.
    const std::string wrapped = "{\"v\":" + std::string(value_json) + "}";
    core::Result<Node> holder = ReadJson(wrapped, "value");
    if (!holder) {
      return PathError("the value is not JSON: " + holder.error().message, field_path);
    }
    if (holder->members.size() != 1) return PathError("the value is not one JSON value", field_path);
    Node value = std::move(holder->members.front().value);
    if (core::Status set = Set(*tree, *steps, 0, std::move(value), field_path); !set) return set.error();
    std::string out;
    out.reserve(case_json.size() + value_json.size());
    Write(*tree, out);
    return out;
  } catch (const std::exception& e) {
    return core::Error::Internal(std::string("changing the case failed: ") + e.what());
  }
}

}  // namespace walkaway::io
