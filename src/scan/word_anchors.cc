#include "scan/word_anchors.h"

#include <algorithm>
#include <cstring>

#include "scan/hit_context.h"

namespace walkaway::scan {

namespace {

// Words too common to be good anchors: the function words of English, then the everyday words of
// job posts, offer letters and recruiter mail. Our own lists, from general knowledge of such texts
// (not counted from any data set); any word may still be an anchor when a phrase has nothing rarer.
constexpr std::string_view kFunctionWords[] = {
    "a",     "about", "after", "all",    "also",  "an",    "and",   "any",   "are",    "as",    "at",    "be",
    "been",  "before", "both", "but",    "by",    "can",   "could", "do",    "each",   "for",   "from",  "get",
    "has",   "have",  "here",  "how",    "i",     "if",    "in",    "into",  "is",     "it",    "its",   "just",
    "like",  "make",  "may",   "more",   "most",  "must",  "new",   "no",    "not",    "of",    "on",    "one",
    "only",  "or",    "other", "our",    "out",   "over",  "per",   "s",     "should", "so",    "some",  "such",
    "t",     "than",  "that",  "the",    "their", "them",  "there", "these", "they",   "this",  "through", "to",
    "up",    "us",    "use",   "was",    "we",    "well",  "were",  "what",  "when",   "where", "which", "who",
    "will",  "with",  "within", "would", "you",   "your",  "across", "including", "based", "able", "need",
};
constexpr std::string_view kJobWords[] = {
    "ability",      "analysis",     "analytics",     "applicants",   "application",  "apply",        "benefits",
    "business",     "candidate",    "candidates",    "career",       "client",       "clients",      "communication",
    "company",      "compensation", "computer",      "customer",     "customers",    "data",         "day",
    "days",         "degree",       "design",        "develop",      "development",  "disability",   "education",
    "employee",     "employees",    "employer",      "employment",   "engineer",     "engineering",  "environment",
    "equal",        "equipment",    "experience",    "full",         "growth",       "health",       "help",
    "high",         "hours",        "information",   "insurance",    "job",          "knowledge",    "learning",
    "level",        "management",   "manager",       "minimum",      "month",        "months",       "offer",
    "office",       "opportunities", "opportunity",  "part",         "pay",          "people",       "performance",
    "position",     "preferred",    "process",       "product",      "products",     "program",      "project",
    "projects",     "provide",      "qualifications", "quality",     "related",      "relevant",     "remote",
    "required",     "requirements", "research",      "responsibilities", "role",     "salary",       "science",
    "service",      "services",     "skills",        "software",     "solutions",    "start",        "status",
    "strong",       "support",      "systems",       "team",         "teams",        "technical",    "technology",
    "time",         "tools",        "training",      "travel",       "week",         "weeks",        "work",
    "working",      "year",         "years",
};


}  // namespace

uint64_t WordKey(std::string_view word) {
  uint64_t key = 0;
  const size_t n = std::min<size_t>(word.size(), 8);
  for (size_t i = 0; i < n; ++i) {
    key |= static_cast<uint64_t>(static_cast<unsigned char>(word[i]) | 0x20u) << (8 * i);
  }
  return key;
}

double WordCommonness(std::string_view word) {
  for (std::string_view common : kFunctionWords) {
    if (EqualsAsciiLower(word, common)) return 1e-2;
  }
  for (std::string_view common : kJobWords) {
    if (EqualsAsciiLower(word, common)) return 3e-3;
  }
  // Without a corpus, length is the best cheap proxy: short words are common, and a short word
  // is also the start of many longer ones.
  switch (word.size()) {
    case 0:
    case 1: return 3e-2;
    case 2: return 3e-3;
    case 3: return 1.5e-3;
    case 4: return 6e-4;
    case 5: return 3e-4;
    case 6: return 1.5e-4;
    default: return 8e-5;
  }
}

double PhraseCommonness(std::string_view s) {
  double c = 1;
  bool first = true;
  for (const WordSpan& w : WordsOf(s)) {
    c *= WordCommonness(s.substr(w.begin, w.end - w.begin)) * (first ? 1 : 10);
    first = false;
  }
  return c;
}

std::vector<WordSpan> WordsOf(std::string_view s) {
  std::vector<WordSpan> words;
  size_t i = 0;
  while (i < s.size()) {
    if (!IsWordByte(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    const size_t begin = i;
    while (i < s.size() && IsWordByte(static_cast<unsigned char>(s[i]))) ++i;
    words.push_back(WordSpan{begin, i});
  }
  return words;
}

std::optional<AnchorSpan> ChooseAnchor(std::string_view s, bool start_bounded, bool end_bounded) {
  const std::vector<WordSpan> words = WordsOf(s);
  std::optional<AnchorSpan> best;
  const auto consider = [&](const AnchorSpan& candidate) {
    if (!best || candidate.commonness < best->commonness ||
        (candidate.commonness == best->commonness && candidate.end - candidate.begin > best->end - best->begin)) {
      best = candidate;
    }
  };
  for (size_t i = 0; i < words.size(); ++i) {
    const WordSpan& w = words[i];
    const bool left_ok = w.begin > 0 || start_bounded;
    const double c = WordCommonness(s.substr(w.begin, w.end - w.begin));
    if (left_ok && (w.end < s.size() || end_bounded)) consider(AnchorSpan{w.begin, w.end, c});
    if (left_ok && i + 1 < words.size()) {
      const WordSpan& next = words[i + 1];
      if (next.end < s.size() || end_bounded) {
        consider(AnchorSpan{w.begin, next.end, 10 * c * WordCommonness(s.substr(next.begin, next.end - next.begin))});
      }
    }
  }
  return best;
}

uint64_t AnchorKey(std::string_view s, size_t begin, size_t end) {
  const std::vector<WordSpan> words = WordsOf(s.substr(begin, end - begin));
  if (words.empty()) return 0;
  const uint64_t first = WordKey(s.substr(begin + words[0].begin, words[0].end - words[0].begin));
  if (words.size() == 1) return first;
  return PairKey(first, WordKey(s.substr(begin + words[1].begin, words[1].end - words[1].begin)));
}

void AnchorIndex::Add(uint64_t key, AnchorTarget target) { pending_.push_back(Pending{key, target}); }

void AnchorIndex::Finish() {
  std::stable_sort(pending_.begin(), pending_.end(), [](const Pending& a, const Pending& b) { return a.key < b.key; });
  keys_.clear();
  ranges_.clear();
  targets_.clear();
  for (const Pending& p : pending_) {
    if (keys_.empty() || keys_.back() != p.key) {
      keys_.push_back(p.key);
      ranges_.push_back(static_cast<uint32_t>(targets_.size()));
    }
    targets_.push_back(p.target);
  }
  ranges_.push_back(static_cast<uint32_t>(targets_.size()));
  pending_.clear();
  pending_.shrink_to_fit();
  size_t capacity = 16;
  unsigned log2 = 4;
  while (capacity < 2 * keys_.size()) {
    capacity *= 2;
    ++log2;
  }
  slot_shift_ = 64 - log2;
  slots_.assign(capacity, 0);
  std::fill(bitmap_.begin(), bitmap_.end(), 0);
  for (size_t k = 0; k < keys_.size(); ++k) {
    const uint32_t h = Hash(keys_[k]);
    bitmap_[BitmapWord(h)] |= BitmapBits(h);
    size_t slot = (keys_[k] * 0x9E3779B97F4A7C15ULL) >> slot_shift_;
    while (slots_[slot] != 0) slot = (slot + 1) & (capacity - 1);
    slots_[slot] = static_cast<uint32_t>(k + 1);
  }
}

std::span<const AnchorTarget> AnchorIndex::Probe(uint64_t key) const {
  if (slots_.empty()) return {};
  const size_t mask = slots_.size() - 1;
  for (size_t slot = (key * 0x9E3779B97F4A7C15ULL) >> slot_shift_; slots_[slot] != 0; slot = (slot + 1) & mask) {
    const uint32_t k = slots_[slot] - 1;
    if (keys_[k] == key) return {targets_.data() + ranges_[k], targets_.data() + ranges_[k + 1]};
  }
  return {};
}

}  // namespace walkaway::scan
