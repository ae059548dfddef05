// The ten criteria of the value model and the names a case may use for them (docs/compare.md).

#include <algorithm>
#include <cctype>
#include <string>

#include "walkaway/core/comparison.h"

namespace walkaway::core {
namespace {

constexpr std::string_view kNames[kCriterionCount] = {"pay",     "growth",    "flexibility", "workload",
                                                      "culture", "stability", "mission",     "location",
                                                      "benefits", "learning"};

struct Alias {
  std::string_view name;
  Criterion criterion;
};
// Words people naturally rank by; DESIGN.md's own example ranks "compensation".
constexpr Alias kAliases[] = {
    {"compensation", Criterion::kPay},      {"salary", Criterion::kPay},
    {"money", Criterion::kPay},             {"career", Criterion::kGrowth},
    {"progression", Criterion::kGrowth},    {"remote", Criterion::kFlexibility},
    {"hours", Criterion::kWorkload},        {"work_life_balance", Criterion::kWorkload},
    {"balance", Criterion::kWorkload},      {"security", Criterion::kStability},
    {"purpose", Criterion::kMission},       {"impact", Criterion::kMission},
    {"commute", Criterion::kLocation},      {"development", Criterion::kLearning},
    {"skills", Criterion::kLearning},
};

}  // namespace

std::string_view ToString(Criterion criterion) { return kNames[static_cast<int>(criterion)]; }

std::optional<Criterion> ParseCriterion(std::string_view name) {
  std::string lower(name);
  for (char& ch : lower) ch = ch == '-' || ch == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  for (int i = 0; i < kCriterionCount; ++i) {
    if (kNames[i] == lower) return static_cast<Criterion>(i);
  }
  for (const Alias& a : kAliases) {
    if (a.name == lower) return a.criterion;
  }
  return std::nullopt;
}

std::string CriterionNames() {
  std::string out;
  for (std::string_view n : kNames) out += (out.empty() ? "" : ", ") + std::string(n);
  out += " (also: ";
  bool first = true;
  for (const Alias& a : kAliases) {
    out += (first ? "" : ", ") + std::string(a.name);
    first = false;
  }
  return out + ")";
}

}  // namespace walkaway::core
