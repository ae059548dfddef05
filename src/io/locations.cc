#include "io/locations.h"

#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

namespace walkaway::io {
namespace {

bool IsBareKey(std::string_view key) {
  if (key.empty()) return false;
  for (char c : key) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

// Visits members in key order, so paths mostly arrive sorted and each insert lands at the end of
// the map in constant time; the rare out-of-order path ('-' in keys, index 10 and up) falls back
// to a normal insert.
std::vector<const Member*> InKeyOrder(const Node& table) {
  std::vector<const Member*> members;
  members.reserve(table.members.size());
  for (const Member& m : table.members) members.push_back(&m);
  std::sort(members.begin(), members.end(), [](const Member* a, const Member* b) { return a->key < b->key; });
  return members;
}

void Collect(const Node& node, std::string& path, const std::string& file, LocationMap& out) {
  if (node.line > 0) out.emplace_hint(out.end(), path, core::SourceLocation{file, node.line, node.column});
  const size_t length = path.size();
  if (node.is_table()) {
    for (const Member* m : InKeyOrder(node)) {
      AppendKey(path, m->key);
      Collect(m->value, path, file, out);
      path.resize(length);
    }
  } else if (node.is_array()) {
    for (size_t i = 0; i < node.items.size(); ++i) {
      path += '[';
      path += std::to_string(i);
      path += ']';
      Collect(node.items[i], path, file, out);
      path.resize(length);
    }
  }
}

// "a.b[2].c" -> "a.b[2]" -> "a.b" -> "a" -> "".
std::string_view Parent(std::string_view path) {
  if (path.empty()) return path;
  if (path.back() == ']') {
    // Either "[3]" or "[\"key\"]": find the '[' that opens it.
    size_t open = path.rfind('[');
    if (path.size() >= 2 && path[path.size() - 2] == '"') {
      open = path.rfind("[\"", path.size() - 2);
    }
    return open == std::string_view::npos ? std::string_view{} : path.substr(0, open);
  }
  const size_t cut = path.find_last_of(".]");
  if (cut == std::string_view::npos) return {};
  return path[cut] == ']' ? path.substr(0, cut + 1) : path.substr(0, cut);
}

}  // namespace

void AppendKey(std::string& path, std::string_view key) {
  if (IsBareKey(key)) {
    if (!path.empty()) path += '.';
    path += key;
    return;
  }
  path += "[\"";
  for (char c : key) {
    if (c == '"' || c == '\\') path += '\\';
    path += c;
  }
  path += "\"]";
}

std::string JoinKey(std::string_view parent, std::string_view key) {
  std::string path(parent);
  AppendKey(path, key);
  return path;
}

std::string JoinIndex(std::string_view parent, size_t index) {
  std::string path(parent);
  path += '[';
  path += std::to_string(index);
  path += ']';
  return path;
}

LocationMap CollectLocations(const Node& root, std::string_view file) {
  LocationMap out;
  const std::string file_name(file);
  std::string path;
  if (root.is_table()) {
    // The root itself has no path and no useful position.
    for (const Member* m : InKeyOrder(root)) {
      path.clear();
      AppendKey(path, m->key);
      Collect(m->value, path, file_name, out);
    }
  }
  return out;
}

core::SourceLocation NearestLocation(const LocationMap& locations, std::string_view path,
                                     std::string_view file) {
  for (std::string_view p = path; !p.empty(); p = Parent(p)) {
    const auto it = locations.find(std::string(p));
    if (it != locations.end()) return it->second;
  }
  return core::SourceLocation{std::string(file), 0, 0};
}

}  // namespace walkaway::io
