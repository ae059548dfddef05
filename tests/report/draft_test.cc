// Message drafts: each kind filled with the case's facts, neutral wording for missing facts, and a
// clear error when a kind does not fit the offer.

#include "walkaway/report/draft.h"

#include <gtest/gtest.h>

#include "support/builders.h"
#include "walkaway/core/evaluate.h"

namespace walkaway::report {
namespace {

const core::Date kToday{2026, 11, 21};

// A draft is clean when nothing of a template shows: no braces, no doubled space, no empty quote
// or parentheses, no space before punctuation, no line ending in a space.
::testing::AssertionResult IsClean(const std::string& text) {
  for (std::string_view bad : {"{", "}", "  ", "\"\"", "''", "()", " ,", " .", " \n"}) {
    if (text.find(bad) != std::string::npos) {
      return ::testing::AssertionFailure() << "found \"" << bad << "\" in:\n" << text;
    }
  }
  if (text.empty() || text.back() != '\n') return ::testing::AssertionFailure() << "no final newline";
  return ::testing::AssertionSuccess();
}

struct Fixture {
  core::Case c = testing::AlignedCase();
  core::OfferEvaluation evaluation{};
  core::NegotiationPlan plan{};

  Fixture() {
    c.candidate.name = "Dana";
    evaluation.offer_id = c.offers[0].id;
  }
  // The facts are the judgement's, of the case as the test left it; the verdict is the test's.
  core::Result<std::string> Render(DraftKind kind, bool with_plan = false) {
    evaluation.facts = core::Evaluate(c, kToday, c.offers[0].id).offers.at(0).facts;
    DraftInput in{&c, &c.offers[0], &evaluation, with_plan ? &plan : nullptr, kToday};
    return RenderDraft(kind, in);
  }
};

core::Claim Verbal(std::string topic, std::string value, std::string source, std::string stage) {
  core::Claim k;
  k.topic = std::move(topic);
  k.value = std::move(value);
  k.source = std::move(source);
  k.stage = std::move(stage);
  return k;
}

TEST(DraftKindTest, ParsesEveryNameAndRejectsOthers) {
  for (std::string_view name : kDraftKindNames) {
    const std::optional<DraftKind> kind = ParseDraftKind(name);
    ASSERT_TRUE(kind.has_value()) << name;
    EXPECT_EQ(ToString(*kind), name);
  }
  EXPECT_FALSE(ParseDraftKind("counteroffer").has_value());
  EXPECT_FALSE(ParseDraftKind("").has_value());
}

TEST(DraftTest, LongDateSpellsTheMonth) { EXPECT_EQ(LongDate(core::Date{2026, 12, 8}), "8 December 2026"); }

TEST(DraftTest, ExtensionAsksForAWeekAfterTheDeadlineWithAReason) {
  Fixture f;
  f.c.offers[0].deadline = core::Date{2026, 12, 1};
  const auto text = f.Render(DraftKind::kExtension);
  ASSERT_TRUE(text) << text.error().message;
  EXPECT_NE(text->find("until 8 December 2026"), std::string::npos) << *text;
  EXPECT_NE(text->find("instead of 1 December 2026"), std::string::npos);
  EXPECT_NE(text->find("Dear Acme team,"), std::string::npos);
  EXPECT_NE(text->find("Best regards,\nDana\n"), std::string::npos);
  EXPECT_TRUE(IsClean(*text));
}

TEST(DraftTest, ExtensionUsesThePlansDateWhenItHasOne) {
  Fixture f;
  f.plan.reaches_accept = true;
  f.plan.asks.push_back({core::Extension{core::Date{2026, 12, 20}}, {}, {}});
  const auto text = f.Render(DraftKind::kExtension, true);
  ASSERT_TRUE(text);
  EXPECT_NE(text->find("until 20 December 2026"), std::string::npos) << *text;
}

TEST(DraftTest, ExtensionAfterARefusalDoesNotFit) {
  Fixture f;
  f.c.offers[0].extension = core::ExtensionStatus::kRefused;
  const auto text = f.Render(DraftKind::kExtension);
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_NE(text.error().message.find("refused"), std::string::npos);
  EXPECT_FALSE(text.error().hint.empty());
}

TEST(DraftTest, ConfirmQuotesEachVerbalClaimAsItWasSaid) {
  Fixture f;
  f.c.offers[0].claims.push_back(Verbal("work_mode", "remote on Fridays is fine", "hiring manager", "onsite"));
  f.c.offers[0].claims.push_back(Verbal("promotion", "a senior title within a year", "recruiter", ""));
  const auto text = f.Render(DraftKind::kConfirm);
  ASSERT_TRUE(text) << text.error().message;
  EXPECT_NE(text->find("- \"remote on Fridays is fine\" (hiring manager, at the onsite)\n"), std::string::npos)
      << *text;
  EXPECT_NE(text->find("- \"a senior title within a year\" (recruiter)\n"), std::string::npos);
  EXPECT_TRUE(IsClean(*text));
}

TEST(DraftTest, ConfirmWithoutVerbalClaimsDoesNotFit) {
  Fixture f;
  core::Claim written = Verbal("title", "Senior Engineer", "offer letter", "offer");
  written.written = true;
  f.c.offers[0].claims.push_back(written);
  const auto text = f.Render(DraftKind::kConfirm);
  ASSERT_FALSE(text);
  EXPECT_NE(text.error().message.find("no verbal claim"), std::string::npos);
}

TEST(DraftTest, CounterListsThePlansAsksWithTheCurrentFigure) {
  Fixture f;
  f.c.offers[0].base = core::Money::FromUnits(81'000);
  f.plan.reaches_accept = true;
  f.plan.asks.push_back({core::PayAtLeast{core::PayMeasure::kBase, core::Money::FromUnits(85'000), "EUR"},
                         core::Money::FromUnits(4'000), {}});
  f.plan.asks.push_back({core::OfficeDaysAtMost{2}, {}, {}});
  const auto text = f.Render(DraftKind::kCounter, true);
  ASSERT_TRUE(text) << text.error().message;
  EXPECT_NE(text->find("- a base salary of 85,000 EUR (the offer states 81,000 EUR)\n"), std::string::npos) << *text;
  EXPECT_NE(text->find("- at most 2 office days a week, in the offer letter\n"), std::string::npos);
  EXPECT_NE(text->find("would be glad to accept"), std::string::npos);
  EXPECT_TRUE(IsClean(*text));
}

TEST(DraftTest, CounterFallsBackToTheVerdictsAsksWithoutAFullPlan) {
  Fixture f;
  f.evaluation.verdict.asks.push_back(core::SecondConversation{});
  const auto text = f.Render(DraftKind::kCounter, true);
  ASSERT_TRUE(text);
  EXPECT_NE(text->find("- a second conversation with the manager or a team member\n"), std::string::npos);
}

TEST(DraftTest, CounterWithNothingToAskDoesNotFit) {
  Fixture f;
  f.evaluation.verdict.decision = core::Decision::kAccept;
  const auto text = f.Render(DraftKind::kCounter, true);
  ASSERT_FALSE(text);
  EXPECT_NE(text.error().message.find("nothing to ask for"), std::string::npos);
  EXPECT_NE(text.error().message.find("ACCEPT"), std::string::npos);
}

TEST(DraftTest, DeclineIsGracefulAndKeepsTheDoorOpen) {
  Fixture f;
  const auto text = f.Render(DraftKind::kDecline);
  ASSERT_TRUE(text);
  EXPECT_NE(text->find("not to accept"), std::string::npos);
  EXPECT_NE(text->find("stay in touch"), std::string::npos);
  EXPECT_TRUE(IsClean(*text));
}

TEST(DraftTest, AcceptRestatesTheKeyTermsAndTheVerbalOnes) {
  Fixture f;
  core::Offer& o = f.c.offers[0];
  o.start_date = core::Date{2027, 1, 4};
  o.bonus = core::Bonus{10, false};
  o.claims.push_back(Verbal("other", "a laptop of my choice", "recruiter", "screen"));
  const auto text = f.Render(DraftKind::kAccept);
  ASSERT_TRUE(text);
  EXPECT_NE(text->find("- Base salary: 90,000 EUR a year\n"), std::string::npos) << *text;
  EXPECT_NE(text->find("- Bonus: 10% of base as a target\n"), std::string::npos);
  EXPECT_NE(text->find("- Start date: 4 January 2027\n"), std::string::npos);
  EXPECT_NE(text->find("- \"a laptop of my choice\" (recruiter, at the screen)\n"), std::string::npos);
  EXPECT_NE(text->find("starting on 4 January 2027."), std::string::npos);
  EXPECT_TRUE(IsClean(*text));
}

// Issue #12, class 8: an acceptance lists every term the person counts on, the equity grant
// among them, as the case gives it (shares, strike, vesting, exercise window).
TEST(DraftTest, AcceptListsTheEquityGrantWithEveryTermTheCaseGives) {
  Fixture f;
  core::Equity e;
  e.kind = core::EquityKind::kOptions;
  e.shares = 40'000;
  e.strike = 1.2;
  e.vesting.years = 4;
  e.vesting.cliff_months = 12;
  e.exercise_window_days = 90;
  f.c.offers[0].equity = e;
  f.c.offers[0].work.on_call = false;
  const auto text = f.Render(DraftKind::kAccept);
  ASSERT_TRUE(text);
  EXPECT_NE(text->find("- Stock options: 40,000 shares, a strike price of 1.20 EUR a share, vesting over 4 years "
                       "with a 12-month cliff, 90 days to exercise after leaving\n"),
            std::string::npos)
      << *text;
  EXPECT_NE(text->find(", no on-call\n"), std::string::npos) << *text;
  EXPECT_TRUE(IsClean(*text));
}

// Issue #12, item 4: a counter that asks for pay says why, from what the case knows: the market
// figure when the offered base is below the median, and another offer's pay only with consent.
TEST(DraftTest, APayCounterCitesTheMarketWhenTheBaseIsBelowTheMedian) {
  Fixture f;
  f.plan.reaches_accept = true;
  f.plan.asks.push_back({core::PayAtLeast{core::PayMeasure::kBase, core::Money::FromUnits(95'000), "EUR"},
                         core::Money::FromUnits(5'000), {}});
  core::MarketPosition m;
  m.comparable = true;
  m.percentile = 31;
  m.summary = "31st percentile of 120 data engineer salaries in DE, 2025 (median 98,000 EUR)";
  f.evaluation.metrics.market = m;
  auto text = f.Render(DraftKind::kCounter, true);
  ASSERT_TRUE(text);
  EXPECT_NE(text->find("For context: published salary data puts the offered base at the 31st percentile"),
            std::string::npos)
      << *text;
  EXPECT_TRUE(IsClean(*text));
  f.evaluation.metrics.market->bound = core::MarketPosition::Bound::kBelowLowest;
  f.evaluation.metrics.market->percentile = 10;
  f.evaluation.metrics.market->summary = "below the 10th percentile of 120 data engineer salaries in DE, 2025";
  text = f.Render(DraftKind::kCounter, true);
  ASSERT_TRUE(text);
  EXPECT_NE(text->find("puts the offered base below the 10th percentile"), std::string::npos) << *text;
  f.evaluation.metrics.market->bound = core::MarketPosition::Bound::kWithin;
  f.evaluation.metrics.market->percentile = 60;  // above the median: no help to the ask, not cited
  text = f.Render(DraftKind::kCounter, true);
  ASSERT_TRUE(text);
  EXPECT_EQ(text->find("For context"), std::string::npos) << *text;
}

TEST(DraftTest, APayCounterCitesAnotherOffersPayOnlyWithConsentAndNeverItsName) {
  Fixture f;
  core::Offer other = f.c.offers[0];
  other.id = "globex";
  other.company = "Globex";
  other.base = core::Money::FromUnits(99'000);
  f.c.offers.push_back(other);
  f.plan.reaches_accept = true;
  f.plan.asks.push_back({core::PayAtLeast{core::PayMeasure::kBase, core::Money::FromUnits(95'000), "EUR"},
                         core::Money::FromUnits(5'000), {}});
  auto text = f.Render(DraftKind::kCounter, true);
  ASSERT_TRUE(text);
  EXPECT_EQ(text->find("another offer"), std::string::npos) << "no consent given:\n" << *text;
  f.c.offers[0].negotiation.cite_other_offers = true;
  text = f.Render(DraftKind::kCounter, true);
  ASSERT_TRUE(text);
  EXPECT_NE(text->find("I also hold another offer with a base salary of 99,000 EUR"), std::string::npos) << *text;
  EXPECT_EQ(text->find("Globex"), std::string::npos) << *text;
  EXPECT_TRUE(IsClean(*text));
}

// Issue #12, class 8: a boast is no term to write into a letter, and vague words are asked about,
// not asked for.
TEST(DraftTest, ConfirmNeverAsksToWriteABoastAndAsksWhatVagueWordsMean) {
  Fixture f;
  core::Offer& o = f.c.offers[0];
  o.claims.push_back(Verbal("equity", "at our next valuation your options will make you rich", "CEO", "final"));
  o.claims.push_back(Verbal("other", "a laptop of my choice", "recruiter", "screen"));
  o.claims.push_back(Verbal("base", "we could revisit your salary in the future", "recruiter", "offer"));
  const auto text = f.Render(DraftKind::kConfirm);
  ASSERT_TRUE(text) << text.error().message;
  EXPECT_EQ(text->find("make you rich"), std::string::npos) << *text;
  EXPECT_NE(text->find("- \"a laptop of my choice\" (recruiter, at the screen)\n"), std::string::npos) << *text;
  const size_t ask_meaning = text->find("what exactly it means");
  ASSERT_NE(ask_meaning, std::string::npos) << *text;
  EXPECT_GT(text->find("we could revisit your salary"), ask_meaning) << *text;
  EXPECT_TRUE(IsClean(*text));
}

TEST(DraftTest, ABoastAloneIsNothingToConfirm) {
  Fixture f;
  f.c.offers[0].claims.push_back(Verbal("equity", "we will be a unicorn in two years", "CEO", "final"));
  EXPECT_FALSE(f.Render(DraftKind::kConfirm));
}

TEST(DraftTest, AcceptDoesNotRestateTheLettersWorkModeBesideASpokenOne) {
  Fixture f;
  core::Offer& o = f.c.offers[0];
  o.work.mode = core::WorkMode::kOnsite;
  o.claims.push_back(Verbal("work_mode", "fully remote", "hiring manager", "final"));
  const auto text = f.Render(DraftKind::kAccept);
  ASSERT_TRUE(text);
  EXPECT_EQ(text->find("onsite"), std::string::npos) << *text;
  EXPECT_NE(text->find("\"fully remote\""), std::string::npos) << *text;
  EXPECT_TRUE(IsClean(*text));
}

TEST(DraftTest, MissingFactsFallBackToNeutralWording) {
  Fixture f;
  f.c.candidate.name.clear();
  core::Offer& o = f.c.offers[0];
  o.company.clear();
  o.title.clear();
  o.deadline.reset();
  o.base.reset();
  o.location.clear();
  o.benefits.clear();
  o.work = core::Work{};
  for (DraftKind kind : {DraftKind::kExtension, DraftKind::kDecline, DraftKind::kAccept}) {
    const auto text = f.Render(kind);
    ASSERT_TRUE(text) << ToString(kind);
    EXPECT_TRUE(IsClean(*text)) << ToString(kind);
    EXPECT_NE(text->find("Hello,"), std::string::npos) << *text;
    EXPECT_NE(text->find("the role"), std::string::npos) << *text;
    EXPECT_TRUE(text->ends_with("Best regards\n")) << *text;
    EXPECT_NE(text->find("Subject: Your offer:"), std::string::npos) << *text;
  }
}

}  // namespace
}  // namespace walkaway::report
