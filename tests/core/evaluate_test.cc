// core::Evaluate's two phases (src/core/evaluate.cc): phase-two rules (EVAL-PATTERNS, MINDSET)
// read what phase one found and never their own findings, and the findings come out most serious
// first, then in rule order.

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "support/builders.h"
#include "walkaway/core/evaluate.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;
using walkaway::testing::FindingWithCode;
using walkaway::testing::HasCode;
using walkaway::testing::RunRule;

constexpr Date kToday{2026, 11, 21};

// The aligned case with major flags from two independent places: two days to decide (SIGN-PRESSURE,
// timing) and a gut feeling of 1 in 5 (REFLECT and BIAS-SCARCITY, the person's own reflection).
Case TwoIndependentFlags() {
  Case c = AlignedCase();
  c.offers[0].received = Date{2026, 11, 20};
  c.offers[0].deadline = Date{2026, 11, 22};
  c.reflection->gut = 1;
  return c;
}

bool IsPhaseTwo(const Finding& f) { return f.rule() == RuleId::kEvalPatterns || f.rule() == RuleId::kMindset; }

std::vector<Finding> PhaseOne(const std::vector<Finding>& findings) {
  std::vector<Finding> out;
  std::copy_if(findings.begin(), findings.end(), std::back_inserter(out), [](const Finding& f) { return !IsPhaseTwo(f); });
  return out;
}

TEST(EvaluateTest, PhaseTwoTurnsIndependentMajorFlagsIntoABlocker) {
  const Evaluation e = Evaluate(TwoIndependentFlags(), kToday);
  ASSERT_EQ(e.offers.size(), 1u);
  const OfferEvaluation& offer = e.offers[0];
  // Neither flag alone is a blocker: EVAL-PATTERNS, reading phase one, makes the pattern one.
  const std::vector<Finding> phase_one = PhaseOne(offer.findings);
  EXPECT_TRUE(std::none_of(phase_one.begin(), phase_one.end(),
                           [](const Finding& f) { return f.severity == Severity::kBlocker; }));
  ASSERT_FALSE(offer.findings.empty());
  const Finding& first = offer.findings.front();
  EXPECT_EQ(first.code, Code::kPatternsIndependentFlags);
  EXPECT_EQ(first.severity, Severity::kBlocker);
  EXPECT_EQ(first.message,
            "Serious warning signs about 2 separate things, each from a different source: the time you "
            "are given (from the dates) and how you feel about it (from your own answers).");
  EXPECT_EQ(offer.verdict.decision, Decision::kWalkAway);
  ASSERT_FALSE(offer.verdict.reasons.empty());
  EXPECT_EQ(offer.verdict.reasons.front(), first.message);
}

TEST(EvaluateTest, WithOneFlagThereIsNoPattern) {
  Case c = TwoIndependentFlags();
  c.reflection->gut = 4;
  const Evaluation e = Evaluate(c, kToday);
  EXPECT_FALSE(HasCode(e.offers[0].findings, "patterns.independent_flags"));
  EXPECT_TRUE(HasCode(e.offers[0].findings, "patterns.single_source"));
  EXPECT_NE(e.offers[0].verdict.decision, Decision::kWalkAway);
}

TEST(EvaluateTest, MindsetSeesPhaseOneOnlyNotThePatternBlocker) {
  const Case c = TwoIndependentFlags();
  const Evaluation e = Evaluate(c, kToday);
  // MINDSET quotes the first blocker it sees. Phase one has none, so its "protect your direction"
  // reminder (chosen from the pattern it anticipates) quotes nothing; had it been handed
  // EVAL-PATTERNS' blocker, it would quote that blocker's evidence.
  const Finding reminder = FindingWithCode(e.offers[0].findings, "mindset.protect_direction");
  EXPECT_TRUE(reminder.evidence.empty());

  const Finding pattern = FindingWithCode(e.offers[0].findings, "patterns.independent_flags");
  ASSERT_FALSE(pattern.evidence.empty());
  std::vector<Finding> with_pattern = PhaseOne(e.offers[0].findings);
  with_pattern.push_back(pattern);
  const Finding seen = FindingWithCode(RunRule(RunMindset, c, 0, with_pattern), "mindset.protect_direction");
  ASSERT_EQ(seen.evidence.size(), 1u);  // the control: the check above can tell the two apart
  EXPECT_EQ(seen.evidence[0], pattern.evidence[0]);
}

TEST(EvaluateTest, PhaseTwoCountsOnlyPhaseOnePositives) {
  const Evaluation e = Evaluate(AlignedCase(), kToday);
  const OfferEvaluation& offer = e.offers[0];
  const std::vector<Finding> phase_one = PhaseOne(offer.findings);
  const auto positives = std::count_if(phase_one.begin(), phase_one.end(),
                                       [](const Finding& f) { return f.severity == Severity::kPositive; });
  ASSERT_GT(positives, 1);
  const Finding consistent = FindingWithCode(offer.findings, "patterns.consistent");
  EXPECT_EQ(consistent.message, "No major warning sign anywhere, and " + std::to_string(positives) +
                                    " points in the offer's favour.");
  // Phase two's own positive is not among what it counted, and the verdict sees it like any other.
  EXPECT_EQ(offer.verdict.decision, Decision::kAccept);
}

TEST(EvaluateTest, FindingsAreSortedMostSeriousFirstThenInRuleOrder) {
  for (const Case& c : {AlignedCase(), TwoIndependentFlags()}) {
    const std::vector<Finding> findings = Evaluate(c, kToday).offers[0].findings;
    ASSERT_GT(findings.size(), 3u);
    const auto before = [](const Finding& a, const Finding& b) {
      if (a.severity != b.severity) return a.severity < b.severity;
      return a.rule() < b.rule();
    };
    EXPECT_TRUE(std::is_sorted(findings.begin(), findings.end(), before));
  }
}

TEST(EvaluateTest, PhaseTwoFindingsAreSortedInNotAppended) {
  // EVAL-PATTERNS runs after every phase-one rule, yet its blocker is listed first and its
  // positive with the other positives, ahead of MINDSET's minor reminders.
  EXPECT_EQ(Evaluate(TwoIndependentFlags(), kToday).offers[0].findings.front().rule(), RuleId::kEvalPatterns);
  const std::vector<Finding> aligned = Evaluate(AlignedCase(), kToday).offers[0].findings;
  const auto consistent = std::find_if(aligned.begin(), aligned.end(),
                                       [](const Finding& f) { return f.code == Code::kPatternsConsistent; });
  const auto reminder = std::find_if(aligned.begin(), aligned.end(),
                                     [](const Finding& f) { return f.rule() == RuleId::kMindset; });
  ASSERT_NE(consistent, aligned.end());
  ASSERT_NE(reminder, aligned.end());
  EXPECT_LT(reminder, consistent);  // minor before positive, though EVAL-PATTERNS runs first
  EXPECT_EQ(consistent, aligned.end() - 1);
}

TEST(EvaluateTest, TheVerdictIsDecideOnTheSortedFindings) {
  const Case c = TwoIndependentFlags();
  const OfferEvaluation offer = Evaluate(c, kToday).offers[0];
  EXPECT_EQ(offer.verdict, Decide(c, c.offers[0], offer.gates, offer.findings));
}

}  // namespace
}  // namespace walkaway::core
