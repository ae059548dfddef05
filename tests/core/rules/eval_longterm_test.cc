#include <gtest/gtest.h>

#include <algorithm>

#include "support/builders.h"
#include "walkaway/core/rules.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;
using walkaway::testing::FindingWithCode;
using walkaway::testing::HasCode;
using walkaway::testing::RunRule;

bool Contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

PayProjection Projection(std::string id, std::initializer_list<int64_t> p50_units) {
  PayProjection p;
  p.job_id = std::move(id);
  int year = 1;
  for (int64_t units : p50_units) {
    YearFigures y;
    y.year = year++;
    y.p50 = Money::FromUnits(units);
    p.years.push_back(y);
  }
  return p;
}

// Runs EVAL-LONGTERM with the pay model's projections, as Evaluate does.
std::vector<Finding> RunWithProjections(const Case& c, const PayProjection& offer, const PayProjection* current) {
  const OfferMetrics metrics = ComputeMetrics(c.candidate, c.offers[0]);
  const OfferFacts facts = DeriveFacts(c, c.offers[0], metrics, *c.as_of);
  RuleContext ctx{c, c.offers[0], 0, metrics, facts, *c.as_of, {}, {}};
  ctx.projection = &offer;
  ctx.current_projection = current;
  return RunEvalLongterm(ctx);
}

TEST(EvalLongtermTest, AlignedOfferMovesCloserAsAPositive) {
  const auto findings = RunRule(RunEvalLongterm, AlignedCase());
  ASSERT_EQ(findings.size(), 1u);
  const Finding f = FindingWithCode(findings, "longterm.closer");
  EXPECT_EQ(walkaway::core::ToString(f.rule()), "EVAL-LONGTERM");
  EXPECT_EQ(f.severity, Severity::kPositive);
  EXPECT_EQ(f.channel, Channel::kTerms);
  EXPECT_TRUE(Contains(f.message, "Over the next year this offer moves you closer to your goals: pay is"));
  EXPECT_TRUE(Contains(f.message, "a step up from Engineer to Senior Engineer"));
  EXPECT_TRUE(Contains(f.advice, "Pay by year (middle estimate, EUR): 109k against 83k staying."));
  EXPECT_TRUE(Contains(f.advice, "the usual rate of about 10% a year"));
}

TEST(EvalLongtermTest, PayPathFromTheProjectionsIsShown) {
  Case c = AlignedCase();
  c.candidate.goals.target_total = Money::FromUnits(104'000);
  const PayProjection offer = Projection("acme", {100'000, 104'000, 108'000});
  const PayProjection current = Projection("current", {83'000, 85'000, 87'000});
  const Finding f = FindingWithCode(RunWithProjections(c, offer, &current), "longterm.closer");
  EXPECT_TRUE(Contains(f.message, "Over the next 3 years"));
  EXPECT_TRUE(Contains(f.message, "pay reaches your target of 104k EUR in year 2"));
  EXPECT_TRUE(Contains(f.advice, "Pay by year (middle estimate, EUR): 100k, 104k, 108k against 83k, 85k, 87k staying."));
  EXPECT_TRUE(Contains(f.advice, "A promotion within 3 years: about 27%"));
}

TEST(EvalLongtermTest, PromotionScenarioIsQuoted) {
  Case c = AlignedCase();
  c.offers[0].promotion = Promotion{60, 12, 10};
  const PayProjection offer = Projection("acme", {100'000, 104'000, 108'000});
  const Finding f = FindingWithCode(RunWithProjections(c, offer, nullptr), "longterm.closer");
  EXPECT_TRUE(Contains(f.advice, "about 60% by the offer's promotion scenario"));
  EXPECT_TRUE(Contains(f.message, "60% odds of a promotion"));
}

TEST(EvalLongtermTest, FurtherIsMinorWithReasons) {
  Case c = AlignedCase();
  c.candidate.situation.current.title = "Staff Engineer";
  c.offers[0].progression.ladder_shared = false;
  const PayProjection offer = Projection("acme", {70'000, 72'000, 74'000});
  const PayProjection current = Projection("current", {83'000, 85'000, 87'000});
  const auto findings = RunWithProjections(c, offer, &current);
  const Finding f = FindingWithCode(findings, "longterm.further");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_TRUE(Contains(f.message, "moves you further from your goals"));
  EXPECT_TRUE(Contains(f.message, "lower than staying"));
  EXPECT_TRUE(Contains(f.message, "a step down from Staff Engineer to Senior Engineer"));
  EXPECT_TRUE(Contains(f.message, "no ladder shared"));
  EXPECT_FALSE(HasCode(findings, "longterm.closer"));
}

// Issue #12, class 11: a fixed term that ends inside the outlook is a reason of its own when there
// is no current pay to compare with, and its question is what comes after it.
TEST(EvalLongtermTest, AFixedTermEndingInsideTheOutlookIsAReasonWithAQuestion) {
  Case c = AlignedCase();
  c.offers[0].term_months = 6;
  const PayProjection offer = Projection("acme", {45'000, 0, 0});
  const auto findings = RunWithProjections(c, offer, nullptr);  // no current job's projection
  const Finding f = FindingWithCode(findings, "longterm.mixed");
  EXPECT_TRUE(Contains(f.message, "the contract ends after 6 months and no extension is written")) << f.message;
  EXPECT_EQ(f.question,
            "The contract ends after 6 months: is an extension or a permanent role planned, and will they put "
            "that in writing?");
  EXPECT_TRUE(std::any_of(f.evidence.begin(), f.evidence.end(), [](const Evidence& e) {
    return walkaway::core::FieldPath(e.field) == "offers[0].term_months";
  }));
  const PayProjection current = Projection("current", {83'000, 85'000, 87'000});
  const Finding with_job = FindingWithCode(RunWithProjections(c, offer, &current), "longterm.mixed");
  EXPECT_TRUE(Contains(with_job.message, "lower than staying over 3 years"));
  EXPECT_EQ(with_job.message.find("contract ends"), with_job.message.rfind("contract ends"))
      << "one fact, said once: " << with_job.message;
}

TEST(EvalLongtermTest, MixedNamesBothSides) {
  Case c = AlignedCase();
  c.offers[0].progression.promotion_criteria_written = false;
  const Finding f = FindingWithCode(RunRule(RunEvalLongterm, c), "longterm.mixed");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_TRUE(Contains(f.message, "closer in some ways (pay is"));
  EXPECT_TRUE(Contains(f.message, "further in others (there are no written promotion criteria"));
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].base");
}

TEST(EvalLongtermTest, NothingKnownIsUnclearWithAQuestion) {
  Case c = AlignedCase();
  c.offers[0].title.clear();
  c.offers[0].base.reset();
  c.offers[0].progression = Progression{};
  const Finding f = FindingWithCode(RunRule(RunEvalLongterm, c), "longterm.unclear");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_FALSE(f.question.empty());
  EXPECT_TRUE(Contains(f.advice, "The pay path is unknown"));
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0]");
}

TEST(EvalLongtermTest, NoGoalsIsAQuestionBesideTheOutlook) {
  Case c = AlignedCase();
  c.candidate.goals = Goals{};
  const auto findings = RunRule(RunEvalLongterm, c);
  const Finding f = FindingWithCode(findings, "longterm.no_goals");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_EQ(f.channel, Channel::kSelf);
  EXPECT_TRUE(Contains(f.question, "three years"));
  ASSERT_EQ(findings.size(), 2u);
  // Without goals there is no target to move toward: the reasons speak for themselves.
  EXPECT_TRUE(Contains(FindingWithCode(findings, "longterm.closer").message, "looks like a step forward: "));
}

TEST(EvalLongtermTest, LittleToMoveForwardWithoutGoalsIsSaidPlainly) {
  Case c = AlignedCase();
  c.candidate.goals = Goals{};
  c.candidate.situation.current.title = "Staff Engineer";
  c.candidate.situation.current.base = Money::FromUnits(150'000);
  c.offers[0].progression.ladder_shared = false;
  const Finding f = FindingWithCode(RunRule(RunEvalLongterm, c), "longterm.further");
  EXPECT_TRUE(Contains(f.message, "shows little to move you forward: ")) << f.message;
}

TEST(EvalLongtermTest, AnOutlookThePersonDisagreesWithIsNoPositive) {
  // REFLECT's "away from your goals" beside a positive "closer to your goals" contradicted the
  // person (issue #12, class 6): the outlook says so and stays minor.
  Case c = AlignedCase();
  c.reflection->moves_toward_goals = Answer::kNo;
  const auto findings = RunRule(RunEvalLongterm, c);
  const Finding f = FindingWithCode(findings, "longterm.closer");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_TRUE(Contains(f.message, "You answered that it does not move you toward your goals")) << f.message;
}

TEST(EvalLongtermTest, SkillNobodyMentionedBecomesAQuestion) {
  Case c = AlignedCase();
  c.candidate.goals.skills = {"mentoring"};
  const Finding f = FindingWithCode(RunRule(RunEvalLongterm, c), "longterm.closer");
  EXPECT_TRUE(Contains(f.advice, "Nothing in the offer mentions mentoring."));
  EXPECT_TRUE(Contains(f.question, "Will this role let you build mentoring?"));
}

TEST(EvalLongtermTest, SkillMentionedIsAReasonWithItsPlace) {
  Case c = AlignedCase();
  c.candidate.goals.skills = {"on-call"};
  const Finding f = FindingWithCode(RunRule(RunEvalLongterm, c), "longterm.closer");
  EXPECT_TRUE(Contains(f.message, "the role mentions on-call"));
  bool found = false;
  for (const Evidence& e : f.evidence) found = found || FieldPath(e.field) == "offers[0].interviews[0].notes";
  EXPECT_TRUE(found);
  EXPECT_TRUE(f.question.empty());
}

}  // namespace
}  // namespace walkaway::core
