#include <gtest/gtest.h>

#include "support/builders.h"
#include "walkaway/core/rules.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;
using walkaway::testing::FindingWithCode;
using walkaway::testing::HasCode;
using walkaway::testing::RunRule;

// AlignedCase: received 2026-11-20, deadline 2026-12-04, judged on 2026-11-21.
Case WithDeadline(Date deadline) {
  Case c = AlignedCase();
  c.offers[0].deadline = deadline;
  return c;
}

Claim Said(std::string value, std::string source) {
  Claim claim;
  claim.topic = "other";
  claim.value = std::move(value);
  claim.source = std::move(source);
  return claim;
}

int Negatives(const std::vector<Finding>& findings) {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                        [](const Finding& f) { return f.severity != Severity::kPositive; }));
}

TEST(SignPressureTest, AlignedCaseHasEnoughTime) {
  const auto findings = RunRule(RunSignPressure, AlignedCase());
  EXPECT_EQ(Negatives(findings), 0);
  const Finding f = FindingWithCode(findings, "pressure.enough_time");
  EXPECT_EQ(f.message, "You were given 14 days to decide (13 days left), with no pressure in what was said.");
}

TEST(SignPressureTest, ANearDeadlineIsNeverAlsoEnoughTime) {
  // Fourteen days were given, but two are left: "enough time" beside "the deadline is two days
  // away" would contradict it on the same date (issue #12, class 6).
  Case c = AlignedCase();
  c.offers[0].received = Date{2026, 11, 9};
  c.offers[0].deadline = Date{2026, 11, 23};
  const auto findings = RunRule(RunSignPressure, c);
  EXPECT_TRUE(HasCode(findings, "pressure.deadline_near"));
  EXPECT_FALSE(HasCode(findings, "pressure.enough_time"));
}

TEST(SignPressureTest, PressureTheNotesRecordIsRead) {
  // "Only good through Monday because they have another finalist" in the person's own notes
  // raised nothing (issue #12, class 5): their account of what was said is a minor signal.
  Case c = AlignedCase();
  c.offers[0].notes = "Recruiter says it's only good through Monday because they have another finalist.";
  const auto findings = RunRule(RunSignPressure, c);
  const Finding f = FindingWithCode(findings, "pressure.phrase");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].notes");
  EXPECT_FALSE(HasCode(findings, "pressure.enough_time"));
}

TEST(SignPressureTest, ShortWindowAsksForAWeekMore) {
  const auto findings = RunRule(RunSignPressure, WithDeadline(Date{2026, 11, 22}));
  EXPECT_EQ(Negatives(findings), 1);  // the short window already carries the ask: no "near" finding
  const Finding f = FindingWithCode(findings, "pressure.short_window");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.channel, Channel::kTiming);
  ASSERT_TRUE(f.ask);
  EXPECT_EQ(walkaway::core::KindOf(*f.ask), AskKind::kDeadline);
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "an extension of the deadline to 2026-11-29");
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[1].field), "offers[0].deadline");
}

TEST(SignPressureTest, WindowOfTheMinimumIsNotShort) {
  const auto findings = RunRule(RunSignPressure, WithDeadline(Date{2026, 11, 23}));
  EXPECT_FALSE(HasCode(findings, "pressure.short_window"));
  EXPECT_TRUE(HasCode(findings, "pressure.deadline_near"));
}

TEST(SignPressureTest, RefusedExtensionIsItselfASignal) {
  Case c = WithDeadline(Date{2026, 11, 22});
  c.offers[0].extension = ExtensionStatus::kRefused;
  const Finding f = FindingWithCode(RunRule(RunSignPressure, c), "pressure.extension_refused");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_FALSE(f.ask);
  EXPECT_FALSE(f.question.empty());
  EXPECT_NE(f.message.find("refusal is itself a signal"), std::string::npos);
}

TEST(SignPressureTest, GrantedExtensionCountsTheNewDate) {
  Case c = WithDeadline(Date{2026, 11, 22});
  c.offers[0].extension = ExtensionStatus::kGranted;
  c.offers[0].extended_to = Date{2026, 11, 30};
  const auto findings = RunRule(RunSignPressure, c);
  EXPECT_EQ(Negatives(findings), 0);
  EXPECT_TRUE(HasCode(findings, "pressure.extension_granted"));
  EXPECT_TRUE(HasCode(findings, "pressure.enough_time"));
}

TEST(SignPressureTest, PassedDeadlineAsksWhetherTheOfferIsOpen) {
  Case c = AlignedCase();
  c.as_of = Date{2026, 12, 5};
  const auto findings = RunRule(RunSignPressure, c);
  const Finding f = FindingWithCode(findings, "pressure.deadline_passed");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.question, "Is the offer still open?");
  EXPECT_FALSE(HasCode(findings, "pressure.enough_time"));
}

TEST(SignPressureTest, LaterGrantedDateMeansNotPassed) {
  Case c = AlignedCase();
  c.as_of = Date{2026, 12, 5};
  c.offers[0].extension = ExtensionStatus::kGranted;
  c.offers[0].extended_to = Date{2026, 12, 11};
  EXPECT_FALSE(HasCode(RunRule(RunSignPressure, c), "pressure.deadline_passed"));
}

TEST(SignPressureTest, NearDeadlineWithAFineWindowIsAMinorAsk) {
  Case c = WithDeadline(Date{2026, 11, 22});
  c.offers[0].received = Date{2026, 11, 10};
  const Finding f = FindingWithCode(RunRule(RunSignPressure, c), "pressure.deadline_near");
  EXPECT_EQ(f.severity, Severity::kMinor);
  ASSERT_TRUE(f.ask);
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "an extension of the deadline to 2026-11-29");
}

TEST(SignPressureTest, NearDeadlineAfterAskingIsNotRepeated) {
  Case c = WithDeadline(Date{2026, 11, 22});
  c.offers[0].received = Date{2026, 11, 10};
  c.offers[0].extension = ExtensionStatus::kAsked;
  EXPECT_FALSE(HasCode(RunRule(RunSignPressure, c), "pressure.deadline_near"));
}

TEST(SignPressureTest, NoDeadlineIsAsked) {
  Case c = AlignedCase();
  c.offers[0].deadline.reset();
  const Finding f = FindingWithCode(RunRule(RunSignPressure, c), "pressure.no_deadline");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_EQ(f.question, "Is there a deadline for this offer?");
}

TEST(SignPressureTest, UnknownReceivedDateIsAsked) {
  Case c = AlignedCase();
  c.offers[0].received.reset();
  const auto findings = RunRule(RunSignPressure, c);
  EXPECT_EQ(FindingWithCode(findings, "pressure.received_unknown").severity, Severity::kMinor);
  EXPECT_FALSE(HasCode(findings, "pressure.enough_time"));
}

TEST(SignPressureTest, RecruiterPressureIsMajorAndQuoted) {
  Case c = AlignedCase();
  c.offers[0].claims.push_back(
      Said("Great news. We need an answer by tomorrow, there are other candidates.", "recruiter"));
  const auto findings = RunRule(RunSignPressure, c);
  const Finding f = FindingWithCode(findings, "pressure.phrase");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.channel, Channel::kClaims);
  EXPECT_EQ(f.message, "The recruiter said: \"We need an answer by tomorrow, there are other candidates.\"");
  ASSERT_EQ(f.evidence.size(), 1u);  // three phrases, one sentence
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].claims[1].value");
  EXPECT_EQ(f.evidence[0].column, 16);
  ASSERT_TRUE(f.ask);
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "an extension of the deadline to 2026-12-11");
  EXPECT_FALSE(HasCode(findings, "pressure.enough_time"));
}

TEST(SignPressureTest, PressureInTheLetterUsesTheDocumentsChannel) {
  Case c = AlignedCase();
  Document letter;
  letter.kind = "offer_letter";
  letter.text = "Dear Sam,\n\nThis is an exploding offer.";
  c.offers[0].documents.push_back(letter);
  const Finding f = FindingWithCode(RunRule(RunSignPressure, c), "pressure.phrase");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.channel, Channel::kDocuments);
  EXPECT_EQ(f.message, "The offer letter says: \"This is an exploding offer.\"");
  EXPECT_EQ(f.evidence[0].line, 3);
  EXPECT_EQ(f.evidence[0].column, 12);
}

TEST(SignPressureTest, PressureFromOutsideTheEmployerIsMinor) {
  Case c = AlignedCase();
  c.offers[0].claims.push_back(Said("Take it right now, jobs are scarce.", "friend"));
  EXPECT_EQ(FindingWithCode(RunRule(RunSignPressure, c), "pressure.phrase").severity, Severity::kMinor);
}

TEST(SignPressureTest, PressureInYourOwnInterviewNotesIsMinor) {
  Case c = AlignedCase();
  c.offers[0].interviews[0].notes = "They said it is a final offer.";
  const Finding f = FindingWithCode(RunRule(RunSignPressure, c), "pressure.phrase");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_EQ(f.channel, Channel::kInterviews);
}

TEST(SignPressureTest, NegatedPressureIsIgnored) {
  Case c = AlignedCase();
  c.offers[0].claims.push_back(Said("There is no need to decide quickly.", "hiring manager"));
  EXPECT_FALSE(HasCode(RunRule(RunSignPressure, c), "pressure.phrase"));
}

// AlignedCase is judged on 2026-11-21 and the person is employed.
Case StartingOn(Date start, std::optional<NoticePeriod> notice) {
  Case c = AlignedCase();
  c.offers[0].start_date = start;
  c.candidate.situation.current.notice = notice;
  return c;
}

TEST(SignPressureTest, AStartBeforeTheNoticeEndsIsMajorWithTheFreeDateAsTheAsk) {
  const Case c = StartingOn(Date{2027, 1, 4}, NoticePeriod{3, NoticePeriod::Unit::kMonths});
  const Finding f = FindingWithCode(RunRule(RunSignPressure, c), "pressure.start_before_free");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.message,
            "The offer wants you to start on 2027-01-04, 48 days before you are free: 3 months of notice given "
            "today ends on 2027-02-21.");
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "a start date no earlier than 2027-02-21, in the offer letter");
  ASSERT_EQ(f.evidence.size(), 2u);
  EXPECT_EQ(FieldPath(f.evidence[0].field), "offers[0].start_date");
  EXPECT_EQ(FieldPath(f.evidence[1].field), "candidate.situation.current.notice");
  EXPECT_EQ(f.question, "Can the start move to 2027-02-21?");
}

TEST(SignPressureTest, AFewDaysShortIsMinor) {
  const Case c = StartingOn(Date{2026, 12, 14}, NoticePeriod{4, NoticePeriod::Unit::kWeeks});
  EXPECT_EQ(FindingWithCode(RunRule(RunSignPressure, c), "pressure.start_before_free").severity, Severity::kMinor);
}

TEST(SignPressureTest, AStartOnOrAfterTheNoticeEndsIsNoFinding) {
  EXPECT_FALSE(HasCode(RunRule(RunSignPressure, StartingOn(Date{2026, 12, 19}, NoticePeriod{4, NoticePeriod::Unit::kWeeks})),
                       "pressure.start_before_free"));
  EXPECT_FALSE(HasCode(RunRule(RunSignPressure, StartingOn(Date{2027, 3, 1}, NoticePeriod{3, NoticePeriod::Unit::kMonths})),
                       "pressure.start_before_free"));
}

TEST(SignPressureTest, NoNoticeNoStartOrNoJobIsNoFinding) {
  EXPECT_FALSE(HasCode(RunRule(RunSignPressure, StartingOn(Date{2026, 12, 1}, std::nullopt)), "pressure.start_before_free"));
  Case no_start = StartingOn(Date{2026, 12, 1}, NoticePeriod{3, NoticePeriod::Unit::kMonths});
  no_start.offers[0].start_date.reset();
  EXPECT_FALSE(HasCode(RunRule(RunSignPressure, no_start), "pressure.start_before_free"));
  Case not_employed = StartingOn(Date{2026, 12, 1}, NoticePeriod{3, NoticePeriod::Unit::kMonths});
  not_employed.candidate.situation.employed = false;
  EXPECT_FALSE(HasCode(RunRule(RunSignPressure, not_employed), "pressure.start_before_free"));
}

TEST(SignPressureTest, TheEarliestStartGivenOverridesTheNoticeArithmetic) {
  Case c = StartingOn(Date{2027, 1, 4}, NoticePeriod{3, NoticePeriod::Unit::kMonths});
  c.candidate.situation.earliest_start = Date{2027, 1, 4};  // notice already handed in
  EXPECT_FALSE(HasCode(RunRule(RunSignPressure, c), "pressure.start_before_free"));
  c.candidate.situation.earliest_start = Date{2027, 1, 18};
  const Finding f = FindingWithCode(RunRule(RunSignPressure, c), "pressure.start_before_free");
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "a start date no earlier than 2027-01-18, in the offer letter");
  EXPECT_EQ(FieldPath(f.evidence[1].field), "candidate.situation.earliest_start");
  EXPECT_EQ(f.message,
            "The offer wants you to start on 2027-01-04, 14 days before you are free: the earliest start you gave "
            "is 2027-01-18.");
}

}  // namespace
}  // namespace walkaway::core
