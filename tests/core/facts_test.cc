// The facts of an offer, derived once before the rules: one test per fact, each with the case it
// comes from and the case it does not.

#include "walkaway/core/facts.h"

#include <gtest/gtest.h>

#include "support/builders.h"
#include "walkaway/core/extract.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;

const Date kToday{2026, 11, 21};

// The facts of offers[0], its ledger augmented as Evaluate does.
OfferFacts FactsOf(const Case& c, Date today = kToday) {
  const Offer o = AugmentOffer(c, 0);
  return DeriveFacts(c, o, ComputeMetrics(c.candidate, o), today);
}

Document Letter(std::string text) { return Document{"offer_letter", "letter.txt", std::move(text)}; }

TEST(DueDateFactTest, GrantedExtensionWins) {
  Case c = AlignedCase();
  c.offers[0].deadline = Date{2026, 11, 25};
  c.offers[0].extension = ExtensionStatus::kGranted;
  c.offers[0].extended_to = Date{2026, 12, 2};
  const OfferFacts f = FactsOf(c);
  EXPECT_EQ(f.due, (Date{2026, 12, 2}));
  EXPECT_EQ(f.due_source, DueSource::kExtension);
}

TEST(DueDateFactTest, AnExtendedDateThatWasNotGrantedDoesNotCount) {
  Case c = AlignedCase();
  c.offers[0].deadline = Date{2026, 11, 25};
  c.offers[0].extension = ExtensionStatus::kAsked;
  c.offers[0].extended_to = Date{2026, 12, 2};
  const OfferFacts f = FactsOf(c);
  EXPECT_EQ(f.due, (Date{2026, 11, 25}));
  EXPECT_EQ(f.due_source, DueSource::kRecorded);
}

TEST(DueDateFactTest, RecordedDeadlineWinsOverTheLettersAndTheLetterQuotesTheSameDate) {
  Case c = AlignedCase();
  c.offers[0].deadline = Date{2026, 12, 2};
  c.offers[0].documents = {Letter("Please reply by 2 December 2026.")};
  const OfferFacts f = FactsOf(c);
  EXPECT_EQ(f.due_source, DueSource::kRecorded);
  ASSERT_TRUE(f.due_sentence.has_value());
  EXPECT_EQ(f.due_sentence->quote, "Please reply by 2 December 2026.");
  EXPECT_EQ(FieldPath(f.due_sentence->field), "offers[0].documents[0].text");
}

TEST(DueDateFactTest, WithoutARecordedDeadlineTheLettersIsDue) {
  Case c = AlignedCase();
  c.offers[0].deadline.reset();
  c.offers[0].documents = {Letter("Please reply by 30 November 2026.")};
  const OfferFacts f = FactsOf(c);
  EXPECT_EQ(f.due, (Date{2026, 11, 30}));
  EXPECT_EQ(f.due_source, DueSource::kDocument);
  EXPECT_EQ(f.document_deadline, (Date{2026, 11, 30}));
}

TEST(DueDateFactTest, NoDeadlineAnywhereMeansNoneAndTimeToAsk) {
  Case c = AlignedCase();
  c.offers[0].deadline.reset();
  const OfferFacts f = FactsOf(c);
  EXPECT_FALSE(f.due.has_value());
  EXPECT_EQ(f.due_source, DueSource::kNone);
  EXPECT_TRUE(f.time_to_ask);
}

TEST(DueDateFactTest, DaysLeftAndTimeToAsk) {
  Case c = AlignedCase();
  c.offers[0].received = Date{2026, 11, 18};
  c.offers[0].deadline = Date{2026, 11, 22};
  OfferFacts f = FactsOf(c);
  EXPECT_EQ(f.days_left, 1);
  EXPECT_EQ(f.days_to_decide, 4);
  EXPECT_TRUE(f.time_to_ask);
  c.offers[0].deadline = kToday;
  f = FactsOf(c);
  EXPECT_EQ(f.days_left, 0);
  EXPECT_FALSE(f.time_to_ask);
}

TEST(ReceivedFactTest, RecordedElseTheDateOfTheMessageThatSetTheDeadline) {
  Case c = AlignedCase();
  c.offers[0].received.reset();
  c.offers[0].deadline.reset();
  c.offers[0].documents = {{"recruiter_messages", "mail.txt", "Date: 18 Nov 2026\n\nWe need your answer by 25 November 2026."}};
  const OfferFacts f = FactsOf(c);
  EXPECT_EQ(f.received, (Date{2026, 11, 18}));
  EXPECT_TRUE(f.received_from_document);
  EXPECT_EQ(f.days_to_decide, 7);
}

TEST(WorkFactTest, OfficeDaysAsWrittenElseFromTheMode) {
  Case c = AlignedCase();
  c.offers[0].work.mode = WorkMode::kHybrid;
  c.offers[0].work.office_days = 3;
  EXPECT_EQ(FactsOf(c).office_days, 3);
  c.offers[0].work.office_days.reset();
  EXPECT_FALSE(FactsOf(c).office_days.has_value());
  c.offers[0].work.mode = WorkMode::kRemote;
  EXPECT_EQ(FactsOf(c).office_days, 0);
  c.offers[0].work.mode = WorkMode::kOnsite;
  EXPECT_EQ(FactsOf(c).office_days, 5);
}

TEST(WorkFactTest, WeeklyHoursCountOnCallAndCommute) {
  Case c = AlignedCase();
  c.offers[0].work.expected_weekly_hours = 40;
  c.offers[0].work.on_call = true;
  c.offers[0].work.on_call_hours_per_week = 4;
  const OfferFacts f = FactsOf(c);
  ASSERT_TRUE(f.weekly_hours.has_value());
  EXPECT_GE(*f.weekly_hours, 44.0);
}

TEST(LocationFactTest, MatchNoMatchUnknownRemoteAndNotAsked) {
  Case c = AlignedCase();  // places: Berlin; the offer is in Berlin
  EXPECT_EQ(FactsOf(c).location, LocationMatch::kMatch);
  c.offers[0].location = "Munich";
  EXPECT_EQ(FactsOf(c).location, LocationMatch::kNoMatch);
  c.offers[0].location.clear();
  EXPECT_EQ(FactsOf(c).location, LocationMatch::kUnknown);
  c.offers[0].work.mode = WorkMode::kRemote;
  EXPECT_EQ(FactsOf(c).location, LocationMatch::kRemote);
  c.candidate.non_negotiables.locations.clear();
  EXPECT_EQ(FactsOf(c).location, LocationMatch::kNotAsked);
}

// Issue #12, class 5: a place the employer has not fixed does not pass a line the person set.
TEST(LocationFactTest, SeveralPlacesMatchOnlyWhenEveryOneIsYours) {
  const std::vector<std::string> places{"Berlin", "Hamburg"};
  EXPECT_EQ(MatchPlaces("Berlin or Hamburg", places), LocationMatch::kMatch);
  EXPECT_EQ(MatchPlaces("Berlin / Munich", places), LocationMatch::kUndecided);
  EXPECT_EQ(MatchPlaces("Munich or Cologne", places), LocationMatch::kNoMatch);
  EXPECT_EQ(MatchPlaces("Berlin, Germany", places), LocationMatch::kMatch);
}

TEST(LocationFactTest, ToBeConfirmedIsUndecided) {
  const std::vector<std::string> places{"Berlin"};
  EXPECT_EQ(MatchPlaces("Berlin (TBC)", places), LocationMatch::kUndecided);
  EXPECT_EQ(MatchPlaces("To be confirmed", places), LocationMatch::kUndecided);
  EXPECT_EQ(MatchPlaces("Tbilisi", {"Tbilisi"}), LocationMatch::kMatch);  // "tbc" is a word, not a prefix
}

TEST(PayGapFactTest, EachClassAtItsBoundary) {
  Case c = AlignedCase();  // base_min 85k, rubric 10% / 15%
  const Offer& o = c.offers[0];
  const Money floor = Money::FromUnits(100'000);
  EXPECT_EQ(ClassifyPayGap(c, o, floor, Money::FromUnits(100'000), std::nullopt).gap_class, PayGapClass::kMet);
  EXPECT_EQ(ClassifyPayGap(c, o, floor, Money::FromUnits(90'000), std::nullopt).gap_class, PayGapClass::kNegotiable);
  EXPECT_EQ(ClassifyPayGap(c, o, floor, Money::FromUnits(89'999), std::nullopt).gap_class, PayGapClass::kCloseCall);
  EXPECT_EQ(ClassifyPayGap(c, o, floor, Money::FromUnits(85'000), std::nullopt).gap_class, PayGapClass::kCloseCall);
  EXPECT_EQ(ClassifyPayGap(c, o, floor, Money::FromUnits(84'999), std::nullopt).gap_class, PayGapClass::kWalk);
}

TEST(PayGapFactTest, ATypicalNegotiationGainMakesASmallFloorsGapNegotiable) {
  Case c = AlignedCase();
  const Money floor = Money::FromUnits(30'000);
  const Money value = Money::FromUnits(26'000);  // 13.3% short, 4,000 in money
  EXPECT_EQ(ClassifyPayGap(c, c.offers[0], floor, value, std::nullopt).gap_class, PayGapClass::kCloseCall);
  EXPECT_EQ(ClassifyPayGap(c, c.offers[0], floor, value, Money::FromUnits(5'000)).gap_class, PayGapClass::kNegotiable);
}

TEST(PayGapFactTest, ARefusalIsFinalWhateverTheGap) {
  Case c = AlignedCase();
  c.offers[0].negotiation.status = NegotiationStatus::kRefused;
  const PayGap g = ClassifyPayGap(c, c.offers[0], Money::FromUnits(85'000), Money::FromUnits(84'000), std::nullopt);
  EXPECT_EQ(g.gap_class, PayGapClass::kRefused);
  EXPECT_EQ(g.short_by, Money::FromUnits(1'000));
}

TEST(PayGapFactTest, BaseAndTotalGapsNeedTheirFloorAndComparablePay) {
  Case c = AlignedCase();
  c.offers[0].base = Money::FromUnits(80'000);
  OfferFacts f = FactsOf(c);
  ASSERT_TRUE(f.base_gap.has_value());
  EXPECT_EQ(f.base_gap->short_by, Money::FromUnits(5'000));
  EXPECT_FALSE(f.total_gap.has_value());  // no total_min set
  c.offers[0].currency = "USD";            // no exchange rate: nothing is compared
  f = FactsOf(c);
  EXPECT_FALSE(f.base_gap.has_value());
}

TEST(VerbalClaimsFactTest, SpokenClaimsNotRepeatedInWritingAreListed) {
  Case c = AlignedCase();
  Claim spoken{.topic = "work_mode", .value = "fully remote", .source = "recruiter"};
  Claim other{.topic = "bonus", .value = "a 10% bonus", .source = "recruiter"};
  c.offers[0].claims = {spoken, other};
  EXPECT_EQ(FactsOf(c).verbal_claims, (std::vector<int>{0, 1}));
  // The letter writes the first one down: only the second is still only spoken.
  c.offers[0].documents = {Letter("This is a fully remote position.")};
  EXPECT_EQ(FactsOf(c).verbal_claims, (std::vector<int>{1}));
}

}  // namespace
}  // namespace walkaway::core
