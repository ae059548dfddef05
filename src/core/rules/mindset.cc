// MINDSET (phase two): one to three short reminders, chosen by what phase one found, in a fixed
// order so the same case always gets the same words. They are minor, from the person's side (kSelf),
// and carry no ask: they change nothing in the verdict, only how it is received.

#include <algorithm>
#include <array>

#include "core/rules/rule_util.h"
#include "walkaway/core/facts.h"

namespace walkaway::core {
namespace {

constexpr size_t kMaxReminders = 3;

enum class Gravity { kMajorOrBlocker, kBlockerOnly };

// The first finding of `rule` (any rule when empty) at least as grave as asked, or nullptr.
const Finding* FirstSerious(std::span<const Finding> prior, std::optional<RuleId> rule, Gravity gravity) {
  for (const Finding& f : prior) {
    if (!CountsTowardVerdict(f) || !IsSerious(f)) continue;
    if (gravity == Gravity::kBlockerOnly && f.severity != Severity::kBlocker) continue;
    if (!rule || f.rule() == *rule) return &f;
  }
  return nullptr;
}

struct Reminder {
  Code code;
  std::string_view text;
};

constexpr Reminder kInvitation = {
    Code::kMindsetInvitation,
    "This offer is a proposal, not a debt: you may take the time you need, and you may say no."};
constexpr Reminder kProtectDirection = {
    Code::kMindsetProtectDirection,
    "Turning an offer down keeps your hours, your energy and your path free for work that fits. A few "
    "awkward days now weigh less than years of wishing you had said no."};
constexpr Reminder kFitOverUrgency = {
    Code::kMindsetFitOverUrgency,
    "Waiting for a job that fits, rather than grabbing the first one because time feels short, shows "
    "trust in what you bring."};
constexpr Reminder kDeliberateYes = {
    Code::kMindsetDeliberateYes,
    "Saying yes to an offer that fits is a choice made on purpose too. Before you sign, check that every "
    "term you are counting on is in the letter."};
constexpr Reminder kThinOptions = {
    Code::kMindsetThinOptions,
    "When other offers are unlikely to come soon, taking a job that meets your lines is a considered "
    "choice, not a surrender; what you learn there and the search you can continue from it are yours."};
constexpr Reminder kIntentional = {
    Code::kMindsetIntentional,
    "Asking questions, asking for changes or saying no is how careful people choose; a good employer "
    "expects it."};

void Add(const RuleContext& ctx, const Reminder& reminder, const Finding* because,
         std::vector<Finding>& out) {
  if (out.size() >= kMaxReminders) return;
  Finding f =
      NewFinding(ctx, reminder.code, Severity::kMinor, Channel::kSelf);
  f.message = std::string(reminder.text);
  if (because && !because->evidence.empty()) f.evidence.push_back(because->evidence.front());
  out.push_back(std::move(f));
}

}  // namespace

std::vector<Finding> RunMindset(const RuleContext& ctx) {
  std::vector<Finding> out;
  const std::span<const Finding> prior = ctx.prior;
  if (const Finding* f = FirstSerious(prior, RuleId::kSignPressure, Gravity::kMajorOrBlocker)) {
    Add(ctx, kInvitation, f, out);
  }
  // Walking away looks likely on a blocker, or on the pattern EVAL-PATTERNS turns into one (the
  // runner may hand us phase-one findings only).
  const std::vector<Concern> pattern = IndependentConcerns(prior);
  if (const Finding* f = FirstSerious(prior, std::nullopt, Gravity::kBlockerOnly)) {
    Add(ctx, kProtectDirection, f, out);
  } else if (pattern.size() >= 2) {
    Add(ctx, kProtectDirection, nullptr, out);
  }
  if (const Finding* f = FirstSerious(prior, RuleId::kBiasScarcity, Gravity::kMajorOrBlocker)) {
    Add(ctx, kFitOverUrgency, f, out);
  } else if (ctx.facts.alternatives.fear == FearBasis::kGrounded) {
    // "Wait for a job that fits" would be the wrong words to someone whose fear the facts bear out.
    Add(ctx, kThinOptions, nullptr, out);
  }
  // "Aligned" needs something to have been checked: with no prior findings we know nothing.
  const bool aligned = !prior.empty() && !FirstSerious(prior, std::nullopt, Gravity::kMajorOrBlocker);
  if (aligned) Add(ctx, kDeliberateYes, nullptr, out);
  if (out.empty()) Add(ctx, kIntentional, nullptr, out);
  return out;
}

}  // namespace walkaway::core
