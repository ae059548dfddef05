#include "scan/regex_anchors.h"

#include <algorithm>
#include <limits>

#include "scan/hit_context.h"
#include "scan/literal_expansion.h"
#include "scan/word_anchors.h"

namespace walkaway::scan {

namespace {

// A stretch's strings are compared one by one around their anchor, each anchor rare: a longer
// stretch with more strings is often cheaper than a short one whose only word is common.
constexpr size_t kMaxStretchStrings = 256;
// Running the regex in a window costs about this many string comparisons.
constexpr double kWindowCost = 50;
// Runs longer than this many pieces add nothing: the rarest word is found well before.
constexpr size_t kMaxRunPieces = 32;

// Skips a group or class starting at `i` (which holds '(' or '['); returns the index after it, or
// npos when it is not closed.
size_t SkipBracketed(std::string_view p, size_t i) {
  int depth = 0;
  bool in_class = false;
  for (; i < p.size(); ++i) {
    const char c = p[i];
    if (c == '\\') {
      ++i;
      continue;
    }
    if (in_class) {
      if (c == ']') {
        in_class = false;
        if (depth == 0) return i + 1;
      }
      continue;
    }
    if (c == '[') {
      in_class = true;
      if (i + 1 < p.size() && p[i + 1] == '^') ++i;
      if (i + 1 < p.size() && p[i + 1] == ']') ++i;  // "[]...]": a literal ']' first
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (--depth == 0) return i + 1;
    }
  }
  return std::string_view::npos;
}

// The top-level branches of a pattern.
std::vector<std::string_view> Branches(std::string_view p) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i < p.size();) {
    const char c = p[i];
    if (c == '\\') {
      i += 2;
    } else if (c == '(' || c == '[') {
      const size_t next = SkipBracketed(p, i);
      if (next == std::string_view::npos) return {};
      i = next;
    } else if (c == '|') {
      out.push_back(p.substr(start, i - start));
      start = ++i;
    } else {
      ++i;
    }
  }
  out.push_back(p.substr(start));
  return out;
}

// One branch as its pieces: an atom with the quantifier that follows it.
std::optional<std::vector<std::string_view>> Pieces(std::string_view p) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < p.size()) {
    const size_t begin = i;
    const char c = p[i];
    if (c == '(' || c == '[') {
      i = SkipBracketed(p, i);
      if (i == std::string_view::npos) return std::nullopt;
    } else if (c == '\\') {
      if (i + 1 >= p.size()) return std::nullopt;
      i += (p[i + 1] == 'x' && i + 3 < p.size()) ? 4 : 2;  // \xNN
    } else {
      ++i;
    }
    if (i < p.size() && (p[i] == '?' || p[i] == '*' || p[i] == '+')) {
      ++i;
    } else if (i < p.size() && p[i] == '{') {
      const size_t close = p.find('}', i);
      if (close == std::string_view::npos) return std::nullopt;
      i = close + 1;
    }
    if (i < p.size() && begin != i && (p[i] == '?' || p[i] == '+') && (p[i - 1] == '?' || p[i - 1] == '*' ||
                                                                       p[i - 1] == '+' || p[i - 1] == '}')) {
      ++i;  // lazy or possessive
    }
    out.push_back(p.substr(begin, i - begin));
  }
  return out;
}

bool IsWordChar(char c) { return IsWordByte(static_cast<unsigned char>(c)); }

// Whether a piece may match nothing: '?', '*' or a repeat from zero.
bool IsOptional(std::string_view piece) {
  if (piece.empty()) return true;
  std::string_view q = piece;
  if (q.size() > 1 && (q.back() == '?' || q.back() == '+') &&
      (q[q.size() - 2] == '?' || q[q.size() - 2] == '*' || q[q.size() - 2] == '+' || q[q.size() - 2] == '}')) {
    q.remove_suffix(1);  // lazy or possessive
  }
  if (q.back() == '?' || q.back() == '*') return true;
  if (q.back() == '}') {
    const size_t open = q.rfind('{');
    return open != std::string_view::npos && open + 1 < q.size() && q[open + 1] == '0';
  }
  return false;
}

// The atom of a piece, without its quantifier.
std::string_view AtomOf(std::string_view piece) {
  if (piece.empty()) return piece;
  if (piece[0] == '(' || piece[0] == '[') return piece.substr(0, SkipBracketed(piece, 0));
  if (piece[0] == '\\') return piece.substr(0, std::min<size_t>(piece.size(), piece.size() > 1 && piece[1] == 'x' ? 4 : 2));
  return piece.substr(0, 1);
}

bool EdgeIsNonWord(std::string_view pieces_text, bool at_start);

// Whether every string the atom matches begins (at_start) or ends with a byte that is not a word
// byte; false when unsure.
bool AtomEdgeIsNonWord(std::string_view atom, bool at_start) {
  if (atom.empty()) return false;
  switch (atom[0]) {
    case '(': {
      std::string_view inner = atom.substr(1, atom.size() - 2);
      if (inner.substr(0, 2) == "?:") inner.remove_prefix(2);
      if (!inner.empty() && inner[0] == '?') return false;
      for (std::string_view branch : Branches(inner)) {
        if (!EdgeIsNonWord(branch, at_start)) return false;
      }
      return true;
    }
    case '[': {
      for (size_t i = 1; i + 1 < atom.size(); ++i) {
        if (atom[i] == '^' || atom[i] == '\\' || IsWordChar(atom[i])) return false;
        if (atom[i] == '-' && i > 1 && i + 2 < atom.size()) return false;  // a range: "[!-~]" holds letters
      }
      return true;
    }
    case '\\':
      return atom.size() == 2 && (atom[1] == 's' || !IsWordChar(atom[1]));
    case '.':
    case '\'':  // also matches the right quote, whose UTF-8 bytes are word bytes
      return false;
    default:
      return !IsWordChar(atom[0]);
  }
}

// The same for a sequence of pieces: its first (or last) piece that must match something decides,
// and every optional one before it must agree. False for a sequence that may match nothing.
bool EdgeIsNonWord(std::string_view pieces_text, bool at_start) {
  const std::optional<std::vector<std::string_view>> pieces = Pieces(pieces_text);
  if (!pieces) return false;
  for (size_t k = 0; k < pieces->size(); ++k) {
    const std::string_view piece = (*pieces)[at_start ? k : pieces->size() - 1 - k];
    if (!AtomEdgeIsNonWord(AtomOf(piece), at_start)) return false;
    if (!IsOptional(piece)) return true;
  }
  return false;
}

// Whether a word boundary is certain right before piece `i` (or right after piece `j`): at the
// branch's edge the scanner demands one; elsewhere the neighbouring pieces must end (begin) with a
// byte that is not a word byte.
bool BoundedBefore(const std::vector<std::string_view>& pieces, size_t i) {
  for (size_t k = i; k-- > 0;) {
    if (!AtomEdgeIsNonWord(AtomOf(pieces[k]), false)) return false;
    if (!IsOptional(pieces[k])) return true;
  }
  return true;  // only optional non-word pieces, or none, before: the branch's start
}

bool BoundedAfter(const std::vector<std::string_view>& pieces, size_t j) {
  for (size_t k = j + 1; k < pieces.size(); ++k) {
    if (!AtomEdgeIsNonWord(AtomOf(pieces[k]), true)) return false;
    if (!IsOptional(pieces[k])) return true;
  }
  return true;
}

// The best stretch of one branch, or nullopt.
std::optional<std::vector<RegexAnchor>> BranchAnchors(std::string_view branch) {
  const std::optional<std::vector<std::string_view>> pieces = Pieces(branch);
  if (!pieces || pieces->empty()) return std::nullopt;
  const size_t n = pieces->size();
  // A piece is finite when it expands once a fixed byte follows it (a lone "(the )?" holds the
  // empty string, which ExpandToLiterals() refuses on its own).
  std::vector<bool> finite(n);
  for (size_t i = 0; i < n; ++i) {
    finite[i] = ExpandToLiterals(std::string((*pieces)[i]) + "x", true, kMaxStretchStrings).has_value();
  }
  std::optional<std::vector<RegexAnchor>> best;
  double best_cost = std::numeric_limits<double>::infinity();
  for (size_t i = 0; i < n; ++i) {
    std::string run;
    for (size_t j = i; j < n && j < i + kMaxRunPieces && finite[j]; ++j) {
      run += (*pieces)[j];
      const std::optional<std::vector<std::string>> strings = ExpandToLiterals(run, true, kMaxStretchStrings);
      if (!strings) continue;  // still holds the empty string, or too many strings
      const bool at_start = BoundedBefore(*pieces, i);
      const bool at_end = BoundedAfter(*pieces, j);
      std::vector<RegexAnchor> anchors;
      double cost = 0;
      for (const std::string& s : *strings) {
        const std::optional<AnchorSpan> pick = ChooseAnchor(s, at_start, at_end);
        if (!pick) {
          cost = std::numeric_limits<double>::infinity();
          break;
        }
        // Every anchor found costs a comparison; every whole stretch found costs a window.
        cost += pick->commonness + kWindowCost * PhraseCommonness(s);
        anchors.push_back(RegexAnchor{s, pick->begin, pick->end, i == 0, j + 1 == n});
      }
      if (cost < best_cost) {
        best_cost = cost;
        best = std::move(anchors);
      }
    }
  }
  return best;
}

}  // namespace

bool UsesTextAnchors(std::string_view pattern) {
  bool in_class = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      if (i + 1 < pattern.size() && (pattern[i + 1] == 'A' || pattern[i + 1] == 'z' || pattern[i + 1] == 'Z')) return true;
      ++i;
    } else if (in_class) {
      if (c == ']') in_class = false;
    } else if (c == '[') {
      in_class = true;
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') ++i;
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') ++i;
    } else if (c == '^' || c == '$') {
      return true;
    }
  }
  return false;
}

std::optional<std::vector<RegexAnchor>> RegexAnchorsOf(std::string_view pattern) {
  if (UsesTextAnchors(pattern)) return std::nullopt;
  const std::vector<std::string_view> branches = Branches(pattern);
  if (branches.empty()) return std::nullopt;
  std::vector<RegexAnchor> out;
  for (std::string_view branch : branches) {
    std::optional<std::vector<RegexAnchor>> anchors = BranchAnchors(branch);
    if (!anchors) return std::nullopt;
    out.insert(out.end(), anchors->begin(), anchors->end());
  }
  return out;
}

std::optional<std::vector<RegexAnchor>> LiteralAnchorsOf(std::string_view pattern) {
  std::optional<RegexAnchor> best;
  double best_commonness = 0;
  size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] == ' ' || pattern[i] == '\t') {
      ++i;
      continue;
    }
    const size_t begin = i;
    while (i < pattern.size() && pattern[i] != ' ' && pattern[i] != '\t') ++i;
    const std::string_view chunk = pattern.substr(begin, i - begin);  // between spaces
    for (const WordSpan& w : WordsOf(chunk)) {
      const bool touched = (w.begin > 0 && (chunk[w.begin - 1] == '-' || chunk[w.begin - 1] == '\'')) ||
                           (w.end < chunk.size() && (chunk[w.end] == '-' || chunk[w.end] == '\''));
      if (touched) continue;
      std::string word(chunk.substr(w.begin, w.end - w.begin));
      for (char& c : word) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      const double c = WordCommonness(word);
      if (!best || c < best_commonness) {
        best_commonness = c;
        best = RegexAnchor{word, 0, word.size(), false, false};
      }
    }
  }
  if (!best) return std::nullopt;
  return std::vector<RegexAnchor>{*best};
}

}  // namespace walkaway::scan
