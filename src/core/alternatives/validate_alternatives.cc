#include "core/alternatives/validate_alternatives.h"

#include <charconv>
#include <cmath>
#include <string>

#include "walkaway/core/alternatives.h"

namespace walkaway::core {
namespace {

// Past processes at one stage: more than this is a typo, not a job search.
constexpr int kMaxStageProcesses = 100'000;
constexpr double kMinStageDays = 0.1;
constexpr double kMaxStageDays = 365;

std::string Number(double value) {
  char buf[64];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  return ec == std::errc() ? std::string(buf, end) : std::string("?");
}

bool KnownStage(const std::string& stage) {
  for (std::string_view s : kFunnelStages) {
    if (s == stage) return true;
  }
  return false;
}

std::string UnknownStage(const std::string& stage) {
  return "unknown stage \"" + stage + "\": expected applied, screen, interviewing, onsite or final";
}

class Checker {
 public:
  Status Result() const { return error_ ? Status(*error_) : Status(Ok{}); }
  void Fail(const std::string& path, std::string message) {
    if (!error_) error_ = Error::InvalidInput(std::move(message), path);
  }
  void Count(int value, const std::string& path) {
    if (value < 0 || value > kMaxStageProcesses) {
      Fail(path, "expected 0 to " + std::to_string(kMaxStageProcesses) + ", found " + std::to_string(value));
    }
  }
  void Range(const std::optional<double>& v, double low, double high, const std::string& path) {
    if (v && (!std::isfinite(*v) || *v < low || *v > high)) {
      Fail(path, "expected " + Number(low) + " to " + Number(high) + ", found " + Number(*v));
    }
  }

  void Situation(const Situation& s, const std::optional<Date>& as_of) {
    if (as_of) {
      for (size_t i = 0; i < s.pipeline.size(); ++i) {
        const std::optional<Date>& updated = s.pipeline[i].updated;
        if (updated && *updated > *as_of) {
          Fail("candidate.situation.pipeline[" + std::to_string(i) + "].updated",
               "the process last moved on " + updated->ToString() + ", after the case date (as_of " +
                   as_of->ToString() + ")");
        }
      }
    }
    for (const auto& [stage, counts] : s.history) {
      const std::string path = "candidate.situation.history." + stage;
      if (!KnownStage(stage)) Fail(path, UnknownStage(stage));
      Count(counts.advanced, path + ".advanced");
      Count(counts.ended, path + ".ended");
    }
  }

  void Funnel(const std::map<std::string, FunnelStage>& funnel) {
    for (const auto& [stage, rates] : funnel) {
      const std::string path = "model.funnel." + stage;
      if (!KnownStage(stage)) Fail(path, UnknownStage(stage));
      Range(rates.advance_pct, 0, 100, path + ".advance_pct");
      Range(rates.days, kMinStageDays, kMaxStageDays, path + ".days");
    }
  }

 private:
  std::optional<Error> error_;
};

}  // namespace

Status ValidateAlternatives(const Case& c) {
  Checker check;
  check.Situation(c.candidate.situation, c.as_of);
  check.Funnel(c.model.funnel);
  return check.Result();
}

}  // namespace walkaway::core
