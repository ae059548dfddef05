// The comparison report a person reads (report/compare_report.cc): a plain summary that names no
// method, an "Out:" line for every offer a gate or a better offer removed, the criteria where the
// two leaders differ, and the method only with `details`.

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "support/builders.h"
#include "walkaway/judge/judge.h"
#include "walkaway/report/compare_report.h"

namespace walkaway::report {
namespace {

const core::Date kToday{2026, 11, 21};

// Words of the method: the plain report must not need them to be understood.
const std::vector<std::string> kMethodWords{"SMAA", "TOPSIS", "Kendall", "centroid", "Pareto",
                                           "acceptability", "P50", "P10", "P90", "?"};

core::Comparison Compare(const core::Case& c) {
  judge::JudgeOptions options;
  options.plans = false;
  options.compare = core::CompareOptions{};
  core::Result<core::Judgement> j = judge::Judge(c, kToday, {}, options);
  EXPECT_TRUE(j) << j.error().ToString();
  return j && j->comparison ? *j->comparison : core::Comparison{};
}

// More pay and flexibility at globex, growth at acme: a real trade-off, so every part is shown.
core::Case TradeOff() {
  core::Case c = testing::TwoAlignedOffers();
  c.offers[1].base = core::Money::FromUnits(120'000);
  c.offers[1].work.office_days = 0;
  c.offers[1].progression = {false, 24, false, false, false};
  c.candidate.priorities.rank = {"growth", "learning", "pay"};
  return c;
}

// The report with every run of white space made one space, so a check does not depend on where a
// line wraps.
std::string Flat(const std::string& text) {
  std::string out;
  for (char ch : text) {
    const bool space = ch == ' ' || ch == '\n';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : ch;
  }
  return out;
}

CompareReportOptions Options(bool details) {
  CompareReportOptions o;
  o.case_path = "case.toml";
  o.version = "test";
  o.currency = "EUR";
  o.details = details;
  return o;
}

std::string Text(const core::Comparison& c, bool details = false) { return Flat(RenderCompareText(c, Options(details))); }

std::string Markdown(const core::Comparison& c, bool details = false) {
  return RenderCompareMarkdown(c, Options(details));
}

TEST(CompareReportTest, ThePlainReportNamesNoMethod) {
  const core::Comparison c = Compare(TradeOff());
  for (const std::string& out : {Text(c), Markdown(c)}) {
    for (const std::string& word : kMethodWords) EXPECT_EQ(out.find(word), std::string::npos) << word << "\n" << out;
  }
}

TEST(CompareReportTest, DetailsAddTheMethodAfterTheSummary) {
  const core::Comparison c = Compare(TradeOff());
  const std::string out = Text(c, true);
  const size_t method = out.find("Details: the method");
  ASSERT_NE(method, std::string::npos) << out;
  EXPECT_LT(out.find("Best fit for what you told us matters"), method);
  EXPECT_NE(out.find("rank acceptability", method), std::string::npos);
  EXPECT_NE(out.find("TOPSIS", method), std::string::npos);
  EXPECT_NE(Markdown(c, true).find("|---|"), std::string::npos);
  EXPECT_EQ(Text(c).find("Details: the method"), std::string::npos);
}

TEST(CompareReportTest, TheSummaryNamesTheWinnerAndHowSureItIs) {
  const core::Comparison c = Compare(TradeOff());
  ASSERT_EQ(c.compared.size(), 2u);
  const std::string out = Text(c);
  const std::string winner = c.offers[static_cast<size_t>(c.winner)].id;
  EXPECT_NE(out.find("Best fit for what you told us matters: " + winner), std::string::npos) << out;
  EXPECT_NE(out.find("of the ways your priorities could be weighed"), std::string::npos) << out;
  EXPECT_NE(out.find("differ most"), std::string::npos) << out;
}

TEST(CompareReportTest, PayDifferencesAreInMoneyNotPercentiles) {
  core::Case c = testing::TwoAlignedOffers();
  c.offers[1].base = core::Money::FromUnits(160'000);  // far more pay at globex, less growth
  c.offers[1].progression = {false, 24, false, false, false};
  c.candidate.priorities.rank = {"pay", "growth"};
  const std::string out = Text(Compare(c));
  EXPECT_NE(out.find("Pay, worse at acme: about 113,713 EUR a year against about 194,436 at globex"),
            std::string::npos) << out;
  // The weight of growth can fall to zero without globex coming first: nothing is said about 0%.
  EXPECT_EQ(out.find("less than 0%"), std::string::npos) << out;
}

TEST(CompareReportTest, AnOfferOutAtAGateSaysWhichLineAndByHowMuch) {
  core::Case c = testing::TwoAlignedOffers();
  c.offers[1].industry = "defense";
  c.candidate.non_negotiables.deal_breakers = {"defense"};
  const core::Comparison cmp = Compare(c);
  const std::string out = Text(cmp);
  EXPECT_NE(out.find("Only acme (Acme) is left, once your lines are checked"), std::string::npos) << out;
  EXPECT_NE(out.find("globex (Globex): WALK AWAY. Out:"), std::string::npos) << out;
  EXPECT_NE(out.find(cmp.offers[1].gate_detail), std::string::npos) << out;
  EXPECT_EQ(out.find("differ most"), std::string::npos) << out;
}

TEST(CompareReportTest, ADominatedOfferNamesTheOfferThatBeatsIt) {
  core::Case c = testing::TwoAlignedOffers();
  c.offers[1].progression.ladder_shared = false;
  c.offers[1].base = core::Money::FromUnits(88'000);
  const std::string out = Text(Compare(c));
  EXPECT_NE(out.find("Out: acme is at least as good on everything you weigh"), std::string::npos) << out;
  EXPECT_NE(out.find("Only acme (Acme) is left, the others are beaten by it on everything you weigh"),
            std::string::npos) << out;
}

TEST(CompareReportTest, EveryLineFitsTheWidth) {
  for (bool details : {false, true}) {
    std::istringstream lines(RenderCompareText(Compare(TradeOff()), Options(details)));
    std::string line;
    while (std::getline(lines, line)) EXPECT_LE(line.size(), 80u) << line;
  }
}

}  // namespace
}  // namespace walkaway::report
