#include "walkaway/core/phrase_signal.h"

#include <algorithm>

namespace walkaway::core {
namespace {

int Rank(Severity s) {
  switch (s) {
    case Severity::kBlocker: return 3;
    case Severity::kMajor: return 2;
    case Severity::kMinor: return 1;
    case Severity::kPositive: return 0;
  }
  return 0;
}

bool IsClauseRule(RuleId rule) { return rule == RuleId::kContract || rule == RuleId::kScam; }

// Same text, same line, and the byte ranges [column, column + phrase) meet.
bool Overlap(const PhraseSignal& a, const PhraseSignal& b) {
  if (a.field != b.field || a.document_index != b.document_index || a.line != b.line) return false;
  const auto a_end = a.column + static_cast<int>(a.phrase.size());
  const auto b_end = b.column + static_cast<int>(b.phrase.size());
  return a.column < b_end && b.column < a_end;
}

// Whether `a` keeps a clause it shares with `b` (a earlier in scan order when `a_first`).
bool Outranks(const PhraseSignal& a, const PhraseSignal& b, bool a_first) {
  if (Rank(a.severity) != Rank(b.severity)) return Rank(a.severity) > Rank(b.severity);
  if (IsClauseRule(a.rule) != IsClauseRule(b.rule)) return IsClauseRule(a.rule);
  return a_first;
}

}  // namespace

std::vector<PhraseSignal> OneSignalPerClause(std::vector<PhraseSignal> signals) {
  // In text order, so only the hits that start before one ends are compared with it: a 4 MiB
  // letter has up to a thousand hits per text, and every plan evaluation runs this.
  std::vector<size_t> order(signals.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const PhraseSignal& x = signals[a];
    const PhraseSignal& y = signals[b];
    if (x.document_index != y.document_index) return x.document_index < y.document_index;
    if (x.line != y.line) return x.line < y.line;
    if (x.column != y.column) return x.column < y.column;
    return a < b;
  });
  std::vector<bool> dropped(signals.size(), false);
  for (size_t k = 0; k < order.size(); ++k) {
    const size_t i = order[k];
    for (size_t m = k + 1; m < order.size(); ++m) {
      const size_t j = order[m];
      const PhraseSignal& a = signals[i];
      const PhraseSignal& b = signals[j];
      if (b.document_index != a.document_index || b.line != a.line ||
          b.column >= a.column + static_cast<int>(a.phrase.size())) {
        break;  // sorted: no later hit starts inside a
      }
      if (a.negated || b.negated || a.rule == b.rule || !Overlap(a, b)) continue;
      if (Outranks(a, b, i < j)) {
        dropped[j] = true;
      } else {
        dropped[i] = true;
      }
    }
  }
  std::vector<PhraseSignal> kept;
  kept.reserve(signals.size());
  for (size_t i = 0; i < signals.size(); ++i) {
    if (!dropped[i]) kept.push_back(std::move(signals[i]));
  }
  return kept;
}

}  // namespace walkaway::core
