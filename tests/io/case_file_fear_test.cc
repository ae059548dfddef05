// EVAL-FEAR's case-file fields: candidate.situation.history, model.funnel and the pipeline's
// "given" state, read and checked with precise errors (docs/case-file.md).

#include <gtest/gtest.h>

#include <limits>
#include <string>

#include "io_test_util.h"
#include "support/builders.h"
#include "walkaway/core/validate.h"
#include "walkaway/io/case_file.h"

namespace walkaway::io {
namespace {

using core::ErrorCode;
using testing::ErrorOf;
using testing::OffersOnlyToml;

void ExpectAt(const core::Error& e, std::string_view path, int line, int column, std::string_view message_part) {
  EXPECT_EQ(e.code, ErrorCode::kInvalidInput) << e.ToString();
  EXPECT_EQ(e.field_path, path) << e.ToString();
  EXPECT_EQ(e.location.line, line) << e.ToString();
  EXPECT_EQ(e.location.column, column) << e.ToString();
  EXPECT_NE(e.message.find(message_part), std::string::npos) << e.ToString();
}

core::Case Parsed(const std::string& text) {
  auto loaded = ParseCase(text, "case.toml", Format::kAuto);
  EXPECT_TRUE(loaded) << (loaded ? "" : loaded.error().ToString());
  return loaded ? loaded->c : core::Case{};
}

core::Error CoreError(const core::Case& c) {
  const core::Status status = core::ValidateCase(c);
  if (status) {
    ADD_FAILURE() << "expected the case to be invalid";
    return core::Error{};
  }
  return status.error();
}

TEST(CaseFileFearTest, ReadsHistoryFunnelAndAnEmptyPipeline) {
  const core::Case c = Parsed(
      "[candidate.situation]\npipeline = []\n"
      "[candidate.situation.history.onsite]\nadvanced = 3\nended = 5\n"
      "[candidate.situation.history.applied]\n"
      "[model.funnel.final]\nadvance_pct = 70\ndays = 6.5\n" +
      OffersOnlyToml());
  EXPECT_TRUE(c.candidate.situation.pipeline_given);
  EXPECT_TRUE(c.candidate.situation.pipeline.empty());
  EXPECT_EQ(c.candidate.situation.history.at("onsite"), (core::StageHistory{3, 5}));
  EXPECT_EQ(c.candidate.situation.history.at("applied"), (core::StageHistory{0, 0}));
  EXPECT_EQ(c.model.funnel.at("final").advance_pct, 70);
  EXPECT_EQ(c.model.funnel.at("final").days, 6.5);
}

TEST(CaseFileFearTest, AbsentPipelineIsNotGiven) {
  EXPECT_FALSE(Parsed("[candidate]\n" + OffersOnlyToml()).candidate.situation.pipeline_given);
}

TEST(CaseFileFearTest, JsonReadsTheSameFields) {
  auto loaded = ParseCase(
      "{\"candidate\": {\"situation\": {\"pipeline\": [], \"history\": {\"screen\": {\"advanced\": 1, \"ended\": 2}}}},"
      " \"model\": {\"funnel\": {\"applied\": {\"advance_pct\": 5}}},"
      " \"offers\": [{\"id\": \"acme\", \"company\": \"Acme\"}]}",
      "case.json", Format::kAuto);
  ASSERT_TRUE(loaded) << loaded.error().ToString();
  EXPECT_TRUE(loaded->c.candidate.situation.pipeline_given);
  EXPECT_EQ(loaded->c.candidate.situation.history.at("screen"), (core::StageHistory{1, 2}));
  EXPECT_EQ(loaded->c.model.funnel.at("applied").advance_pct, 5);
}

TEST(CaseFileFearTest, RejectsAnUnknownHistoryStage) {
  const core::Error e = ErrorOf("[candidate.situation.history.onsit]\nadvanced = 1\n" + OffersOnlyToml());
  EXPECT_EQ(e.field_path, "candidate.situation.history.onsit") << e.ToString();
  EXPECT_NE(e.message.find("unknown key 'onsit'"), std::string::npos) << e.ToString();
  EXPECT_EQ(e.hint, "did you mean 'onsite'?");
}

TEST(CaseFileFearTest, RejectsAnUnknownHistoryKey) {
  const core::Error e = ErrorOf("[candidate.situation.history.onsite]\npassed = 1\n" + OffersOnlyToml());
  ExpectAt(e, "candidate.situation.history.onsite.passed", 2, 1, "unknown key 'passed'");
}

TEST(CaseFileFearTest, RejectsAHistoryCountThatIsNotAWholeNumber) {
  ExpectAt(ErrorOf("[candidate.situation.history.onsite]\nadvanced = \"three\"\n" + OffersOnlyToml()),
           "candidate.situation.history.onsite.advanced", 2, 12, "expected an integer");
}

TEST(CaseFileFearTest, RejectsANegativeHistoryCount) {
  ExpectAt(ErrorOf("[candidate.situation.history.screen]\nended = -1\n" + OffersOnlyToml()),
           "candidate.situation.history.screen.ended", 2, 9, "expected 0 to 100000, found -1");
}

TEST(CaseFileFearTest, RejectsAHugeHistoryCount) {
  ExpectAt(ErrorOf("[candidate.situation.history.screen]\nadvanced = 100001\n" + OffersOnlyToml()),
           "candidate.situation.history.screen.advanced", 2, 12, "expected 0 to 100000, found 100001");
}

TEST(CaseFileFearTest, RejectsAnAdvanceRateOverAHundred) {
  ExpectAt(ErrorOf("[model.funnel.onsite]\nadvance_pct = 150\n" + OffersOnlyToml() + "[candidate]\n"),
           "model.funnel.onsite.advance_pct", 2, 15, "expected 0 to 100, found 150");
}

TEST(CaseFileFearTest, RejectsZeroDaysAtAStage) {
  ExpectAt(ErrorOf("[model.funnel.screen]\ndays = 0\n" + OffersOnlyToml() + "[candidate]\n"),
           "model.funnel.screen.days", 2, 8, "expected 0.1 to 365, found 0");
}

TEST(CaseFileFearTest, RejectsTheOfferStageInTheFunnel) {
  const core::Error e = ErrorOf("[model.funnel.offer]\ndays = 3\n" + OffersOnlyToml() + "[candidate]\n");
  EXPECT_EQ(e.field_path, "model.funnel.offer") << e.ToString();
  EXPECT_NE(e.message.find("unknown key 'offer'"), std::string::npos) << e.ToString();
}

TEST(CaseFileFearTest, RejectsAPipelineUpdateAfterTheCaseDate) {
  const core::Error e = ErrorOf("as_of = 2026-11-21\n[candidate.situation]\npipeline = [{ company = \"Foo\", "
                                "stage = \"onsite\", updated = 2026-11-25 }]\n" +
                                OffersOnlyToml());
  ExpectAt(e, "candidate.situation.pipeline[0].updated", 3, 60,
           "the process last moved on 2026-11-25, after the case date (as_of 2026-11-21)");
}

TEST(CaseFileFearTest, BuiltCaseWithAnUnknownHistoryStageIsRejected) {
  core::Case c = walkaway::testing::AlignedCase();
  c.candidate.situation.history["offer"] = core::StageHistory{1, 1};
  const core::Error e = CoreError(c);
  EXPECT_EQ(e.field_path, "candidate.situation.history.offer");
  EXPECT_NE(e.message.find("unknown stage \"offer\""), std::string::npos) << e.ToString();
}

TEST(CaseFileFearTest, BuiltCaseWithAnUnknownFunnelStageIsRejected) {
  core::Case c = walkaway::testing::AlignedCase();
  c.model.funnel["phone"] = core::FunnelStage{50.0, {}};
  const core::Error e = CoreError(c);
  EXPECT_EQ(e.field_path, "model.funnel.phone");
  EXPECT_NE(e.message.find("expected applied, screen, interviewing, onsite or final"), std::string::npos);
}

TEST(CaseFileFearTest, BuiltCaseWithANonFiniteRateIsRejected) {
  core::Case c = walkaway::testing::AlignedCase();
  c.model.funnel["final"] = core::FunnelStage{std::numeric_limits<double>::quiet_NaN(), {}};
  EXPECT_EQ(CoreError(c).field_path, "model.funnel.final.advance_pct");
}

}  // namespace
}  // namespace walkaway::io
