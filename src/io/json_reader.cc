#include "io/json_reader.h"

#include <algorithm>
#include <iterator>
#include <limits>
#include <vector>

#include <nlohmann/json.hpp>

#include "walkaway/io/case_file.h"

namespace walkaway::io {
namespace {

// An input iterator over the text that records how far the parser has read, so each SAX event can
// be placed in the text (nlohmann's SAX interface reports no positions of its own).
class CountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator() = default;
  CountingIterator(const char* p, const char** furthest) : p_(p), furthest_(furthest) {}
  reference operator*() const { return *p_; }
  CountingIterator& operator++() {
    ++p_;
    if (furthest_ != nullptr && p_ > *furthest_) *furthest_ = p_;
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator before = *this;
    ++*this;
    return before;
  }
  friend bool operator==(const CountingIterator& a, const CountingIterator& b) { return a.p_ == b.p_; }
  friend bool operator!=(const CountingIterator& a, const CountingIterator& b) { return a.p_ != b.p_; }

 private:
  const char* p_ = nullptr;
  const char** furthest_ = nullptr;
};

// Builds the tree from SAX events. Positions: when an event fires, the parser has read through the
// end of its token (one character further for a number); the token itself starts at the first
// character after the previous token that is not whitespace, ',' or ':'. The cursor only moves
// forward, so placing every value costs one pass over the text in total.
class TreeBuilder {
 public:
  using json = nlohmann::json;

  TreeBuilder(std::string_view text, std::string_view file, const char** furthest)
      : text_(text), file_(file), furthest_(furthest) {}

  bool null() { return Scalar(NodeKind::kNull); }
  bool boolean(bool value) {
    Node* node = Scalar(NodeKind::kBool);
    if (node != nullptr) node->integer = value ? 1 : 0;
    return node != nullptr;
  }
  bool number_integer(json::number_integer_t value) {
    Node* node = Scalar(NodeKind::kInteger);
    if (node != nullptr) node->integer = value;
    return node != nullptr;
  }
  bool number_unsigned(json::number_unsigned_t value) {
    if (value > static_cast<json::number_unsigned_t>(std::numeric_limits<int64_t>::max())) {
      Node* node = Scalar(NodeKind::kFloat);  // far out of any range we accept; keeps the message exact
      if (node != nullptr) node->number = static_cast<double>(value);
      return node != nullptr;
    }
    return number_integer(static_cast<json::number_integer_t>(value));
  }
  bool number_float(json::number_float_t value, const json::string_t&) {
    Node* node = Scalar(NodeKind::kFloat);
    if (node != nullptr) node->number = value;
    return node != nullptr;
  }
  bool string(json::string_t& value) {
    Node* node = Scalar(NodeKind::kString);
    if (node != nullptr) node->text = std::move(value);
    return node != nullptr;
  }
  bool binary(json::binary_t&) { return Fail(Locate(TokenStart()), "binary values are not JSON"); }
  bool start_object(std::size_t) { return Open(NodeKind::kTable); }
  bool start_array(std::size_t) { return Open(NodeKind::kArray); }
  bool end_object() { return Close(); }
  bool end_array() { return Close(); }
  bool key(json::string_t& name) {
    const size_t start = TokenStart();
    Node& table = *stack_.back();
    Member& m = table.members.emplace_back();
    m.key = std::move(name);
    const Position p = Locate(start);
    m.line = p.line;
    m.column = p.column;
    return true;
  }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) {
    if (!error_.message.empty()) return false;  // our own error stopped the parser
    // position counts the characters read, so the offending one is the last of them.
    const size_t offset = std::min(position > 0 ? position - 1 : 0, text_.size());
    return Fail(Locate(offset), "invalid JSON: " + Explain(e.what()));
  }

  core::Result<Node> Finish(bool parsed) {
    if (!parsed || !error_.message.empty()) {
      if (error_.message.empty()) error_ = core::Error::InvalidInput("invalid JSON");
      return error_;
    }
    return std::move(root_);
  }

 private:
  struct Position {
    int line;
    int column;
  };

  size_t Consumed() const { return static_cast<size_t>(*furthest_ - text_.data()); }

  size_t TokenStart() {
    while (cursor_ < text_.size()) {
      const char c = text_[cursor_];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ',' && c != ':') break;
      ++cursor_;
    }
    const size_t start = cursor_;
    cursor_ = std::max(start + 1, Consumed());
    return start;
  }

  // Line and column (in characters) of `offset`; offsets arrive in increasing order.
  Position Locate(size_t offset) {
    offset = std::min(offset, text_.size());
    while (located_ < offset) {
      const auto c = static_cast<unsigned char>(text_[located_++]);
      if (c == '\n') {
        ++line_;
        column_ = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++column_;
      }
    }
    return {line_, column_};
  }

  // The node the next value goes into: the root, the last key's member, or a new array element.
  Node* Slot() {
    if (stack_.empty()) return &root_;
    Node& parent = *stack_.back();
    if (parent.is_array()) return &parent.items.emplace_back();
    return &parent.members.back().value;
  }

  Node* Scalar(NodeKind kind) { return Place(kind, TokenStart()); }

  // A new node of `kind` for the token that starts at `start`.
  Node* Place(NodeKind kind, size_t start) {
    if (++values_ > kMaxValues) {
      Fail(Locate(start), "more than " + std::to_string(kMaxValues) + " values", core::ErrorCode::kTooLarge);
      return nullptr;
    }
    Node* node = Slot();
    node->kind = kind;
    const Position p = Locate(start);
    node->line = p.line;
    node->column = p.column;
    return node;
  }

  bool Open(NodeKind kind) {
    const size_t start = TokenStart();
    if (static_cast<int>(stack_.size()) >= kMaxNestingDepth) {
      core::Error error = core::Error::TooLarge("nested deeper than " + std::to_string(kMaxNestingDepth) + " levels");
      error.hint = "tables and lists may nest at most " + std::to_string(kMaxNestingDepth) + " levels deep";
      const Position p = Locate(start);
      error.location = {std::string(file_), p.line, p.column};
      error_ = std::move(error);
      return false;
    }
    Node* node = Place(kind, start);
    if (node == nullptr) return false;
    stack_.push_back(node);
    return true;
  }

  bool Close() {
    cursor_ = std::max(cursor_, Consumed());
    Node& node = *stack_.back();
    stack_.pop_back();
    return !node.is_table() || CheckDuplicateKeys(node);
  }

  // Sorting a copy keeps this O(n log n) for huge objects; the duplicate reported is the later one.
  bool CheckDuplicateKeys(const Node& table) {
    const auto& members = table.members;
    std::vector<size_t> order(members.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return members[a].key < members[b].key; });
    size_t first_duplicate = members.size();
    for (size_t i = 1; i < order.size(); ++i) {
      if (members[order[i]].key == members[order[i - 1]].key) first_duplicate = std::min(first_duplicate, order[i]);
    }
    if (first_duplicate == members.size()) return true;
    const Member& m = members[first_duplicate];
    error_ = core::Error::InvalidInput("the key \"" + m.key + "\" appears twice in the same object");
    error_.location = {std::string(file_), m.line, m.column};
    return false;
  }

  bool Fail(Position p, std::string message, core::ErrorCode code = core::ErrorCode::kInvalidInput) {
    if (!error_.message.empty()) return false;
    error_ = core::Error{code, std::move(message), {}, {std::string(file_), p.line, p.column}, {}};
    return false;
  }

  // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error while parsing
  // value - invalid literal; last read: 'tru,'" -> "syntax error while parsing value - ...": the
  // position is already in the location, and the exception's name means nothing to a reader.
  static std::string Explain(std::string_view what) {
    if (!what.empty() && what.front() == '[') {
      const size_t close = what.find("] ");
      if (close != std::string_view::npos) what.remove_prefix(close + 2);
    }
    if (what.rfind("parse error", 0) == 0) {
      const size_t colon = what.find(": ");
      if (colon != std::string_view::npos) what.remove_prefix(colon + 2);
    }
    return std::string(what);
  }

  std::string_view text_;
  std::string_view file_;
  const char** furthest_;
  Node root_;
  std::vector<Node*> stack_;
  size_t cursor_ = 0;
  size_t located_ = 0;
  int line_ = 1;
  int column_ = 1;
  size_t values_ = 0;
  core::Error error_;
};

}  // namespace

core::Result<Node> ReadJson(std::string_view text, std::string_view file) {
  try {
    const char* furthest = text.data();
    TreeBuilder builder(text, file, &furthest);
    const CountingIterator first(text.data(), &furthest);
    const CountingIterator last(text.data() + text.size(), nullptr);
    const bool parsed = nlohmann::json::sax_parse(first, last, &builder);
    return builder.Finish(parsed);
  } catch (const std::exception& e) {
    return core::Error::Internal(std::string("reading JSON failed: ") + e.what());
  }
}

}  // namespace walkaway::io
