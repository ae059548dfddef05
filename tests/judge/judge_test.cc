// Judge and its input cache: one projection per offer and the current job's, a market position
// only for offers the lookup can place, the lexicon's hits placed in their offer and document, and
// a changed offer re-read only where it changed.

#include "walkaway/judge/judge.h"

#include <gtest/gtest.h>

#include "judge/offer_inputs.h"
#include "support/builders.h"
#include "walkaway/scan/lexicon_scanner.h"
#include "walkaway/scan/scanner.h"

namespace walkaway::judge {
namespace {

const core::Date kToday{2026, 11, 21};

// A market that places every offer with a title and a country at the 50th percentile.
class FakeMarket : public core::MarketLookup {
 public:
  std::optional<core::MarketPosition> Locate(const core::Offer& offer, core::Money, std::string_view) const override {
    ++calls;
    if (offer.title.empty() || offer.country.empty()) return std::nullopt;
    core::MarketPosition m;
    m.comparable = true;
    m.percentile = 50;
    m.summary = "50th percentile";
    return m;
  }
  mutable int calls = 0;
};

scan::Scanner TestScanner() {
  scan::Lexicon lexicon;
  scan::LexiconEntry fee;
  fee.id = "scam.upfront-fee";
  fee.pattern = "upfront fee";
  fee.category = "scam";
  fee.rule = core::RuleId::kScam;
  fee.severity = core::Severity::kBlocker;
  fee.explanation = "Real employers do not charge you.";
  lexicon.entries.push_back(fee);
  scan::LexiconEntry pto;
  pto.id = "workload.unlimited-pto";
  pto.pattern = "unlimited PTO";
  pto.category = "workload";
  pto.rule = core::RuleId::kBiasStress;
  pto.explanation = "Often less leave taken.";
  lexicon.entries.push_back(pto);
  lexicon.content_hash = 42;
  core::Result<scan::Scanner> scanner = scan::Scanner::Build(std::move(lexicon), {});
  EXPECT_TRUE(scanner) << scanner.error().ToString();
  return std::move(*scanner);
}

core::Case CaseWithDocuments() {
  core::Case c = testing::AlignedCase();
  c.offers[0].documents.push_back({"offer_letter", "letter.txt", "Dear Sam,\nThere is no unlimited PTO."});
  c.offers.push_back(c.offers[0]);
  c.offers[1].id = "second";
  c.offers[1].documents = {{"job_post", "post.txt", ""},
                           {"job_post", "post2.txt", "Welcome!\n  New hires pay an Upfront Fee of $150."}};
  return c;
}

TEST(JudgeTest, ProjectsEveryOfferAndTheCurrentJob) {
  core::Case c = testing::AlignedCase();
  c.offers.push_back(c.offers[0]);
  c.offers[1].id = "second";
  c.candidate.situation.current.base = core::Money::FromUnits(50'000);
  const core::Result<core::Judgement> j = Judge(c, kToday, {});
  ASSERT_TRUE(j) << j.error().ToString();
  ASSERT_EQ(j->projections.size(), 2u);
  EXPECT_EQ(j->projections[0].job_id, c.offers[0].id);
  EXPECT_EQ(j->projections[1].job_id, "second");
  EXPECT_TRUE(j->current.has_value());
  EXPECT_EQ(j->evaluation.offers.size(), 2u);
}

TEST(JudgeTest, NoCurrentBaseMeansNoCurrentProjection) {
  core::Case c = testing::AlignedCase();
  c.candidate.situation.current.base.reset();
  EXPECT_FALSE(Judge(c, kToday, {})->current.has_value());
}

TEST(JudgeTest, AnOfferWithoutCountryIsNotPlacedInTheMarket) {
  core::Case c = testing::AlignedCase();
  c.offers[0].country = "DE";
  c.offers.push_back(c.offers[0]);
  c.offers[1].id = "nowhere";
  c.offers[1].country.clear();
  const FakeMarket market;
  const core::Result<core::Judgement> j = Judge(c, kToday, {&market, nullptr});
  ASSERT_TRUE(j);
  EXPECT_TRUE(j->evaluation.offers[0].metrics.market.has_value());
  EXPECT_FALSE(j->evaluation.offers[1].metrics.market.has_value());
}

TEST(JudgeTest, OnlyOfferJudgesThatOffer) {
  core::Case c = testing::AlignedCase();
  c.offers.push_back(c.offers[0]);
  c.offers[1].id = "second";
  const core::Result<core::Judgement> j = Judge(c, kToday, {}, {.only_offer = "second"});
  ASSERT_TRUE(j);
  ASSERT_EQ(j->evaluation.offers.size(), 1u);
  EXPECT_EQ(j->evaluation.offers[0].offer_id, "second");
  ASSERT_EQ(j->projections.size(), 1u);
}

TEST(JudgeTest, AnUnknownOfferIsNotFoundOnTheOfferOption) {
  const core::Result<core::Judgement> j = Judge(testing::AlignedCase(), kToday, {}, {.only_offer = "nope"});
  ASSERT_FALSE(j);
  EXPECT_EQ(j.error().code, core::ErrorCode::kNotFound);
  EXPECT_EQ(j.error().field_path, "--offer");
}

TEST(JudgeTest, PayModelOverridesOutOfRangeAreAnError) {
  JudgeOptions options;
  options.projection.paths = 1;
  const core::Result<core::Judgement> j = Judge(testing::AlignedCase(), kToday, {}, options);
  ASSERT_FALSE(j);
  EXPECT_EQ(j.error().field_path, "--paths");
}

TEST(JudgeTest, WithoutAScannerNoDocumentSignalIsRead) {
  const core::Case c = CaseWithDocuments();
  const core::Result<core::Judgement> j = Judge(c, kToday, {});
  ASSERT_TRUE(j);
  // The upfront fee is only in the lexicon: no scanner, no SCAM finding.
  for (const core::Finding& f : j->evaluation.offers[1].findings) EXPECT_NE(f.rule(), core::RuleId::kScam);
}

TEST(JudgeTest, TheScannedBlockerDecidesTheVerdict) {
  const scan::Scanner scanner = TestScanner();
  const auto reader = scan::LexiconScanner::Create(scanner);
  ASSERT_TRUE(reader);
  const core::Case c = CaseWithDocuments();
  const core::Result<core::Judgement> j = Judge(c, kToday, {nullptr, reader->get()});
  ASSERT_TRUE(j);
  ASSERT_EQ(j->evaluation.offers.size(), 2u);
  EXPECT_NE(j->evaluation.offers[0].verdict.decision, core::Decision::kWalkAway);  // the negated hit counts for nothing
  EXPECT_EQ(j->evaluation.offers[1].verdict.decision, core::Decision::kWalkAway);
}

TEST(InputCacheTest, HitsCarryTheirOfferDocumentPlaceAndLexiconData) {
  const scan::Scanner scanner = TestScanner();
  const auto reader = scan::LexiconScanner::Create(scanner);
  ASSERT_TRUE(reader);
  const core::Case c = CaseWithDocuments();
  InputCache cache({nullptr, reader->get()}, {}, kToday);
  core::EvaluationInputs inputs;
  cache.AddOffer(c, 0, inputs);
  cache.AddOffer(c, 1, inputs);
  ASSERT_EQ(inputs.phrases.size(), 2u);  // the first offer's letter, the second offer's second post

  const core::PhraseSignal& pto = inputs.phrases[0];
  EXPECT_EQ(pto.offer_id, "acme");
  EXPECT_EQ(pto.document_index, 0);
  EXPECT_EQ(pto.document_kind, "offer_letter");
  EXPECT_EQ(core::FieldPath(pto.field), "offers[0].documents[0].text");
  EXPECT_EQ(pto.rule, core::RuleId::kBiasStress);
  EXPECT_EQ(pto.category, "workload");
  EXPECT_TRUE(pto.negated);  // "no unlimited PTO": handed over, never counted by the rules
  EXPECT_EQ(pto.line, 2);

  const core::PhraseSignal& fee = inputs.phrases[1];
  EXPECT_EQ(fee.offer_id, "second");
  EXPECT_EQ(fee.document_index, 1);
  EXPECT_EQ(core::FieldPath(fee.field), "offers[1].documents[1].text");
  EXPECT_EQ(fee.entry_id, "scam.upfront-fee");
  EXPECT_EQ(fee.severity, core::Severity::kBlocker);
  EXPECT_EQ(fee.explanation, "Real employers do not charge you.");
  EXPECT_EQ(fee.phrase, "Upfront Fee");
  EXPECT_EQ(fee.sentence, "New hires pay an Upfront Fee of $150.");
  EXPECT_EQ(fee.line, 2);
  EXPECT_EQ(fee.column, 20);
  EXPECT_FALSE(fee.negated);
}

TEST(InputCacheTest, AChangedOfferIsReprojectedOnlyWhenItsPayTermsChange) {
  core::Case c = CaseWithDocuments();
  InputCache cache({}, {}, kToday);
  core::EvaluationInputs first;
  cache.AddOffer(c, 0, first);
  EXPECT_EQ(cache.projections_computed(), 1);
  EXPECT_EQ(cache.documents_read(), 1);

  // A claim written down and a deadline moved: nothing the pay model reads.
  core::Case granted = c;
  granted.offers[0].extended_to = core::Date{2026, 12, 30};
  granted.offers[0].claims.push_back(core::Claim{});
  core::EvaluationInputs second;
  cache.AddOffer(granted, 0, second);
  EXPECT_EQ(cache.projections_computed(), 1);
  EXPECT_EQ(cache.documents_read(), 1);
  EXPECT_EQ(second.offers, first.offers);

  // A higher base: projected again; the letter is unchanged, so it is not read again.
  granted.offers[0].base = core::Money::FromUnits(95'000);
  core::EvaluationInputs third;
  cache.AddOffer(granted, 0, third);
  EXPECT_EQ(cache.projections_computed(), 2);
  EXPECT_EQ(cache.documents_read(), 1);

  // A sentence struck from the letter: read again.
  granted.offers[0].documents[0].text = "Dear Sam,\n";
  core::EvaluationInputs fourth;
  cache.AddOffer(granted, 0, fourth);
  EXPECT_EQ(cache.documents_read(), 2);
}

}  // namespace
}  // namespace walkaway::judge
