#include <sstream>

#include <gtest/gtest.h>

#include <algorithm>
#include <string_view>

#include "support/builders.h"
#include "walkaway/report/report.h"

namespace walkaway::report {
namespace {

core::Evaluation EvaluateWithPressure() {
  core::Case c = walkaway::testing::AlignedCase();
  c.offers[0].deadline = core::Date{2026, 11, 22};  // two days to decide
  c.offers[0].extension = core::ExtensionStatus::kRefused;
  c.offers[0].interviews[0].tags = {"rushed", "dismissive"};
  c.offers[0].interviews[0].notes = "The manager checked his phone throughout and cut me off twice.";
  return core::Evaluate(c, *c.as_of);
}

TEST(TextReportTest, EveryLineFitsIn80Columns) {
  ReportOptions o;
  o.case_path = "case.toml";
  o.version = "0.1.0";
  o.currency = "EUR";
  const std::string text = RenderText(EvaluateWithPressure(), o);
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    int columns = 0;
    for (char ch : line) columns += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    // A single unbreakable token (a long path) may overflow; prose may not.
    if (line.find(' ', 16) == std::string::npos) continue;
    EXPECT_LE(columns, 80) << line;
  }
}

TEST(TextReportTest, PlainWithoutColourAndColouredWithIt) {
  ReportOptions o;
  o.currency = "EUR";
  const core::Evaluation e = EvaluateWithPressure();
  EXPECT_EQ(RenderText(e, o).find('\x1b'), std::string::npos);
  o.color = true;
  EXPECT_NE(RenderText(e, o).find("\x1b["), std::string::npos);
}

TEST(TextReportTest, ShowsVerdictReasonsAndEvidence) {
  ReportOptions o;
  o.currency = "EUR";
  o.details = true;
  const std::string text = RenderText(EvaluateWithPressure(), o);
  EXPECT_NE(text.find("Verdict: WALK AWAY"), std::string::npos) << text;
  EXPECT_NE(text.find("offers[0].deadline"), std::string::npos) << text;
  EXPECT_NE(text.find("Non-negotiables"), std::string::npos);
}

TEST(MarkdownReportTest, EscapesPipesInCells) {
  core::Case c = walkaway::testing::AlignedCase();
  c.offers[0].notes = "I can fix the hours | on-call later.";
  ReportOptions o;
  o.currency = "EUR";
  o.details = true;
  const std::string md = RenderMarkdown(core::Evaluate(c, *c.as_of), o);
  EXPECT_NE(md.find("## acme: Senior Engineer at Acme"), std::string::npos);
  // A pipe inside a table cell would split the row; outside tables (the reasons list) it is text.
  size_t table_rows_with_the_note = 0;
  size_t start = 0;
  while (start < md.size()) {
    const size_t end = std::min(md.find('\n', start), md.size());
    const std::string_view line(md.data() + start, end - start);
    if (line.starts_with("|") && line.find("fix the hours") != std::string_view::npos) {
      ++table_rows_with_the_note;
      EXPECT_EQ(line.find("hours | on-call"), std::string_view::npos) << line;
      EXPECT_NE(line.find("hours \\| on-call"), std::string_view::npos) << line;
    }
    start = end + 1;
  }
  EXPECT_GT(table_rows_with_the_note, 0u);
}

}  // namespace
}  // namespace walkaway::report
