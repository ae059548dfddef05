// The timing of a move in the case file (docs/case-file.md): the current job's notice and the
// earliest start, their errors, and writing them back.

#include <gtest/gtest.h>

#include <string>

#include "io_test_util.h"
#include "walkaway/io/case_file.h"
#include "walkaway/io/case_writer.h"

namespace walkaway::io {
namespace {

using testing::ErrorOf;

const std::string kCase =
    "[candidate]\nname = \"Sam\"\n"
    "[candidate.situation]\nemployed = true\nearliest_start = 2027-02-01\n"
    "[candidate.situation.current]\nbase = \"50k\"\nnotice = \"3 months\"\n"
    "[[offers]]\nid = \"acme\"\ncompany = \"Acme\"\nstart_date = 2027-01-04\n";

TEST(CaseFileNoticeTest, ReadsTheNoticeAndTheEarliestStart) {
  auto loaded = ParseCase(kCase, "case.toml", Format::kAuto);
  ASSERT_TRUE(loaded.has_value()) << loaded.error().ToString();
  const core::Situation& s = loaded->c.candidate.situation;
  ASSERT_TRUE(s.current.notice);
  EXPECT_EQ(*s.current.notice, (core::NoticePeriod{3, core::NoticePeriod::Unit::kMonths}));
  EXPECT_EQ(s.earliest_start, (core::Date{2027, 2, 1}));
}

TEST(CaseFileNoticeTest, ANoticeThatIsNotAPeriodIsLocatedWithItsPath) {
  std::string text = kCase;
  text.replace(text.find("\"3 months\""), 10, "\"3 moths\"");
  const core::Error e = ErrorOf(text);
  EXPECT_EQ(e.field_path, "candidate.situation.current.notice");
  EXPECT_EQ(e.location.line, 8);
  EXPECT_NE(e.message.find("expected a notice period such as \"3 months\""), std::string::npos) << e.ToString();
  std::string number = kCase;
  number.replace(number.find("\"3 months\""), 10, "3");
  EXPECT_EQ(ErrorOf(number).field_path, "candidate.situation.current.notice");
  std::string long_notice = kCase;
  long_notice.replace(long_notice.find("\"3 months\""), 10, "\"2 years\"");
  EXPECT_EQ(ErrorOf(long_notice).field_path, "candidate.situation.current.notice");
}

TEST(CaseFileNoticeTest, AMistypedKeyGetsASuggestion) {
  std::string text = kCase;
  text.replace(text.find("notice ="), 6, "notise");
  const core::Error e = ErrorOf(text);
  EXPECT_EQ(e.hint, "did you mean 'notice'?") << e.ToString();
}

TEST(CaseFileNoticeTest, TheWrittenCaseReadsBackTheSame) {
  auto loaded = ParseCase(kCase, "case.toml", Format::kAuto);
  ASSERT_TRUE(loaded.has_value());
  const std::string written = WriteCaseToml(loaded->c);
  auto again = ParseCase(written, "again.toml", Format::kAuto);
  ASSERT_TRUE(again.has_value()) << again.error().ToString() << "\n" << written;
  EXPECT_EQ(again->c.candidate.situation, loaded->c.candidate.situation);
}

}  // namespace
}  // namespace walkaway::io
