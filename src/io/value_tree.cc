#include "io/value_tree.h"

#include <charconv>

namespace walkaway::io {
namespace {

constexpr size_t kMaxQuoted = 40;  // longer strings are cut in messages

}  // namespace

std::string QuoteText(std::string_view text) {
  std::string out = "\"";
  if (text.size() <= kMaxQuoted) {
    out += text;
  } else {
    size_t cut = kMaxQuoted;
    // Never cut inside a UTF-8 sequence: back up to a lead byte.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    out += text.substr(0, cut);
    out += "...";
  }
  return out + "\"";
}

const Node* Node::Find(std::string_view key) const {
  for (const Member& m : members) {
    if (m.key == key) return &m.value;
  }
  return nullptr;
}

std::string_view KindName(NodeKind kind) {
  switch (kind) {
    case NodeKind::kTable: return "a table";
    case NodeKind::kArray: return "an array";
    case NodeKind::kString: return "a string";
    case NodeKind::kInteger: return "an integer";
    case NodeKind::kFloat: return "a float";
    case NodeKind::kBool: return "a boolean";
    case NodeKind::kDate: return "a date";
    case NodeKind::kDateTime: return "a date-time";
    case NodeKind::kTime: return "a time";
    case NodeKind::kNull: return "null";
  }
  return "a value";
}

std::string FormatFloat(double value) {
  char buf[64];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  if (ec != std::errc()) return "a number";
  std::string out(buf, end);
  if (out.find_first_of(".eEn") == std::string::npos) out += ".0";  // "3" reads as an integer
  return out;
}

std::string Describe(const Node& node) {
  const std::string kind(KindName(node.kind));
  switch (node.kind) {
    case NodeKind::kString: return kind + " " + QuoteText(node.text);
    case NodeKind::kInteger: return kind + " " + std::to_string(node.integer);
    case NodeKind::kFloat: return kind + " " + FormatFloat(node.number);
    case NodeKind::kBool: return kind + (node.integer != 0 ? " true" : " false");
    case NodeKind::kDate: return kind + " " + node.date.ToString();
    case NodeKind::kDateTime:
    case NodeKind::kTime: return kind + " " + node.text;
    case NodeKind::kTable:
    case NodeKind::kArray:
    case NodeKind::kNull: return kind;
  }
  return kind;
}

}  // namespace walkaway::io
