// InputGatherer::ScanDocumentsWith: the scanner's hits on every offer's documents become the core's
// PhraseSignals, with their place, lexicon data and negation; without a scanner nothing is scanned.

#include <gtest/gtest.h>

#include "support/builders.h"
#include "walkaway/decide/inputs.h"
#include "walkaway/scan/scanner.h"

namespace walkaway::decide {
namespace {

const core::Date kToday{2026, 11, 21};

scan::Scanner TestScanner() {
  scan::Lexicon lexicon;
  scan::LexiconEntry fee;
  fee.id = "scam.upfront-fee";
  fee.pattern = "upfront fee";
  fee.category = "scam";
  fee.rule_id = "SCAM";
  fee.severity = core::Severity::kBlocker;
  fee.explanation = "Real employers do not charge you.";
  lexicon.entries.push_back(fee);
  scan::LexiconEntry pto;
  pto.id = "workload.unlimited-pto";
  pto.pattern = "unlimited PTO";
  pto.category = "workload";
  pto.rule_id = "BIAS-STRESS";
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

TEST(ScanDocumentsTest, WithoutAScannerNothingIsScanned) {
  EXPECT_TRUE(GatherInputs(CaseWithDocuments(), kToday).phrases.empty());
}

TEST(ScanDocumentsTest, HitsCarryTheirOfferDocumentPlaceAndLexiconData) {
  const scan::Scanner scanner = TestScanner();
  InputGatherer gatherer;
  ASSERT_TRUE(gatherer.ScanDocumentsWith(scanner));
  const core::EvaluationInputs inputs = gatherer.Gather(CaseWithDocuments(), kToday);
  ASSERT_EQ(inputs.phrases.size(), 2u);  // the first offer's letter, the second offer's second post

  const core::PhraseSignal& pto = inputs.phrases[0];
  EXPECT_EQ(pto.offer_id, "acme");
  EXPECT_EQ(pto.document_index, 0);
  EXPECT_EQ(pto.document_kind, "offer_letter");
  EXPECT_EQ(pto.field_path, "offers[0].documents[0].text");
  EXPECT_EQ(pto.rule_id, "BIAS-STRESS");
  EXPECT_EQ(pto.category, "workload");
  EXPECT_TRUE(pto.negated);  // "no unlimited PTO": handed over, never counted by the rules
  EXPECT_EQ(pto.line, 2);

  const core::PhraseSignal& fee = inputs.phrases[1];
  EXPECT_EQ(fee.offer_id, "second");
  EXPECT_EQ(fee.document_index, 1);
  EXPECT_EQ(fee.field_path, "offers[1].documents[1].text");
  EXPECT_EQ(fee.entry_id, "scam.upfront-fee");
  EXPECT_EQ(fee.severity, core::Severity::kBlocker);
  EXPECT_EQ(fee.explanation, "Real employers do not charge you.");
  EXPECT_EQ(fee.phrase, "Upfront Fee");
  EXPECT_EQ(fee.sentence, "New hires pay an Upfront Fee of $150.");
  EXPECT_EQ(fee.line, 2);
  EXPECT_EQ(fee.column, 20);
  EXPECT_FALSE(fee.negated);
}

TEST(ScanDocumentsTest, ACaseWithoutDocumentsGetsNoSignals) {
  const scan::Scanner scanner = TestScanner();
  InputGatherer gatherer;
  ASSERT_TRUE(gatherer.ScanDocumentsWith(scanner));
  EXPECT_TRUE(gatherer.Gather(testing::AlignedCase(), kToday).phrases.empty());
}

TEST(ScanDocumentsTest, TheScannedBlockerDecidesTheVerdict) {
  const scan::Scanner scanner = TestScanner();
  InputGatherer gatherer;
  ASSERT_TRUE(gatherer.ScanDocumentsWith(scanner));
  const core::Case c = CaseWithDocuments();
  const core::Evaluation e = core::Evaluate(c, kToday, std::nullopt, gatherer.Gather(c, kToday));
  ASSERT_EQ(e.offers.size(), 2u);
  EXPECT_NE(e.offers[0].verdict.decision, core::Decision::kWalkAway);  // the negated hit counts for nothing
  EXPECT_EQ(e.offers[1].verdict.decision, core::Decision::kWalkAway);
}

}  // namespace
}  // namespace walkaway::decide
