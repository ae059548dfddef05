#include "walkaway/io/did_you_mean.h"

#include <algorithm>
#include <vector>

namespace walkaway::io {
namespace {

constexpr int kMaxDistance = 2;
constexpr size_t kMaxCompared = 64;  // longer words are never typos of our keys

}  // namespace

int EditDistance(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  const size_t m = b.size();
  // Three rows suffice: the transposition looks two rows back.
  std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
  for (size_t j = 0; j <= m; ++j) previous[j] = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i) {
    current[0] = static_cast<int>(i);
    for (size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
    }
    before.swap(previous);
    previous.swap(current);
  }
  return previous[m];
}

std::string_view Suggest(std::string_view typed, std::span<const std::string_view> known) {
  if (typed.empty() || typed.size() > kMaxCompared) return {};
  std::string_view best;
  int best_distance = kMaxDistance + 1;
  for (std::string_view word : known) {
    const size_t longer = std::max(word.size(), typed.size());
    const size_t shorter = std::min(word.size(), typed.size());
    if (longer - shorter > static_cast<size_t>(kMaxDistance)) continue;
    const int distance = EditDistance(typed, word);
    // A distance as large as the word itself ("a" for "id") is no resemblance at all.
    if (distance < best_distance && static_cast<size_t>(distance) < longer) {
      best = word;
      best_distance = distance;
    }
  }
  if (!best.empty()) return best;
  std::string_view prefixed;
  for (std::string_view word : known) {
    if (word.size() > typed.size() && word.substr(0, typed.size()) == typed) {
      if (!prefixed.empty()) return {};  // two words start that way: no guess
      prefixed = word;
    }
  }
  return prefixed;
}

}  // namespace walkaway::io
