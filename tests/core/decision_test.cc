// The verdict combiner (core::Decide, src/core/decision.cc) on hand-made gates and findings: every
// row and rule of docs/verdict.md, without running a single rule.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/builders.h"
#include "walkaway/core/evaluate.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;

// The fixed sentences of decision.cc, so a test fails when one is dropped or reworded.
constexpr std::string_view kUnknownGateReason = "Some of your non-negotiables cannot be checked with what you know yet.";
constexpr std::string_view kCloseCallReason = "Close call: the pay gap is larger than a typical negotiation closes.";
constexpr std::string_view kDefaultAcceptReason = "No red flag stands and every non-negotiable you set passes.";

Finding Blocker(std::string message, std::string question = {}) {
  return Finding{.code = Code::kNonnegFail, .severity = Severity::kBlocker, .message = std::move(message),
                 .question = std::move(question)};
}
Finding Major(std::string message, std::optional<Ask> ask = {}, std::string question = {}) {
  return Finding{.code = Code::kPayBelowFloorNegotiable, .severity = Severity::kMajor, .message = std::move(message),
                 .ask = std::move(ask), .question = std::move(question)};
}
Finding Minor(std::string message, std::optional<Ask> ask = {}, std::string question = {}) {
  return Finding{.code = Code::kVagueWording, .severity = Severity::kMinor, .message = std::move(message),
                 .ask = std::move(ask), .question = std::move(question)};
}
Finding Positive(std::string message) {
  return Finding{.code = Code::kNonnegAllPass, .severity = Severity::kPositive, .message = std::move(message)};
}
GateResult Gate(GateStatus status) { return GateResult{.name = "base_min", .status = status}; }

const Ask kHours = HoursAtMost{45};

// Decide for the aligned case's offer, whose five completeness facts are all known.
Verdict DecideAligned(const std::vector<GateResult>& gates, const std::vector<Finding>& findings) {
  const Case c = AlignedCase();
  return Decide(c, c.offers[0], gates, findings);
}

std::vector<std::string> Strings(std::initializer_list<std::string_view> items) {
  return std::vector<std::string>(items.begin(), items.end());
}

TEST(DecideTest, DecisionFollowsTheRubric) {
  struct Row {
    const char* name;
    std::vector<GateResult> gates;
    std::vector<Finding> findings;
    Decision decision;
  };
  const Row rows[] = {
      {"nothing at all", {}, {}, Decision::kAccept},
      {"every gate passes", {Gate(GateStatus::kPass)}, {}, Decision::kAccept},
      {"minor flags are never decisive", {Gate(GateStatus::kPass)}, {Minor("m1"), Minor("m2")}, Decision::kAccept},
      {"any blocker walks away", {Gate(GateStatus::kPass)}, {Blocker("b")}, Decision::kWalkAway},
      {"a blocker outweighs an unknown gate and an unaskable major",
       {Gate(GateStatus::kUnknown)},
       {Major("no ask"), Blocker("b"), Major("with ask", kHours)},
       Decision::kWalkAway},
      {"an unknown gate is not yet", {Gate(GateStatus::kPass), Gate(GateStatus::kUnknown)}, {}, Decision::kNotYet},
      {"an unknown gate outweighs asks", {Gate(GateStatus::kUnknown)}, {Major("a", kHours)}, Decision::kNotYet},
      {"a major flag without an ask is not yet", {}, {Major("a")}, Decision::kNotYet},
      {"one major without an ask among askable ones", {}, {Major("a", kHours), Major("b")}, Decision::kNotYet},
      {"a question does not close a major flag", {}, {Major("a", std::nullopt, "q?")}, Decision::kNotYet},
      {"every major flag has an ask", {Gate(GateStatus::kPass)}, {Major("a", kHours)}, Decision::kNegotiate},
      {"two askable majors and a minor", {}, {Major("a", kHours), Minor("m"), Major("b", Extension{})},
       Decision::kNegotiate},
      {"a gate failing by a negotiable margin", {Gate(GateStatus::kFail)},
       {Major("negotiable gap", PayAtLeast{})}, Decision::kNegotiate},
      {"positives accept", {}, {Positive("p")}, Decision::kAccept},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    EXPECT_EQ(DecideAligned(row.gates, row.findings).decision, row.decision);
  }
}

TEST(DecideTest, AnyBlockerWalksAway) {
  // Whatever rule raised it, as long as the registry says the rule weighs on the verdict.
  for (const CodeProperties& code : AllCodeProperties()) {
    if (!CountsTowardVerdict(code.rule)) continue;
    SCOPED_TRACE(code.name);
    const Verdict v = DecideAligned({}, {Finding{.code = code.code, .severity = Severity::kBlocker, .message = "b"}});
    EXPECT_EQ(v.decision, Decision::kWalkAway);
  }
}

TEST(DecideTest, FindingsOfRulesThatDoNotCountNeverChangeTheVerdict) {
  // MINDSET is the one rule the registry keeps out of the verdict; none of its codes weighs,
  // at any severity, with or without an ask or a question.
  ASSERT_FALSE(CountsTowardVerdict(RuleId::kMindset));
  int not_counted = 0;
  for (const CodeProperties& code : AllCodeProperties()) {
    if (CountsTowardVerdict(code.rule)) continue;
    ++not_counted;
    SCOPED_TRACE(code.name);
    for (Severity severity : {Severity::kBlocker, Severity::kMajor, Severity::kPositive}) {
      const Finding f{.code = code.code, .severity = severity, .message = "reminder", .ask = kHours,
                      .question = "q?"};
      const Verdict v = DecideAligned({Gate(GateStatus::kPass)}, {f});
      EXPECT_EQ(v.decision, Decision::kAccept);
      EXPECT_EQ(v.reasons, Strings({kDefaultAcceptReason}));
      EXPECT_TRUE(v.asks.empty());
      EXPECT_TRUE(v.questions.empty());
      EXPECT_DOUBLE_EQ(v.confidence, 0.70);  // no positive counted
    }
  }
  EXPECT_GT(not_counted, 0);
}

TEST(DecideTest, WalkAwayGivesBlockersThenMajorsAsReasonsAndNoAsks) {
  const Verdict v = DecideAligned(
      {}, {Major("major 1", kHours, "q major?"), Blocker("blocker 1", "q blocker?"), Minor("minor", Extension{}),
           Blocker("blocker 2"), Positive("positive")});
  EXPECT_EQ(v.decision, Decision::kWalkAway);
  EXPECT_EQ(v.reasons, Strings({"blocker 1", "blocker 2", "major 1"}));
  // Walking away is the advice: the asks are cleared, the questions stay (blockers' first).
  EXPECT_TRUE(v.asks.empty());
  EXPECT_EQ(v.questions, Strings({"q blocker?", "q major?"}));
}

TEST(DecideTest, NotYetOnAnUnknownGateLeadsWithThatReasonAndKeepsTheAsks) {
  const Verdict v = DecideAligned({Gate(GateStatus::kUnknown)}, {Major("major 1", kHours, "q?")});
  EXPECT_EQ(v.decision, Decision::kNotYet);
  EXPECT_EQ(v.reasons, Strings({kUnknownGateReason, "major 1"}));
  EXPECT_EQ(v.asks, std::vector<Ask>{kHours});  // the asks that will matter afterwards
  EXPECT_EQ(v.questions, Strings({"q?"}));
}

TEST(DecideTest, NotYetOnAMajorWithoutAnAskListsTheMajorsAndTheOtherAsks) {
  const Verdict v = DecideAligned({Gate(GateStatus::kPass)},
                                  {Major("askable", kHours), Major("unaskable", std::nullopt, "What is it?")});
  EXPECT_EQ(v.decision, Decision::kNotYet);
  EXPECT_EQ(v.reasons, Strings({"askable", "unaskable"}));
  EXPECT_EQ(v.asks, std::vector<Ask>{kHours});
  EXPECT_EQ(v.questions, Strings({"What is it?"}));
}

TEST(DecideTest, NegotiateListsEveryMajorsAskInOrder) {
  const Ask extension = Extension{Date{2026, 12, 10}};
  const Verdict v = DecideAligned({Gate(GateStatus::kPass)},
                                  {Major("hours", kHours), Minor("minor", OfficeDaysAtMost{1}, "minor q?"),
                                   Major("deadline", extension), Positive("good")});
  EXPECT_EQ(v.decision, Decision::kNegotiate);
  EXPECT_EQ(v.reasons, Strings({"hours", "deadline"}));  // positives and minors are not reasons here
  EXPECT_EQ(v.asks, (std::vector<Ask>{kHours, extension}));  // a minor flag's ask is not one of them
  EXPECT_TRUE(v.questions.empty());                          // nor is its question
  EXPECT_DOUBLE_EQ(v.confidence, 0.75);
}

TEST(DecideTest, ACloseCallNegotiatesWithItsReasonFirstAndLowerConfidence) {
  Finding close = Major("pay gap 12%", PayAtLeast{PayMeasure::kBase, Money::FromUnits(85'000), "EUR"});
  close.code = Code::kNonnegFailCloseCall;
  const Verdict v = DecideAligned({Gate(GateStatus::kFail)}, {close, Major("hours", kHours)});
  EXPECT_EQ(v.decision, Decision::kNegotiate);
  EXPECT_EQ(v.reasons, Strings({kCloseCallReason, "pay gap 12%", "hours"}));
  // A failed gate is a known fact: the case is complete and the confidence is the clarity, 0.55.
  EXPECT_DOUBLE_EQ(v.confidence, 0.55);
  // The same gap as an ordinary negotiable one reads firmer.
  close.code = Code::kNonnegFailNegotiable;
  const Verdict plain = DecideAligned({Gate(GateStatus::kFail)}, {close, Major("hours", kHours)});
  EXPECT_EQ(plain.reasons, Strings({"pay gap 12%", "hours"}));
  EXPECT_DOUBLE_EQ(plain.confidence, 0.75);
}

TEST(DecideTest, ACloseCallCodeOnAMinorFindingIsNoCloseCall) {
  Finding close = Minor("a close call noted in passing");
  close.code = Code::kNonnegFailCloseCall;
  const Verdict v = DecideAligned({}, {close, Major("hours", kHours)});
  EXPECT_EQ(v.decision, Decision::kNegotiate);
  EXPECT_EQ(v.reasons, Strings({"hours"}));
  EXPECT_DOUBLE_EQ(v.confidence, 0.75);
}

TEST(DecideTest, AcceptGivesThePositivesAsReasons) {
  const Verdict v = DecideAligned({Gate(GateStatus::kPass)}, {Positive("p1"), Minor("minor"), Positive("p2")});
  EXPECT_EQ(v.decision, Decision::kAccept);
  EXPECT_EQ(v.reasons, Strings({"p1", "p2"}));
  EXPECT_TRUE(v.asks.empty());
}

TEST(DecideTest, AcceptWithoutPositivesGivesTheDefaultReason) {
  const Verdict v = DecideAligned({Gate(GateStatus::kPass)}, {Minor("minor", kHours, "minor q?")});
  EXPECT_EQ(v.decision, Decision::kAccept);
  EXPECT_EQ(v.reasons, Strings({kDefaultAcceptReason}));
  EXPECT_TRUE(v.asks.empty());
  EXPECT_TRUE(v.questions.empty());
}

TEST(DecideTest, ReasonsAreCappedAtFive) {
  std::vector<Finding> blockers;
  for (int i = 1; i <= 4; ++i) blockers.push_back(Blocker("blocker " + std::to_string(i)));
  blockers.push_back(Major("major 1"));
  blockers.push_back(Major("major 2"));
  EXPECT_EQ(DecideAligned({}, blockers).reasons,
            Strings({"blocker 1", "blocker 2", "blocker 3", "blocker 4", "major 1"}));

  std::vector<Finding> positives;
  for (int i = 1; i <= 7; ++i) positives.push_back(Positive("p" + std::to_string(i)));
  EXPECT_EQ(DecideAligned({}, positives).reasons, Strings({"p1", "p2", "p3", "p4", "p5"}));

  // The close-call sentence counts among the five.
  Finding close = Major("close", kHours);
  close.code = Code::kNonnegFailCloseCall;
  std::vector<Finding> negotiate = {close};
  for (int i = 1; i <= 5; ++i) {
    negotiate.push_back(Major("m" + std::to_string(i), PayAtLeast{PayMeasure::kBase, Money::FromUnits(90'000 + i), "EUR"}));
  }
  EXPECT_EQ(DecideAligned({}, negotiate).reasons, Strings({kCloseCallReason, "close", "m1", "m2", "m3"}));
}

// Issue #12, class 1: two majors that one ask answers (a spoken "fully remote" failing both the
// work-mode and the place lines) are one reason; both findings stay.
TEST(DecideTest, MajorsThatOneAskAnswersAreOneReason) {
  const Ask in_writing = ClaimsInWriting{{ClaimRef{0, "work_mode", "fully remote", "hiring manager", "final"}}};
  const Verdict v = DecideAligned({}, {Major("work mode line", in_writing), Major("place line", in_writing),
                                       Major("hours", kHours)});
  EXPECT_EQ(v.decision, Decision::kNegotiate);
  EXPECT_EQ(v.reasons, Strings({"work mode line", "hours"}));
  EXPECT_EQ(v.asks.size(), 2u);
}

TEST(DecideTest, QuestionsAreUniqueAndCappedAtSix) {
  std::vector<Finding> findings;
  findings.push_back(Major("m0", std::nullopt, "q major 0?"));
  for (int i = 1; i <= 7; ++i) findings.push_back(Blocker("b", "q blocker " + std::to_string(i) + "?"));
  findings.push_back(Blocker("b", "q blocker 1?"));  // the same question twice is asked once
  const Verdict v = DecideAligned({}, findings);
  EXPECT_EQ(v.questions, Strings({"q blocker 1?", "q blocker 2?", "q blocker 3?", "q blocker 4?", "q blocker 5?",
                                  "q blocker 6?"}));

  const Verdict few = DecideAligned({}, {Major("a", std::nullopt, "same?"), Major("b", std::nullopt, "same?")});
  EXPECT_EQ(few.questions, Strings({"same?"}));
}

ClaimRef Promise(int index, std::string value) {
  return ClaimRef{.index = index, .topic = "promotion", .value = std::move(value), .source = "recruiter"};
}

TEST(DecideTest, AsksAreDeduplicated) {
  const Ask claims_1_2 = ClaimsInWriting{{Promise(1, "one"), Promise(2, "two")}};
  const Ask answer_3 = WrittenAnswer{.topic = "title", .value = "Staff", .claim = Promise(3, "three")};
  struct Row {
    const char* name;
    std::vector<Ask> asks;      // one major finding each, in this order
    std::vector<Ask> expected;  // what the verdict lists
  };
  const Row rows[] = {
      {"the same ask twice", {kHours, kHours}, {kHours}},
      {"two hours caps keep the first", {HoursAtMost{40}, HoursAtMost{45}}, {HoursAtMost{40}}},
      {"two extensions keep the first",
       {Extension{Date{2026, 12, 10}}, Extension{Date{2026, 12, 20}}},
       {Extension{Date{2026, 12, 10}}}},
      {"two office-day caps are two asks", {OfficeDaysAtMost{2}, OfficeDaysAtMost{1}},
       {OfficeDaysAtMost{2}, OfficeDaysAtMost{1}}},
      {"two pay floors are two asks",
       {PayAtLeast{PayMeasure::kBase, Money::FromUnits(85'000), "EUR"},
        PayAtLeast{PayMeasure::kFirstYearTotal, Money::FromUnits(100'000), "EUR"}},
       {PayAtLeast{PayMeasure::kBase, Money::FromUnits(85'000), "EUR"},
        PayAtLeast{PayMeasure::kFirstYearTotal, Money::FromUnits(100'000), "EUR"}}},
      {"claims an earlier ask already names", {claims_1_2, ClaimsInWriting{{Promise(2, "two")}}}, {claims_1_2}},
      {"a claim a written answer already names", {answer_3, ClaimsInWriting{{Promise(3, "three")}}}, {answer_3}},
      {"claims named across several earlier asks",
       {claims_1_2, answer_3, ClaimsInWriting{{Promise(1, "one"), Promise(3, "three")}}},
       {claims_1_2, answer_3}},
      {"a claim not named yet keeps the ask",
       {claims_1_2, ClaimsInWriting{{Promise(2, "two"), Promise(4, "four")}}},
       {claims_1_2, ClaimsInWriting{{Promise(2, "two"), Promise(4, "four")}}}},
      {"every promise asked twice", {ClaimsInWriting{}, ClaimsInWriting{}}, {ClaimsInWriting{}}},
      {"growth items an earlier ask already names",
       {GrowthInWriting{{GrowthItem::kLadder, GrowthItem::kCriteria}}, GrowthInWriting{{GrowthItem::kCriteria}}},
       {GrowthInWriting{{GrowthItem::kLadder, GrowthItem::kCriteria}}}},
      {"growth items named across several earlier asks",
       {GrowthInWriting{{GrowthItem::kLadder}}, GrowthInWriting{{GrowthItem::kLearningBudget}},
        GrowthInWriting{{GrowthItem::kLearningBudget, GrowthItem::kLadder}}},
       {GrowthInWriting{{GrowthItem::kLadder}}, GrowthInWriting{{GrowthItem::kLearningBudget}}}},
      {"a growth item not named yet keeps the ask",
       {GrowthInWriting{{GrowthItem::kLadder}}, GrowthInWriting{{GrowthItem::kLadder, GrowthItem::kMentor}}},
       {GrowthInWriting{{GrowthItem::kLadder}}, GrowthInWriting{{GrowthItem::kLadder, GrowthItem::kMentor}}}},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    std::vector<Finding> findings;
    for (const Ask& ask : row.asks) findings.push_back(Major("m", ask));
    const Verdict v = DecideAligned({}, findings);
    EXPECT_EQ(v.decision, Decision::kNegotiate);
    EXPECT_EQ(v.asks, row.expected);
  }
}

TEST(DecideTest, ConfidenceIsClarityWhenTheCaseIsComplete) {
  // The aligned offer gives every fact and every gate passes: completeness 1, confidence = clarity.
  struct Row {
    const char* name;
    std::vector<Finding> findings;
    double confidence;
  };
  const auto blockers = [](int n) { return std::vector<Finding>(static_cast<size_t>(n), Blocker("b")); };
  const auto positives = [](int n) { return std::vector<Finding>(static_cast<size_t>(n), Positive("p")); };
  const Row rows[] = {
      {"walk away, one blocker", blockers(1), 0.80},
      {"walk away, two blockers", blockers(2), 0.85},
      {"walk away, four blockers", blockers(4), 0.95},
      {"walk away, six blockers: capped", blockers(6), 0.95},
      {"negotiate", {Major("m", kHours)}, 0.75},
      {"not yet", {Major("m")}, 0.70},
      {"accept, no positive", {}, 0.70},
      {"accept, two positives", positives(2), 0.80},
      {"accept, four positives", positives(4), 0.90},
      {"accept, seven positives: capped", positives(7), 0.90},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    EXPECT_DOUBLE_EQ(DecideAligned({Gate(GateStatus::kPass)}, row.findings).confidence, row.confidence);
  }
}

TEST(DecideTest, ConfidenceFallsWithEachMissingFact) {
  // clarity x (0.6 + 0.4 x completeness); completeness counts every gate that is known and five
  // facts: base salary, deadline, expected hours, the interview journal, a reflection.
  struct Row {
    const char* name;
    void (*change)(Case&);
    double confidence;  // of an ACCEPT without positives (clarity 0.70), no gates
  };
  const Row rows[] = {
      {"complete", [](Case&) {}, 0.70},
      {"no base", [](Case& c) { c.offers[0].base.reset(); }, 0.64},
      {"no deadline", [](Case& c) { c.offers[0].deadline.reset(); }, 0.64},
      {"no expected hours", [](Case& c) { c.offers[0].work.expected_weekly_hours.reset(); }, 0.64},
      {"no interview", [](Case& c) { c.offers[0].interviews.clear(); }, 0.64},
      {"no reflection", [](Case& c) { c.reflection.reset(); }, 0.64},
      {"the offer's own reflection counts",
       [](Case& c) {
         c.offers[0].reflection = c.reflection;
         c.reflection.reset();
       },
       0.70},
      {"nothing known",
       [](Case& c) {
         Offer& o = c.offers[0];
         o.base.reset();
         o.deadline.reset();
         o.work.expected_weekly_hours.reset();
         o.interviews.clear();
         c.reflection.reset();
       },
       0.42},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    Case c = AlignedCase();
    row.change(c);
    EXPECT_DOUBLE_EQ(Decide(c, c.offers[0], {}, {}).confidence, row.confidence);
  }
}

TEST(DecideTest, UnknownGatesLowerCompleteness) {
  // NOT YET (0.70); 2 gates (1 known) and 5 facts: 6 of 7 known: 0.7 x (0.6 + 0.4 x 6/7) = 0.66.
  EXPECT_DOUBLE_EQ(DecideAligned({Gate(GateStatus::kPass), Gate(GateStatus::kUnknown)}, {}).confidence, 0.66);
  // A failed gate is known: NEGOTIATE (0.75) with 3 gates known and one fact missing: 7 of 8 known:
  // 0.75 x (0.6 + 0.4 x 7/8) = 0.7125 -> 0.71.
  Case c = AlignedCase();
  c.offers[0].deadline.reset();
  const Verdict v = Decide(c, c.offers[0], {Gate(GateStatus::kPass), Gate(GateStatus::kFail), Gate(GateStatus::kPass)},
                           {Major("m", kHours)});
  EXPECT_EQ(v.decision, Decision::kNegotiate);
  EXPECT_DOUBLE_EQ(v.confidence, 0.71);
}

}  // namespace
}  // namespace walkaway::core
