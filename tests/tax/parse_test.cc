// The pure readers under the parsers: exact decimals, the TOML subset (values, markers, what it refuses,
// each with file:line) and the CSV reader; and the typed parsers on small hand-made files.

#include <gtest/gtest.h>

#include <string>

#include "tax/csv.h"
#include "tax/decimal.h"
#include "tax/toml_subset.h"
#include "tax/tax_test_support.h"
#include "walkaway/tax/parse.h"

namespace walkaway::tax {
namespace {

TEST(DecimalTest, ScalesExactlyOrRefuses) {
  EXPECT_EQ(ToScaled(*ParseDecimal("0.0127448"), kRateScale), 127'448);
  EXPECT_EQ(ToScaled(*ParseDecimal("4230.45"), 2), 423'045);
  EXPECT_EQ(ToScaled(*ParseDecimal("12400"), 2), 1'240'000);
  EXPECT_EQ(ToScaled(*ParseDecimal("-11135.63"), 2), -1'113'563);
  EXPECT_FALSE(ToScaled(*ParseDecimal("0.123456789"), kRateScale));  // finer than 1e-7
  EXPECT_FALSE(ToScaled(*ParseDecimal("4230.455"), 2));               // finer than a cent
}

TEST(DecimalTest, RefusesWhatIsNotAPlainDecimal) {
  for (const char* bad : {"", "-", ".5", "5.", "1.2.3", "1e5", "1_000", "+1", "0x10", "12345678901234567890"}) {
    EXPECT_FALSE(ParseDecimal(bad)) << bad;
  }
}

TEST(TomlSubsetTest, ReadsTablesValuesArraysAndInlineComments) {
  const core::Result<TomlDoc> doc = ParseTomlSubset(
      "# header\n"
      "tax_year = 2026\n"
      "name = \"x y\"\n"
      "[a.b]\n"
      "rates = [0.10, 0.12]   # two\n"
      "flag = true\n",
      "t.toml");
  ASSERT_TRUE(doc) << doc.error().ToString();
  EXPECT_EQ(doc->values.at("tax_year").text, "2026");
  EXPECT_EQ(doc->values.at("name").text, "x y");
  EXPECT_EQ(doc->values.at("a.b.rates").items.size(), 2u);
  EXPECT_EQ(doc->values.at("a.b.rates").comment, "two");
  EXPECT_EQ(doc->values.at("a.b.rates").line, 5);
  EXPECT_EQ(*GetBool(*doc, "a.b.flag"), true);
  EXPECT_EQ(*GetScaledArray(*doc, "a.b.rates", kRateScale), (std::vector<int64_t>{1'000'000, 1'200'000}));
}

TEST(TomlSubsetTest, CollectsMarkersWithTheirTableAndContinuation) {
  const core::Result<TomlDoc> doc = ParseTomlSubset(
      "[ontario]\n"
      "x = 1\n"
      "# MISSING: the premium\n"
      "# - not sourced.\n"
      "\n"
      "# an ordinary comment\n"
      "[bc]\n"
      "# CAUTION: pending\n",
      "t.toml");
  ASSERT_TRUE(doc);
  ASSERT_EQ(doc->markers.size(), 2u);
  EXPECT_EQ(doc->markers[0].kind, "MISSING");
  EXPECT_EQ(doc->markers[0].text, "MISSING: the premium - not sourced.");
  EXPECT_EQ(doc->markers[0].table, "ontario");
  EXPECT_EQ(doc->markers[0].line, 3);
  EXPECT_EQ(doc->markers[1].table, "bc");
  EXPECT_EQ(MarkersIn(*doc, "ontario").size(), 1u);
}

struct BadToml {
  const char* text;
  int line;
  const char* says;
};

// gtest names a case by its bytes otherwise, which include pointers: names would change run to run.
std::string CaseName(const char* text, size_t index) {
  std::string name;
  for (const char* c = text; *c != '\0'; ++c) {
    if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9')) name += *c;
  }
  return name + "_" + std::to_string(index);
}

class TomlSubsetErrorTest : public ::testing::TestWithParam<BadToml> {};

TEST_P(TomlSubsetErrorTest, RefusesWithFileAndLine) {
  const core::Result<TomlDoc> doc = ParseTomlSubset(GetParam().text, "bad.toml");
  ASSERT_FALSE(doc);
  EXPECT_EQ(doc.error().location.file, "bad.toml");
  EXPECT_EQ(doc.error().location.line, GetParam().line);
  EXPECT_NE(doc.error().message.find(GetParam().says), std::string::npos) << doc.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, TomlSubsetErrorTest,
    ::testing::Values(BadToml{"a = 1\na = 2\n", 2, "duplicate key"},
                      BadToml{"a = 6.2%\n", 1, "expected a number"},
                      BadToml{"a = [1, 2\n", 1, "unterminated array"},
                      BadToml{"a = [[1]]\n", 1, "nested arrays"},
                      BadToml{"x\n", 1, "expected key = value"},
                      BadToml{"a.b = 1\n", 1, "bare keys only"},
                      BadToml{"[[t]]\n", 1, "arrays of tables"},
                      BadToml{"[t\n", 1, "unterminated table header"},
                      BadToml{"s = \"a\\\"b\"\n", 1, "escapes"},
                      BadToml{"s = \"open\n", 1, "unterminated string"},
                      BadToml{"a = 1 2\n", 1, "unexpected text after the value"},
                      BadToml{"\xc3\xa4 = 1\n", 1, "non-ASCII"}),
    [](const ::testing::TestParamInfo<BadToml>& param_info) {
      return CaseName(param_info.param.says, param_info.index);
    });

TEST(TomlSubsetTest, TypedLookUpsNameKeyAndLine) {
  const core::Result<TomlDoc> doc = ParseTomlSubset("a = \"text\"\nb = 0.123456789\n", "t.toml");
  ASSERT_TRUE(doc);
  EXPECT_NE(GetScaled(*doc, "a", 2).error().message.find("a: expected a number"), std::string::npos);
  EXPECT_EQ(GetScaled(*doc, "b", kRateScale).error().location.line, 2);
  EXPECT_NE(GetScaled(*doc, "c", 2).error().message.find("missing key 'c'"), std::string::npos);
}

TEST(CsvTest, ReadsQuotedFieldsAndCrlf) {
  const core::Result<CsvTable> t = ParseCsv("# c\r\na,b\r\n1,\"x, \"\"y\"\"\"\r\n", "t.csv");
  ASSERT_TRUE(t) << t.error().ToString();
  ASSERT_EQ(t->rows.size(), 1u);
  EXPECT_EQ(t->rows[0].fields[1], "x, \"y\"");
  EXPECT_EQ(t->rows[0].line, 3);
  EXPECT_EQ(t->Column("b"), 1);
}

TEST(CsvTest, RefusesWrongFieldCountAndBrokenQuotes) {
  EXPECT_EQ(ParseCsv("a,b\n1,2,3\n", "t.csv").error().location.line, 2);
  EXPECT_NE(ParseCsv("a,b\n1,\"2\n", "t.csv").error().message.find("unterminated"), std::string::npos);
  EXPECT_NE(ParseCsv("a,b\n1,\"2\"x\n", "t.csv").error().message.find("after a closing quote"), std::string::npos);
  EXPECT_FALSE(ParseCsv("# only a comment\n", "t.csv"));
}

TEST(UsStatesParserTest, RefusesUnknownComponentAndUnknownRule) {
  const std::string header = "state,filing_status,component,floor_usd,rate,amount_usd,flag,note\n";
  const std::string rows = "ZZ,single,bracket,0,0.05,,,\nZZ,married_joint,bracket,0,0.05,,,\n"
                           "ZZ,head_of_household,bracket,0,0.05,,,\n";
  EXPECT_TRUE(ParseUsStates(header + rows, "s.csv", "state,rules,caveats\nZZ,,\n", "r.csv"));
  const auto bad_component = ParseUsStates(header + rows + "ZZ,single,credit,,,5,,\n", "s.csv",
                                           "state,rules,caveats\nZZ,,\n", "r.csv");
  ASSERT_FALSE(bad_component);
  EXPECT_EQ(bad_component.error().location.line, 5);
  const auto bad_rule = ParseUsStates(header + rows, "s.csv", "state,rules,caveats\nZZ,base=magic,\n", "r.csv");
  ASSERT_FALSE(bad_rule);
  EXPECT_NE(bad_rule.error().ToString().find("r.csv:2: unknown rule 'base=magic'"), std::string::npos)
      << bad_rule.error().ToString();
}

TEST(UsStatesParserTest, RefusesBracketsThatDoNotStartAtZero) {
  const auto r = ParseUsStates(
      "state,filing_status,component,floor_usd,rate,amount_usd,flag,note\nZZ,single,bracket,100,0.05,,,\n",
      "s.csv", "state,rules,caveats\nZZ,,\n", "r.csv");
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("must start at 0"), std::string::npos);
}

TEST(UsStatesParserTest, ReadsEveryShippedStateWithItsFlags) {
  const TaxTables& t = testing::Tables2026();
  EXPECT_EQ(t.us_states.size(), 51u);
  EXPECT_TRUE(t.us_states.at("TX").no_income_tax);
  EXPECT_EQ(t.us_states.at("CA").status[Index(FilingStatus::kSingle)].flags.size(), 9u);
  EXPECT_EQ(t.us_states.at("OH").status[Index(FilingStatus::kSingle)].exemptions.size(), 4u);
  size_t flagged = 0;
  for (const auto& [code, st] : t.us_states) {
    for (const UsStateStatus& s : st.status) flagged += s.flags.size();
  }
  EXPECT_EQ(flagged, 132u);  // the count the source's SOURCE.md gives
}

TEST(DeParserTest, BuildsTheFiveTariffZones) {
  const TaxTables& t = testing::Tables2026();
  ASSERT_TRUE(t.de);
  EXPECT_EQ(t.de->health_general_rate + t.de->health_average_extra_rate / 2, 875'000);
  EXPECT_EQ(t.de->zones.size(), 5u);
  EXPECT_EQ(t.de->zones[3].b, 420'000);  // 0.42 x 10,000 euros, in cents
}

}  // namespace
}  // namespace walkaway::tax
