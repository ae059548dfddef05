#include "io/toml_reader.h"

#include <algorithm>
#include <sstream>
#include <vector>

#include <toml++/toml.h>

#include "io/toml_depth.h"
#include "walkaway/io/case_file.h"

namespace walkaway::io {
namespace {

class Converter {
 public:
  explicit Converter(std::string_view file) : file_(file) {}

  // `level` counts the tables and arrays that enclose the node, itself included when it is one.
  bool Convert(const toml::node& in, int level, Node& out) {
    if (++values_ > kMaxValues) {
      return Fail(in.source(), "more than " + std::to_string(kMaxValues) + " values",
                  core::ErrorCode::kTooLarge);
    }
    out.line = static_cast<int>(in.source().begin.line);
    out.column = static_cast<int>(in.source().begin.column);
    switch (in.type()) {
      case toml::node_type::table: return ConvertTable(*in.as_table(), level, out);
      case toml::node_type::array: return ConvertArray(*in.as_array(), level, out);
      case toml::node_type::string:
        out.kind = NodeKind::kString;
        out.text = in.as_string()->get();
        return true;
      case toml::node_type::integer:
        out.kind = NodeKind::kInteger;
        out.integer = in.as_integer()->get();
        return true;
      case toml::node_type::floating_point:
        out.kind = NodeKind::kFloat;
        out.number = in.as_floating_point()->get();
        return true;
      case toml::node_type::boolean:
        out.kind = NodeKind::kBool;
        out.integer = in.as_boolean()->get() ? 1 : 0;
        return true;
      case toml::node_type::date: {
        const toml::date& d = in.as_date()->get();
        out.kind = NodeKind::kDate;
        out.date = core::Date{d.year, d.month, d.day};
        return true;
      }
      case toml::node_type::time:
      case toml::node_type::date_time: {
        out.kind = in.type() == toml::node_type::time ? NodeKind::kTime : NodeKind::kDateTime;
        std::ostringstream text;
        if (in.type() == toml::node_type::time) {
          text << in.as_time()->get();
        } else {
          text << in.as_date_time()->get();
        }
        out.text = text.str();
        return true;
      }
      case toml::node_type::none: break;
    }
    return Fail(in.source(), "a value of an unknown kind", core::ErrorCode::kInternal);
  }

  core::Error TakeError() { return std::move(error_); }

 private:
  bool Deeper(const toml::node& in, int level) {
    if (level <= kMaxNestingDepth) return true;
    return Fail(in.source(), "nested deeper than " + std::to_string(kMaxNestingDepth) + " levels",
                core::ErrorCode::kTooLarge);
  }

  bool ConvertTable(const toml::table& in, int level, Node& out) {
    out.kind = NodeKind::kTable;
    if (!Deeper(in, level)) return false;
    // toml++ keeps keys sorted; the decoder reports the first problem in file order, so members
    // are stored by position. Sorting pointers is cheaper than sorting the converted members.
    struct Entry {
      const toml::key* key;
      const toml::node* value;
    };
    std::vector<Entry> entries;
    entries.reserve(in.size());
    for (const auto& [key, value] : in) entries.push_back({&key, &value});
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      const toml::source_position& pa = a.key->source().begin;
      const toml::source_position& pb = b.key->source().begin;
      return pa.line != pb.line ? pa.line < pb.line : pa.column < pb.column;
    });
    out.members.resize(entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
      Member& m = out.members[i];
      m.key = entries[i].key->str();
      m.line = static_cast<int>(entries[i].key->source().begin.line);
      m.column = static_cast<int>(entries[i].key->source().begin.column);
      if (!Convert(*entries[i].value, level + 1, m.value)) return false;
    }
    return true;
  }

  bool ConvertArray(const toml::array& in, int level, Node& out) {
    out.kind = NodeKind::kArray;
    if (!Deeper(in, level)) return false;
    out.items.resize(in.size());
    for (size_t i = 0; i < in.size(); ++i) {
      if (!Convert(in[i], level + 1, out.items[i])) return false;
    }
    return true;
  }

  bool Fail(const toml::source_region& where, std::string message, core::ErrorCode code) {
    error_ = core::Error{code, std::move(message), {}, {file_, static_cast<int>(where.begin.line),
                                                        static_cast<int>(where.begin.column)}, {}};
    return false;
  }

  std::string file_;
  size_t values_ = 0;
  core::Error error_;
};

// "Error while parsing key-value pair: expected '='" -> "error while parsing key-value pair: ...".
std::string Lowercased(std::string_view description) {
  std::string out(description);
  if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') out[0] = static_cast<char>(out[0] - 'A' + 'a');
  return out;
}

}  // namespace

core::Result<Node> ReadToml(std::string_view text, std::string_view file) {
  if (core::Status depth = CheckTomlDepth(text, file, kMaxNestingDepth); !depth) return depth.error();
  try {
    const toml::table table = toml::parse(text, std::string_view(file));
    Node root;
    Converter converter(file);
    if (!converter.Convert(table, 1, root)) return converter.TakeError();
    return root;
  } catch (const toml::parse_error& e) {
    core::Error error = core::Error::InvalidInput("invalid TOML: " + Lowercased(e.description()));
    error.location = {std::string(file), static_cast<int>(e.source().begin.line),
                      static_cast<int>(e.source().begin.column)};
    return error;
  } catch (const std::exception& e) {
    return core::Error::Internal(std::string("reading TOML failed: ") + e.what());
  }
}

}  // namespace walkaway::io
