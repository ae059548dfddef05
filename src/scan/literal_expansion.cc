#include "scan/literal_expansion.h"

#include <algorithm>

namespace walkaway::scan {

namespace {

using Strings = std::vector<std::string>;

// The right single quotation mark (U+2019), which a pattern's "'" also matches.
constexpr std::string_view kRightQuote = "\xE2\x80\x99";

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Every concatenation of one string of `left` and one of `right`; false past `cap`.
bool Product(const Strings& left, const Strings& right, size_t cap, Strings& out) {
  if (left.size() * right.size() > cap) return false;
  out.clear();
  for (const std::string& a : left) {
    for (const std::string& b : right) out.push_back(a + b);
  }
  return true;
}

// A recursive-descent reader of the finite subset of Hyperscan syntax; every method returns
// nullopt as soon as the pattern leaves that subset or the language grows past the cap.
class RegexExpander {
 public:
  RegexExpander(std::string_view pattern, size_t cap) : p_(pattern), cap_(cap) {}

  std::optional<Strings> Whole() {
    std::optional<Strings> all = Alternation();
    if (!all || pos_ != p_.size()) return std::nullopt;  // a stray ')'
    return all;
  }

 private:
  std::optional<Strings> Alternation() {
    Strings out;
    while (true) {
      std::optional<Strings> branch = Sequence();
      if (!branch) return std::nullopt;
      out.insert(out.end(), branch->begin(), branch->end());
      if (out.size() > cap_) return std::nullopt;
      if (pos_ < p_.size() && p_[pos_] == '|') {
        ++pos_;
        continue;
      }
      return out;
    }
  }

  std::optional<Strings> Sequence() {
    Strings acc{""}, next;
    while (pos_ < p_.size() && p_[pos_] != '|' && p_[pos_] != ')') {
      std::optional<Strings> atom = Atom();
      if (!atom) return std::nullopt;
      if (pos_ < p_.size() && p_[pos_] == '?') {
        ++pos_;
        atom->push_back("");
        if (pos_ < p_.size() && (p_[pos_] == '?' || p_[pos_] == '+')) return std::nullopt;  // lazy, possessive
      }
      if (pos_ < p_.size() && (p_[pos_] == '*' || p_[pos_] == '+' || p_[pos_] == '{')) return std::nullopt;
      if (!Product(acc, *atom, cap_, next)) return std::nullopt;
      acc.swap(next);
    }
    return acc;
  }

  std::optional<Strings> Atom() {
    const char c = p_[pos_];
    switch (c) {
      case '(': {
        ++pos_;
        if (p_.substr(pos_, 2) == "?:") {
          pos_ += 2;
        } else if (pos_ < p_.size() && p_[pos_] == '?') {
          return std::nullopt;  // flags, lookaround, named groups
        }
        std::optional<Strings> inner = Alternation();
        if (!inner || pos_ >= p_.size() || p_[pos_] != ')') return std::nullopt;
        ++pos_;
        return inner;
      }
      case '[':
        return Class();
      case '\\': {
        if (pos_ + 1 >= p_.size()) return std::nullopt;
        const char escaped = p_[pos_ + 1];
        // \d, \w, \s, \b, \x41...: classes, assertions and codes stay with Hyperscan.
        if (IsAsciiAlnum(escaped) || static_cast<unsigned char>(escaped) >= 0x80) return std::nullopt;
        pos_ += 2;
        return Strings{std::string(1, escaped)};
      }
      case ' ':  // a run of spaces is one space, as in ExpressionFor()
        while (pos_ < p_.size() && p_[pos_] == ' ') ++pos_;
        return Strings{" "};
      case '\'':
        ++pos_;
        return Strings{"'", std::string(kRightQuote)};
      case '.':
      case '^':
      case '$':
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        return std::nullopt;
      default:
        ++pos_;
        return Strings{std::string(1, c)};
    }
  }

  // "[- ]", "[sz]": plain characters, '-' only first or last, "]" first is a literal (as Hyperscan).
  std::optional<Strings> Class() {
    ++pos_;  // '['
    if (pos_ < p_.size() && p_[pos_] == '^') return std::nullopt;
    Strings out;
    const size_t first = pos_;
    while (pos_ < p_.size() && (p_[pos_] != ']' || pos_ == first)) {
      const char c = p_[pos_];
      if (c == '\\' || c == '[') return std::nullopt;
      if (c == '-' && pos_ != first && pos_ + 1 < p_.size() && p_[pos_ + 1] != ']') return std::nullopt;  // a range
      out.emplace_back(1, c);
      ++pos_;
    }
    if (pos_ >= p_.size() || out.empty()) return std::nullopt;
    ++pos_;  // ']'
    return out;
  }

  std::string_view p_;
  size_t cap_;
  size_t pos_ = 0;
};

// A literal entry: spaces and tabs collapse to one space, '-' is a hyphen, a space or nothing, "'"
// is either apostrophe; the ends are trimmed (ExpressionFor()).
std::optional<Strings> ExpandLiteralEntry(std::string_view p, size_t cap) {
  const size_t first = p.find_first_not_of(" \t");
  if (first == std::string_view::npos) return std::nullopt;
  const size_t last = p.find_last_not_of(" \t");
  Strings acc{""}, next;
  for (size_t i = first; i <= last; ++i) {
    const char c = p[i];
    Strings atom;
    if (c == ' ' || c == '\t') {
      while (i + 1 <= last && (p[i + 1] == ' ' || p[i + 1] == '\t')) ++i;
      atom = {" "};
    } else if (c == '-') {
      atom = {"-", " ", ""};
    } else if (c == '\'') {
      atom = {"'", std::string(kRightQuote)};
    } else {
      atom = {std::string(1, c)};
    }
    if (!Product(acc, atom, cap, next)) return std::nullopt;
    acc.swap(next);
  }
  return acc;
}

}  // namespace

std::optional<std::vector<std::string>> ExpandToLiterals(std::string_view pattern, bool is_regex, size_t cap) {
  std::optional<Strings> out;
  if (is_regex) {
    if (pattern.empty()) return std::nullopt;
    out = RegexExpander(pattern, cap).Whole();
  } else {
    out = ExpandLiteralEntry(pattern, cap);
  }
  if (!out) return std::nullopt;
  for (std::string& s : *out) {
    if (s.empty()) return std::nullopt;  // a pattern that matches nothing at all stays Hyperscan's to refuse
    for (char& c : s) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');  // matching is caseless
    }
  }
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
  return out;
}

}  // namespace walkaway::scan
