// The case file's tax settings (docs/case-file.md, docs/tax.md): `tax = { ... }` on an offer and on the
// current job, `[tax]` for the case, the current job's place, rubric.pay_after_tax; and their errors.

#include <gtest/gtest.h>

#include <string>

#include "io_test_util.h"
#include "walkaway/comp/projection.h"
#include "walkaway/io/case_file.h"

namespace walkaway::io {
namespace {

using testing::ErrorOf;
using testing::MinimalToml;

core::Case Parse(const std::string& text) {
  auto loaded = ParseCase(text, "case.toml", Format::kAuto);
  EXPECT_TRUE(loaded.has_value()) << (loaded ? "" : loaded.error().ToString());
  return loaded ? loaded->c : core::Case{};
}

TEST(CaseFileTaxTest, ReadsEveryTaxFieldOfAnOfferTheCurrentJobAndTheCase) {
  const core::Case c = Parse(
      "[candidate]\nname = \"Sam\"\n"
      "[candidate.situation.current]\nbase = \"50k\"\nlocation = \"Leeds\"\ncountry = \"GB\"\n"
      "tax = { student_loan = \"plan2\", postgraduate_loan = true }\n"
      "[[offers]]\nid = \"acme\"\ncompany = \"Acme\"\n"
      "tax = { country = \"DE\", region = \"SN\", children = 2, health_extra_rate_pct = 2.5, "
      "filing_status = \"married_joint\" }\n"
      "[rubric]\npay_after_tax = false\n"
      "[tax]\ncountry = \"US\"\nregion = \"NY\"\ncity = \"NYC\"\nfiling_status = \"head_of_household\"\n"
      "pretax_retirement_pct = 6\n");
  const core::CurrentJob& job = c.candidate.situation.current;
  EXPECT_EQ(job.location, "Leeds");
  EXPECT_EQ(job.country, "GB");
  ASSERT_TRUE(job.tax);
  EXPECT_EQ(job.tax->student_loan, core::StudentLoanPlan::kPlan2);
  EXPECT_EQ(job.tax->postgraduate_loan, true);
  ASSERT_TRUE(c.offers[0].tax);
  const core::TaxSetting& t = *c.offers[0].tax;
  EXPECT_EQ(t.country, "DE");
  EXPECT_EQ(t.region, "SN");
  EXPECT_EQ(t.children, 2);
  EXPECT_EQ(t.health_extra_rate_pct, 2.5);
  EXPECT_EQ(t.filing_status, core::TaxFiling::kMarriedJoint);
  EXPECT_EQ(c.rubric.pay_after_tax, false);
  EXPECT_EQ(c.tax.city, "NYC");
  EXPECT_EQ(c.tax.filing_status, core::TaxFiling::kHeadOfHousehold);
  EXPECT_EQ(c.tax.pretax_retirement_pct, 6);
}

TEST(CaseFileTaxTest, ACaseWithoutTaxSettingsHasNone) {
  const core::Case c = Parse(MinimalToml());
  EXPECT_FALSE(c.offers[0].tax);
  EXPECT_FALSE(c.candidate.situation.current.tax);
  EXPECT_EQ(c.tax, core::TaxSetting{});
  EXPECT_FALSE(c.rubric.pay_after_tax);
}

TEST(CaseFileTaxTest, AnUnknownFilingStatusListsTheKnownOnesWithDidYouMean) {
  const core::Error e = ErrorOf(MinimalToml() + "tax = { filing_status = \"married\" }\n");
  EXPECT_EQ(e.field_path, "offers[0].tax.filing_status");
  EXPECT_EQ(e.location.line, 7);
  EXPECT_NE(e.message.find("expected one of single, married_joint, head_of_household"), std::string::npos)
      << e.ToString();
  EXPECT_EQ(e.hint, "did you mean 'married_joint'?");
}

TEST(CaseFileTaxTest, AnUnknownKeyInATaxTableIsAnErrorWithDidYouMean) {
  const core::Error e = ErrorOf("[tax]\nregoin = \"TX\"\n" + MinimalToml());
  EXPECT_EQ(e.field_path, "tax.regoin");
  EXPECT_EQ(e.location.line, 2);
  EXPECT_EQ(e.hint, "did you mean 'region'?");
}

TEST(CaseFileTaxTest, AWrongTypeIsAnErrorAtItsField) {
  const core::Error e = ErrorOf(MinimalToml() + "tax = { children = \"two\" }\n");
  EXPECT_EQ(e.field_path, "offers[0].tax.children");
}

// A place walkaway has no tables for is found by the pay model's check, which `walkaway validate` and
// every judging command run, and located in the file like any other error.
TEST(CaseFileTaxTest, AnUnknownRegionIsLocatedInTheFile) {
  const std::string text = MinimalToml() + "tax = { country = \"US\", region = \"XX\" }\n";
  auto loaded = ParseCase(text, "case.toml", Format::kAuto);
  ASSERT_TRUE(loaded);
  const core::Status s = comp::Projector(loaded->c).Check();
  ASSERT_FALSE(s);
  const core::Error e = LocateInCase(s.error(), *loaded);
  EXPECT_EQ(e.field_path, "offers[0].tax.region");
  EXPECT_EQ(e.location.line, 7);
  EXPECT_NE(e.message.find("no tax data for region 'XX' of United States"), std::string::npos) << e.ToString();
}

}  // namespace
}  // namespace walkaway::io
