#pragma once

// The building blocks of the case decoder: a sticky first error, and a reader for one table that
// rejects unknown keys and converts values to model types with exact field paths in every message.
// After the first error every read is a no-op, so decoding code reads straight down without
// checking each field; the caller asks the Decoder for the error at the end.

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "io/case_schema.h"
#include "io/value_tree.h"
#include "walkaway/core/date.h"
#include "walkaway/core/money.h"
#include "walkaway/core/result.h"

namespace walkaway::io {

class Decoder {
 public:
  explicit Decoder(std::string_view file) : file_(file) {}

  bool failed() const { return error_.has_value(); }
  const std::string& file() const { return file_; }

  // Keeps the first error only: later ones are usually consequences of it. The location is the
  // node's (line 0 when `at` is null or its position is unknown).
  void Fail(const Node* at, std::string path, std::string message, std::string hint = {},
            core::ErrorCode code = core::ErrorCode::kInvalidInput);
  void FailAt(int line, int column, std::string path, std::string message, std::string hint = {},
              core::ErrorCode code = core::ErrorCode::kInvalidInput);

  // REQUIRES: failed().
  core::Error TakeError() { return std::move(*error_); }

 private:
  std::string file_;
  std::optional<core::Error> error_;
};

template <typename E>
struct EnumName {
  std::string_view name;
  E value;
};

// The currency money fields must be written in, and whose it is ("the offer", "the candidate").
struct CurrencyRule {
  std::string_view code;
  std::string_view owner;
};

class TableReader {
 public:
  // Checks that `node` is a table whose keys are all in `fields` and reports the first that is not,
  // with "did you mean". An absent node (nullptr) gives a reader that reads nothing.
  TableReader(Decoder& decoder, const Node* node, std::string path, std::span<const Field> fields);

  // A table was given and nothing has failed so far.
  bool ok() const { return node_ != nullptr && !decoder_.failed(); }
  const std::string& path() const { return path_; }
  Decoder& decoder() const { return decoder_; }
  const Node* node() const { return node_; }

  // The value of `key`, or nullptr when absent or after an error.
  const Node* Get(std::string_view key) const;
  std::string PathOf(std::string_view key) const;
  // Reports "missing required key" when `key` is absent; true when present.
  bool Require(std::string_view key) const;
  // A reader for the sub-table `key` (reads nothing when absent).
  TableReader Sub(std::string_view key, std::span<const Field> fields) const;

  void Read(std::string_view key, std::string& out) const;
  void Read(std::string_view key, int& out) const;
  void Read(std::string_view key, std::optional<int>& out) const;
  void Read(std::string_view key, double& out) const;
  void Read(std::string_view key, std::optional<double>& out) const;
  void Read(std::string_view key, bool& out) const;
  void Read(std::string_view key, std::optional<bool>& out) const;
  void Read(std::string_view key, std::optional<core::Date>& out) const;
  void Read(std::string_view key, std::vector<std::string>& out) const;
  void Read(std::string_view key, std::vector<double>& out) const;
  // A free-form table of numbers (priorities.weights).
  void Read(std::string_view key, std::map<std::string, double>& out) const;
  void ReadMoney(std::string_view key, CurrencyRule currency, core::Money& out) const;
  void ReadMoney(std::string_view key, CurrencyRule currency, std::optional<core::Money>& out) const;
  // A list of strings each of which must be one of `allowed`.
  void ReadChoices(std::string_view key, std::span<const std::string_view> allowed,
                   std::vector<std::string>& out) const;
  // A string that must be one of `allowed`.
  void ReadChoice(std::string_view key, std::span<const std::string_view> allowed, std::string& out) const;

  template <typename E>
  void ReadEnum(std::string_view key, std::span<const EnumName<E>> names, std::optional<E>& out) const {
    const Node* node = Get(key);
    if (node == nullptr) return;
    std::vector<std::string_view> allowed;
    allowed.reserve(names.size());
    for (const EnumName<E>& n : names) allowed.push_back(n.name);
    const int index = ChoiceIndex(*node, key, allowed);
    if (index >= 0) out = names[static_cast<size_t>(index)].value;
  }
  template <typename E>
  void ReadEnum(std::string_view key, std::span<const EnumName<E>> names, E& out) const {
    std::optional<E> value;
    ReadEnum(key, names, value);
    if (value) out = *value;
  }

  // Calls fn(element_reader, index) for each table of the array `key`; more than `limit` elements is
  // a kTooLarge error naming `what` ("offers").
  template <typename Fn>
  void ForEachTable(std::string_view key, std::span<const Field> fields, size_t limit, std::string_view what,
                    Fn&& fn) const {
    const Node* node = ArrayOf(key, limit, what, /*of_tables=*/true);
    if (node == nullptr) return;
    const std::string base = PathOf(key);
    for (size_t i = 0; i < node->items.size() && !decoder_.failed(); ++i) {
      TableReader element(decoder_, &node->items[i], ElementPath(base, i), fields);
      if (element.ok()) fn(element, i);
    }
  }

 private:
  // The array `key` (an error if it is something else or too long), or nullptr. An array of
  // tables written as one TOML table gets a hint about [[...]] headers.
  const Node* ArrayOf(std::string_view key, size_t limit, std::string_view what, bool of_tables = false) const;
  static std::string ElementPath(const std::string& base, size_t index);
  // The index of the node's string in `allowed`, or -1 after reporting the error.
  int ChoiceIndex(const Node& node, std::string_view key, std::span<const std::string_view> allowed,
                  std::string_view path_override = {}) const;

  Decoder& decoder_;
  const Node* node_ = nullptr;
  std::string path_;
};

}  // namespace walkaway::io
