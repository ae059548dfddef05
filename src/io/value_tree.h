#pragma once

// The located value tree both parsers produce: TOML and JSON become the same Nodes, so one decoder
// gives identical errors for both forms. Every node knows the line and column where its value
// starts (0 = unknown, e.g. a TOML table that was only implied by a dotted header).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/date.h"

namespace walkaway::io {

enum class NodeKind : uint8_t { kTable, kArray, kString, kInteger, kFloat, kBool, kDate, kDateTime, kTime, kNull };

struct Member;

struct Node {
  NodeKind kind = NodeKind::kNull;
  int line = 0;
  int column = 0;
  int64_t integer = 0;      // kInteger; kBool stores 0 or 1
  double number = 0;        // kFloat
  core::Date date{};        // kDate
  std::string text{};       // kString: the value; kDateTime / kTime: the written form, for messages
  // No `{}` initializer: with one, clang instantiates vector<Member>'s constructor while Member is
  // still incomplete (the fuzz build uses clang; docs/hardening.md).
  std::vector<Member> members;  // kTable, in file order, keys unique
  std::vector<Node> items{};      // kArray

  bool is_table() const { return kind == NodeKind::kTable; }
  bool is_array() const { return kind == NodeKind::kArray; }
  bool is_string() const { return kind == NodeKind::kString; }
  // The member with this key, or nullptr. Linear: our tables hold a few dozen keys at most.
  const Node* Find(std::string_view key) const;
};

struct Member {
  std::string key{};
  int line = 0;  // where the key is written
  int column = 0;
  Node value{};
};

// "a string \"twelve\"", "an integer 3", "a float 2.5", "a table", ...: what a node is, for errors.
std::string Describe(const Node& node);
// "a string", "an integer": the kind alone.
std::string_view KindName(NodeKind kind);
// The text in double quotes, cut after 40 bytes with "...".
std::string QuoteText(std::string_view text);
// Shortest text that reads back as the same double, always with a '.' or exponent ("3.0", "2.5").
std::string FormatFloat(double value);

}  // namespace walkaway::io
