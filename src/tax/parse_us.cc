// Parsers for the US files: us-federal-YEAR.toml, us-states-YEAR.csv (+ us-state-rules-YEAR.csv) and
// us-nyc-YEAR.csv. Pure: text in, tables out.

#include <array>
#include <utility>

#include "tax/csv.h"
#include "tax/parse_util.h"
#include "tax/toml_subset.h"
#include "walkaway/tax/parse.h"

namespace walkaway::tax {
namespace {

constexpr std::array<FilingStatus, kFilingStatuses> kStatuses = {
    FilingStatus::kSingle, FilingStatus::kMarriedJoint, FilingStatus::kHeadOfHousehold};

core::Status ParseStateRules(std::string_view rules, const CsvTable& table, int line, UsStateRules& out) {
  size_t start = 0;
  while (start < rules.size()) {
    size_t end = rules.find(';', start);
    if (end == std::string_view::npos) end = rules.size();
    const std::string_view item = rules.substr(start, end - start);
    start = end + 1;
    const size_t eq = item.find('=');
    const std::string_view key = item.substr(0, eq);
    const std::string_view value = eq == std::string_view::npos ? std::string_view{} : item.substr(eq + 1);
    const std::string limit_prefix = "exemption_limit_";
    if (key == "base" && value == "federal_taxable") {
      out.base_federal_taxable = true;
    } else if (key == "std" && value == "federal") {
      out.standard_deduction_federal = true;
    } else if (key == "exemption" && value == "per_person") {
      out.exemption_per_person = true;
    } else if (key == "exemption" && value == "magi_tiers") {
      out.exemption_magi_tiers = true;
    } else if (key.substr(0, limit_prefix.size()) == limit_prefix) {
      const std::optional<FilingStatus> s = FilingStatusFromName(key.substr(limit_prefix.size()));
      const std::optional<int64_t> amount = ParseCents(value);
      if (!s || !amount) return DataError(table.file, line, "bad rule '" + std::string(item) + "'");
      out.exemption_income_limit[Index(*s)] = *amount;
    } else if (key == "surtax") {
      const size_t c1 = value.find(':');
      const size_t c2 = c1 == std::string_view::npos ? c1 : value.find(':', c1 + 1);
      const std::optional<int64_t> floor = ParseCents(value.substr(0, c1));
      const std::optional<int64_t> rate =
          c1 == std::string_view::npos ? std::nullopt : ParseRate(value.substr(c1 + 1, c2 - c1 - 1));
      const std::string_view tail = c2 == std::string_view::npos ? std::string_view{} : value.substr(c2 + 1);
      if (!floor || !rate || (!tail.empty() && tail != "stale")) {
        return DataError(table.file, line, "bad rule '" + std::string(item) + "' (surtax=FLOOR:RATE[:stale])");
      }
      out.surtax = Bracket{*floor, *rate};
      if (tail == "stale") {
        out.surtax_flag = Flag{FlagKind::kStale,
                               "surtax threshold " + Units(*floor) +
                                   " is an earlier year's value of an indexed threshold",
                               core::SourceLocation{table.file, line, 0}};
      }
    } else {
      return DataError(table.file, line, "unknown rule '" + std::string(item) + "'");
    }
  }
  return core::Ok{};
}

}  // namespace

core::Result<UsFederalTable> ParseUsFederal(std::string_view text, std::string_view file_name, int year) {
  core::Result<TomlDoc> doc = ParseTomlSubset(text, file_name);
  if (!doc) return doc.error();
  core::Status year_ok = CheckTaxYear(*doc, year);
  if (!year_ok) return year_ok.error();
  UsFederalTable t;
  t.file = std::string(file_name);
  for (FilingStatus s : kStatuses) {
    const std::string name(FilingStatusName(s));
    core::Result<std::vector<Bracket>> b = ZipBrackets(*doc, "income_tax.bracket_floors." + name, "income_tax.rates");
    if (!b) return b.error();
    t.brackets[Index(s)] = std::move(*b);
    core::Result<int64_t> sd = GetScaled(*doc, "standard_deduction." + name, 2);
    if (!sd) return sd.error();
    t.standard_deduction[Index(s)] = *sd;
    core::Result<int64_t> thr = GetScaled(*doc, "fica_employee.additional_medicare_threshold." + name, 2);
    if (!thr) return thr.error();
    t.additional_medicare_threshold[Index(s)] = *thr;
  }
  struct {
    const char* key;
    int scale;
    int64_t* out;
  } fields[] = {
      {"fica_employee.social_security_rate", kRateScale, &t.social_security_rate},
      {"fica_employee.social_security_wage_base", 2, &t.social_security_wage_base},
      {"fica_employee.medicare_rate", kRateScale, &t.medicare_rate},
      {"fica_employee.additional_medicare_rate", kRateScale, &t.additional_medicare_rate},
  };
  for (const auto& f : fields) {
    core::Result<int64_t> v = GetScaled(*doc, f.key, f.scale);
    if (!v) return v.error();
    *f.out = *v;
  }
  return t;
}

namespace {

// One row of us-states-YEAR.csv into its state and status.
core::Status ReadStateRow(const CsvRow& row, const std::vector<int>& c, std::string_view file,
                          std::map<std::string, UsStateTable>& states) {
  const std::string& code = row.fields[c[0]];
  const std::optional<FilingStatus> status = FilingStatusFromName(row.fields[c[1]]);
  if (code.size() != 2 || !status) {
    return DataError(file, row.line, "bad state or filing status '" + code + "," + row.fields[c[1]] + "'");
  }
  UsStateTable& st = states[code];
  if (st.code.empty()) {
    st.code = code;
    st.where = core::SourceLocation{std::string(file), row.line, 0};
  }
  if (st.note.empty()) st.note = row.fields[c[7]];
  UsStateStatus& ss = st.status[Index(*status)];
  const std::string& component = row.fields[c[2]];
  if (component == "none") {
    st.no_income_tax = true;
    return core::Ok{};
  }
  std::string label = code + " " + std::string(FilingStatusName(*status)) + " ";
  if (component == "bracket") {
    const std::optional<int64_t> floor = ParseCents(row.fields[c[3]]);
    const std::optional<int64_t> rate = ParseRate(row.fields[c[4]]);
    if (!floor || !rate) return DataError(file, row.line, "a bracket needs floor_usd and rate");
    ss.brackets.push_back(Bracket{*floor, *rate});
    label += "bracket from " + Units(*floor) + " at " + Percent(*rate);
  } else if (component == "standard_deduction" || component == "personal_exemption") {
    const std::optional<int64_t> amount = ParseCents(row.fields[c[5]]);
    if (!amount) return DataError(file, row.line, component + " needs amount_usd");
    label += (component == "standard_deduction" ? "standard deduction " : "personal exemption ") + Units(*amount);
    if (component == "standard_deduction") {
      if (ss.standard_deduction) return DataError(file, row.line, "a second standard_deduction");
      ss.standard_deduction = *amount;
    } else {
      const std::optional<int64_t> from = row.fields[c[3]].empty() ? int64_t{0} : ParseCents(row.fields[c[3]]);
      if (!from) return DataError(file, row.line, "bad floor_usd");
      ss.exemptions.push_back(ExemptionTier{*from, *amount});
    }
  } else {
    return DataError(file, row.line, "unknown component '" + component + "'");
  }
  if (!row.fields[c[6]].empty()) {
    ss.flags.push_back(Flag{FlagKind::kStale, label + ": " + row.fields[c[6]],
                            core::SourceLocation{std::string(file), row.line, 0}, component});
  }
  return core::Ok{};
}

// us-state-rules-YEAR.csv: one row for every state, and no other.
core::Status AttachStateRules(std::string_view rules_text, std::string_view rules_file, std::string_view states_file,
                              std::map<std::string, UsStateTable>& states) {
  core::Result<CsvTable> rules = ParseCsv(rules_text, rules_file);
  if (!rules) return rules.error();
  core::Result<std::vector<int>> c = RequireColumns(*rules, {"state", "rules", "caveats"});
  if (!c) return c.error();
  std::map<std::string, bool> seen;
  for (const CsvRow& row : rules->rows) {
    const std::string& code = row.fields[(*c)[0]];
    auto it = states.find(code);
    if (it == states.end()) {
      return DataError(rules_file, row.line, "state '" + code + "' is not in " + std::string(states_file));
    }
    if (seen[code]) return DataError(rules_file, row.line, "state '" + code + "' appears twice");
    seen[code] = true;
    core::Status ok = ParseStateRules(row.fields[(*c)[1]], *rules, row.line, it->second.rules);
    if (!ok) return ok.error();
    if (!row.fields[(*c)[2]].empty()) it->second.rules.caveats.push_back(row.fields[(*c)[2]]);
  }
  for (const auto& [code, st] : states) {
    if (!seen[code]) return DataError(rules_file, 0, "no row for state '" + code + "'");
  }
  return core::Ok{};
}

}  // namespace

core::Result<std::map<std::string, UsStateTable>> ParseUsStates(std::string_view states_text,
                                                                std::string_view states_file,
                                                                std::string_view rules_text,
                                                                std::string_view rules_file) {
  core::Result<CsvTable> csv = ParseCsv(states_text, states_file);
  if (!csv) return csv.error();
  core::Result<std::vector<int>> cols =
      RequireColumns(*csv, {"state", "filing_status", "component", "floor_usd", "rate", "amount_usd", "flag", "note"});
  if (!cols) return cols.error();
  std::map<std::string, UsStateTable> states;
  for (const CsvRow& row : csv->rows) {
    core::Status ok = ReadStateRow(row, *cols, states_file, states);
    if (!ok) return ok.error();
  }
  for (const auto& [code, st] : states) {
    if (st.no_income_tax) continue;
    for (FilingStatus s : kStatuses) {
      core::Status ok = CheckBrackets(st.status[Index(s)].brackets, code + " " + std::string(FilingStatusName(s)),
                                      st.where.file, st.where.line);
      if (!ok) return ok.error();
    }
  }
  core::Status ok = AttachStateRules(rules_text, rules_file, states_file, states);
  if (!ok) return ok.error();
  return states;
}

core::Result<UsLocalTable> ParseUsLocal(std::string_view text, std::string_view file_name, std::string_view code) {
  core::Result<CsvTable> csv = ParseCsv(text, file_name);
  if (!csv) return csv.error();
  core::Result<std::vector<int>> cols = RequireColumns(*csv, {"locality", "filing_status", "floor_usd", "rate"});
  if (!cols) return cols.error();
  UsLocalTable t;
  t.code = std::string(code);
  t.file = std::string(file_name);
  for (const CsvRow& row : csv->rows) {
    if (row.fields[(*cols)[0]] != code) continue;
    const std::optional<FilingStatus> status = FilingStatusFromName(row.fields[(*cols)[1]]);
    const std::optional<int64_t> floor = ParseCents(row.fields[(*cols)[2]]);
    const std::optional<int64_t> rate = ParseRate(row.fields[(*cols)[3]]);
    if (!status || !floor || !rate) return DataError(file_name, row.line, "bad row: need filing_status, floor_usd, rate");
    t.brackets[Index(*status)].push_back(Bracket{*floor, *rate});
  }
  for (FilingStatus s : kStatuses) {
    core::Status ok = CheckBrackets(t.brackets[Index(s)], std::string(code) + " " + std::string(FilingStatusName(s)),
                                    file_name, 0);
    if (!ok) return ok.error();
  }
  return t;
}

}  // namespace walkaway::tax
