#include "io/decoder.h"

#include <cmath>
#include <limits>

#include "walkaway/io/did_you_mean.h"
#include "io/locations.h"
#include "walkaway/io/case_file.h"

namespace walkaway::io {
namespace {

constexpr size_t kNoIndex = std::numeric_limits<size_t>::max();
constexpr double kMaxMoneyUnits = static_cast<double>(core::kMaxAmountUnits);  // as core::ParseMoney

// The field path of a value, built only when a message needs it.
struct Where {
  const std::string& table_path;
  std::string_view key;
  size_t index = kNoIndex;
  std::string Path() const {
    std::string path = JoinKey(table_path, key);
    return index == kNoIndex ? path : JoinIndex(path, index);
  }
};

std::string JoinWords(std::span<const std::string_view> words) {
  std::string out;
  for (std::string_view w : words) {
    if (!out.empty()) out += ", ";
    out += w;
  }
  return out;
}

void TypeError(Decoder& d, const Node& node, std::string path, std::string_view expected,
               std::string hint = {}) {
  if (hint.empty() && node.kind == NodeKind::kNull) hint = "leave the key out when the value is unknown";
  d.Fail(&node, std::move(path), "expected " + std::string(expected) + ", found " + Describe(node),
         std::move(hint));
}

// "offers[0].claims" -> "offers.claims": how a TOML array-of-tables header names it.
std::string WithoutIndices(std::string_view path) {
  std::string out;
  for (size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '[' && i + 1 < path.size() && path[i + 1] >= '0' && path[i + 1] <= '9') {
      const size_t close = path.find(']', i);
      if (close == std::string_view::npos) break;
      i = close;
      continue;
    }
    out += path[i];
  }
  return out;
}

std::string NumberText(const Node& node) {
  return node.kind == NodeKind::kInteger ? std::to_string(node.integer) : FormatFloat(node.number);
}

std::optional<int64_t> ToInteger(Decoder& d, const Node& node, const Where& where) {
  if (node.kind == NodeKind::kInteger) return node.integer;
  if (node.kind == NodeKind::kFloat) {
    const bool whole = std::isfinite(node.number) && std::floor(node.number) == node.number;
    d.Fail(&node, where.Path(), "expected a whole number, found " + FormatFloat(node.number),
           whole ? "write it without the decimal point" : "");
    return std::nullopt;
  }
  TypeError(d, node, where.Path(), "an integer");
  return std::nullopt;
}

std::optional<int> ToInt(Decoder& d, const Node& node, const Where& where) {
  const std::optional<int64_t> value = ToInteger(d, node, where);
  if (!value) return std::nullopt;
  // Every int field of the model is far below this; the exact ranges are ValidateCase's job.
  constexpr int64_t kLimit = 1'000'000'000;
  if (*value > kLimit || *value < -kLimit) {
    d.Fail(&node, where.Path(), "the number " + std::to_string(*value) + " is out of range");
    return std::nullopt;
  }
  return static_cast<int>(*value);
}

std::optional<double> ToDouble(Decoder& d, const Node& node, const Where& where) {
  if (node.kind == NodeKind::kInteger) return static_cast<double>(node.integer);
  if (node.kind == NodeKind::kFloat) {
    if (!std::isfinite(node.number)) {
      d.Fail(&node, where.Path(), "expected a finite number, found " + FormatFloat(node.number));
      return std::nullopt;
    }
    return node.number;
  }
  TypeError(d, node, where.Path(), "a number");
  return std::nullopt;
}

std::optional<bool> ToBool(Decoder& d, const Node& node, const Where& where) {
  if (node.kind == NodeKind::kBool) return node.integer != 0;
  std::string hint;
  if (node.is_string() && (node.text == "true" || node.text == "false")) {
    hint = "write " + node.text + " without quotes";
  }
  TypeError(d, node, where.Path(), "true or false", std::move(hint));
  return std::nullopt;
}

std::optional<std::string> ToText(Decoder& d, const Node& node, const Where& where) {
  if (node.is_string()) return node.text;
  TypeError(d, node, where.Path(), "a string");
  return std::nullopt;
}

std::optional<core::Date> ToDate(Decoder& d, const Node& node, const Where& where) {
  if (node.kind == NodeKind::kDate) return node.date;
  if (node.is_string()) {
    core::Result<core::Date> date = core::ParseDate(node.text);
    if (date) return *date;
    d.Fail(&node, where.Path(), date.error().message);
    return std::nullopt;
  }
  if (node.kind == NodeKind::kDateTime) {
    d.Fail(&node, where.Path(), "expected a date such as 2026-11-20, found a date-time " + node.text,
           "write only the date, without a time or offset");
    return std::nullopt;
  }
  TypeError(d, node, where.Path(), "a date such as 2026-11-20");
  return std::nullopt;
}

std::optional<core::Money> ToMoney(Decoder& d, const Node& node, const Where& where, CurrencyRule rule) {
  if (node.kind == NodeKind::kInteger || node.kind == NodeKind::kFloat) {
    const double units = node.kind == NodeKind::kInteger ? static_cast<double>(node.integer) : node.number;
    if (!std::isfinite(units)) {
      d.Fail(&node, where.Path(), "expected an amount, found " + NumberText(node));
      return std::nullopt;
    }
    if (units < 0) {
      d.Fail(&node, where.Path(), "amounts cannot be negative, found " + NumberText(node));
      return std::nullopt;
    }
    if (units > kMaxMoneyUnits) {
      d.Fail(&node, where.Path(), "the amount " + NumberText(node) + " is too large");
      return std::nullopt;
    }
    if (node.kind == NodeKind::kInteger) return core::Money::FromUnits(node.integer);
    const double cents = node.number * 100;
    const double rounded = std::round(cents);
    // Allow only the representation error of the double itself.
    if (std::fabs(cents - rounded) > std::max(1e-6, std::fabs(cents) * 1e-15)) {
      d.Fail(&node, where.Path(), "more precision than one cent in " + FormatFloat(node.number));
      return std::nullopt;
    }
    return core::Money::FromCentsRounded(rounded);
  }
  if (!node.is_string()) {
    TypeError(d, node, where.Path(), "an amount such as \"82k\" or 82000");
    return std::nullopt;
  }
  core::Result<core::MoneyText> money = core::ParseMoney(node.text);
  if (!money) {
    d.Fail(&node, where.Path(), money.error().message);
    return std::nullopt;
  }
  if (!money->currency.empty() && money->currency != rule.code) {
    d.Fail(&node, where.Path(),
           "the amount is in " + money->currency + " but " + std::string(rule.owner) + "'s currency is " +
               std::string(rule.code),
           "write the amount in " + std::string(rule.code) +
               (rule.owner == "the offer" ? ", or set the offer's currency" : ""));
    return std::nullopt;
  }
  return money->amount;
}

}  // namespace

void Decoder::Fail(const Node* at, std::string path, std::string message, std::string hint,
                   core::ErrorCode code) {
  FailAt(at != nullptr ? at->line : 0, at != nullptr ? at->column : 0, std::move(path), std::move(message),
         std::move(hint), code);
}

void Decoder::FailAt(int line, int column, std::string path, std::string message, std::string hint,
                     core::ErrorCode code) {
  if (error_) return;
  error_ = core::Error{code, std::move(message), std::move(path), {file_, line, column}, std::move(hint)};
}

TableReader::TableReader(Decoder& decoder, const Node* node, std::string path, std::span<const Field> fields)
    : decoder_(decoder), path_(std::move(path)) {
  if (node == nullptr || decoder_.failed()) return;
  if (!node->is_table()) {
    TypeError(decoder_, *node, path_, "a table");
    return;
  }
  for (const Member& member : node->members) {
    bool known = false;
    for (const Field& f : fields) {
      if (f.key == member.key) {
        known = true;
        break;
      }
    }
    if (known) continue;
    std::vector<std::string_view> keys;
    keys.reserve(fields.size());
    for (const Field& f : fields) keys.push_back(f.key);
    const std::string_view guess = Suggest(member.key, keys);
    decoder_.FailAt(member.line, member.column, JoinKey(path_, member.key),
                    "unknown key '" + member.key + "'",
                    guess.empty() ? "known keys here: " + JoinWords(keys)
                                  : "did you mean '" + std::string(guess) + "'?");
    return;
  }
  node_ = node;
}

const Node* TableReader::Get(std::string_view key) const {
  if (!ok()) return nullptr;
  return node_->Find(key);
}

std::string TableReader::PathOf(std::string_view key) const { return JoinKey(path_, key); }

bool TableReader::Require(std::string_view key) const {
  if (!ok()) return false;
  if (node_->Find(key) != nullptr) return true;
  decoder_.Fail(node_, PathOf(key), "missing required key '" + std::string(key) + "'",
                path_.empty() ? "" : "add it to " + path_);
  return false;
}

TableReader TableReader::Sub(std::string_view key, std::span<const Field> fields) const {
  return TableReader(decoder_, Get(key), PathOf(key), fields);
}

std::string TableReader::ElementPath(const std::string& base, size_t index) { return JoinIndex(base, index); }

const Node* TableReader::ArrayOf(std::string_view key, size_t limit, std::string_view what, bool of_tables) const {
  const Node* node = Get(key);
  if (node == nullptr) return nullptr;
  if (!node->is_array()) {
    TypeError(decoder_, *node, PathOf(key), "an array",
              of_tables && node->is_table()
                  ? "in TOML give each entry its own [[" + WithoutIndices(PathOf(key)) + "]] header"
                  : "");
    return nullptr;
  }
  if (node->items.size() > limit) {
    decoder_.Fail(node, PathOf(key),
                  std::to_string(node->items.size()) + " " + std::string(what) + ", more than the limit of " +
                      std::to_string(limit),
                  {}, core::ErrorCode::kTooLarge);
    return nullptr;
  }
  return node;
}

void TableReader::Read(std::string_view key, std::string& out) const {
  if (const Node* node = Get(key)) {
    if (auto v = ToText(decoder_, *node, Where{path_, key})) out = std::move(*v);
  }
}

void TableReader::Read(std::string_view key, int& out) const {
  std::optional<int> value;
  Read(key, value);
  if (value) out = *value;
}

void TableReader::Read(std::string_view key, std::optional<int>& out) const {
  if (const Node* node = Get(key)) {
    if (auto v = ToInt(decoder_, *node, Where{path_, key})) out = *v;
  }
}

void TableReader::Read(std::string_view key, double& out) const {
  std::optional<double> value;
  Read(key, value);
  if (value) out = *value;
}

void TableReader::Read(std::string_view key, std::optional<double>& out) const {
  if (const Node* node = Get(key)) {
    if (auto v = ToDouble(decoder_, *node, Where{path_, key})) out = *v;
  }
}

void TableReader::Read(std::string_view key, bool& out) const {
  std::optional<bool> value;
  Read(key, value);
  if (value) out = *value;
}

void TableReader::Read(std::string_view key, std::optional<bool>& out) const {
  if (const Node* node = Get(key)) {
    if (auto v = ToBool(decoder_, *node, Where{path_, key})) out = *v;
  }
}

void TableReader::Read(std::string_view key, std::optional<core::Date>& out) const {
  if (const Node* node = Get(key)) {
    if (auto v = ToDate(decoder_, *node, Where{path_, key})) out = *v;
  }
}

void TableReader::Read(std::string_view key, std::vector<std::string>& out) const {
  const Node* node = ArrayOf(key, kMaxValues, "values");
  if (node == nullptr) return;
  out.clear();
  out.reserve(node->items.size());
  for (size_t i = 0; i < node->items.size(); ++i) {
    auto v = ToText(decoder_, node->items[i], Where{path_, key, i});
    if (!v) return;
    out.push_back(std::move(*v));
  }
}

void TableReader::Read(std::string_view key, std::vector<double>& out) const {
  const Node* node = ArrayOf(key, kMaxValues, "values");
  if (node == nullptr) return;
  out.clear();
  out.reserve(node->items.size());
  for (size_t i = 0; i < node->items.size(); ++i) {
    auto v = ToDouble(decoder_, node->items[i], Where{path_, key, i});
    if (!v) return;
    out.push_back(*v);
  }
}

void TableReader::Read(std::string_view key, std::map<std::string, double>& out) const {
  const Node* node = Get(key);
  if (node == nullptr) return;
  const std::string base = PathOf(key);
  if (!node->is_table()) {
    TypeError(decoder_, *node, base, "a table of names and numbers");
    return;
  }
  out.clear();
  for (const Member& m : node->members) {
    auto v = ToDouble(decoder_, m.value, Where{base, m.key});
    if (!v) return;
    out.emplace(m.key, *v);
  }
}

void TableReader::ReadMoney(std::string_view key, CurrencyRule currency, core::Money& out) const {
  std::optional<core::Money> value;
  ReadMoney(key, currency, value);
  if (value) out = *value;
}

void TableReader::ReadMoney(std::string_view key, CurrencyRule currency, std::optional<core::Money>& out) const {
  if (const Node* node = Get(key)) {
    if (auto v = ToMoney(decoder_, *node, Where{path_, key}, currency)) out = *v;
  }
}

int TableReader::ChoiceIndex(const Node& node, std::string_view key, std::span<const std::string_view> allowed,
                             std::string_view path_override) const {
  const std::string path = path_override.empty() ? PathOf(key) : std::string(path_override);
  if (!node.is_string()) {
    decoder_.Fail(&node, path, "expected one of " + JoinWords(allowed) + ", found " + Describe(node));
    return -1;
  }
  for (size_t i = 0; i < allowed.size(); ++i) {
    if (allowed[i] == node.text) return static_cast<int>(i);
  }
  const std::string_view guess = Suggest(node.text, allowed);
  decoder_.Fail(&node, path, "unknown value " + QuoteText(node.text) + ": expected one of " + JoinWords(allowed),
                guess.empty() ? "" : "did you mean '" + std::string(guess) + "'?");
  return -1;
}

void TableReader::ReadChoice(std::string_view key, std::span<const std::string_view> allowed,
                             std::string& out) const {
  if (const Node* node = Get(key)) {
    const int index = ChoiceIndex(*node, key, allowed);
    if (index >= 0) out = allowed[static_cast<size_t>(index)];
  }
}

void TableReader::ReadChoices(std::string_view key, std::span<const std::string_view> allowed,
                              std::vector<std::string>& out) const {
  const Node* node = ArrayOf(key, kMaxValues, "values");
  if (node == nullptr) return;
  out.clear();
  const std::string base = PathOf(key);
  for (size_t i = 0; i < node->items.size(); ++i) {
    const int index = ChoiceIndex(node->items[i], key, allowed, JoinIndex(base, i));
    if (index < 0) return;
    out.emplace_back(allowed[static_cast<size_t>(index)]);
  }
}

}  // namespace walkaway::io
