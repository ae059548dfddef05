#pragma once

// The scanner's lexicon: phrases and simple patterns, each tied to the rule it feeds, kept as
// versioned data in data/lexicon/*.toml (one file per category; docs/scanner.md). Plain structs:
// the loader lives in src/io (the only folder that parses TOML), the compiler in src/scan.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/finding.h"
#include "walkaway/core/registry.h"
#include "walkaway/core/result.h"

namespace walkaway::scan {

struct LexiconEntry {
  std::string id{};          // stable, unique, e.g. "scam.pay-for-training"
  std::string pattern{};     // a literal phrase, or a simple regex when is_regex
  bool is_regex = false;
  std::string category{};    // the file's category, e.g. "scam"
  core::RuleId rule{};       // BIAS-VAGUE, SIGN-PRESSURE, BIAS-STRESS, SIGN-PROGRESSION, SIGN-CULTURE, SCAM, CONTRACT
  core::Severity severity = core::Severity::kMinor;
  std::string explanation{};  // plain English, written by us
  std::vector<std::string> examples{};          // each must produce a hit (not negated)
  std::vector<std::string> counter_examples{};  // none may produce a hit that is not negated
  core::SourceLocation location{};              // file and line of the entry's pattern
};

struct Lexicon {
  std::vector<LexiconEntry> entries{};
  // FNV-1a 64 over every file name and byte the lexicon was read from: the cache key.
  uint64_t content_hash = 0;
};

// Inline on purpose: the loader in src/io uses them without linking the scanner library.

// The rules a lexicon entry may feed: those that read the scanner's hits (docs/document-signals.md).
inline bool IsLexiconRule(core::RuleId rule) {
  using core::RuleId;
  for (RuleId known : {RuleId::kBiasVague, RuleId::kSignPressure, RuleId::kBiasStress, RuleId::kSignProgression,
                       RuleId::kSignCulture, RuleId::kSignRole, RuleId::kScam, RuleId::kContract}) {
    if (rule == known) return true;
  }
  return false;
}

// "minor", "major"...: the lower-case name used in lexicon files and in scan output.
inline std::string_view SeverityName(core::Severity severity) {
  switch (severity) {
    case core::Severity::kBlocker: return "blocker";
    case core::Severity::kMajor: return "major";
    case core::Severity::kMinor: return "minor";
    case core::Severity::kPositive: return "positive";
  }
  return "minor";
}

// FNV-1a 64, continued from `seed` (start with kFnvOffset).
inline constexpr uint64_t kFnvOffset = 14695981039346656037ULL;
inline uint64_t Fnv1a64(std::string_view bytes, uint64_t seed = kFnvOffset) {
  uint64_t h = seed;
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace walkaway::scan
