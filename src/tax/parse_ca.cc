// Parser for ca-YEAR.toml (federal, CPP/CPP2, EI, Ontario, British Columbia) and ca-YEAR-credits.toml. Pure.

#include "tax/parse_util.h"
#include "tax/toml_subset.h"
#include "walkaway/tax/parse.h"

namespace walkaway::tax {
namespace {

int64_t RateOf(int64_t cents, int64_t rate) { return (cents * rate + kRateOne / 2) / kRateOne; }

// The published maximum must equal rate x the band it applies to: a check that the file's figures agree.
core::Status CheckMax(const TomlDoc& doc, const std::string& key, int64_t rate, int64_t band, int64_t max) {
  if (RateOf(band, rate) == max) return core::Ok{};
  return DataError(doc.file, doc.values.at(key).line,
                   key + " = " + Units(max) + " but the rate on the band gives " + Units(RateOf(band, rate)));
}

core::Result<CaProvince> ReadProvince(const TomlDoc& doc, const std::string& table, const std::string& code) {
  CaProvince p;
  p.code = code;
  core::Result<std::vector<Bracket>> b = ZipBrackets(doc, table + ".bracket_floors", table + ".rates");
  if (!b) return b.error();
  p.brackets = std::move(*b);
  p.flags = FlagsFromMarkers(doc, table);
  if (doc.values.count(table + ".basic_personal_amount")) {
    core::Result<int64_t> bpa = GetScaled(doc, table + ".basic_personal_amount", 2);
    if (!bpa) return bpa.error();
    p.basic_personal_amount = *bpa;
    p.flags.push_back(SingleSourceFlag(doc, table + ".basic_personal_amount"));
  }
  for (int i = 1; doc.values.count(table + ".surtax_threshold_" + std::to_string(i)); ++i) {
    core::Result<int64_t> thr = GetScaled(doc, table + ".surtax_threshold_" + std::to_string(i), 2);
    if (!thr) return thr.error();
    core::Result<int64_t> rate = GetScaled(doc, table + ".surtax_rate_" + std::to_string(i), kRateScale);
    if (!rate) return rate.error();
    if (!p.surtax.empty() && *thr <= p.surtax.back().floor) {
      return DataError(doc.file, doc.values.at(table + ".surtax_threshold_" + std::to_string(i)).line,
                       "surtax thresholds must increase");
    }
    p.surtax.push_back(Bracket{*thr, *rate});  // rates add up: each applies above its own threshold
  }
  if (!p.surtax.empty()) {
    const TomlValue& first = doc.values.at(table + ".surtax_threshold_1");
    p.flags.push_back(Flag{FlagKind::kCaution, "the surtax thresholds and rates come from one secondary source",
                           core::SourceLocation{doc.file, first.line, 0}});
  }
  return p;
}

}  // namespace

core::Result<CaTable> ParseCa(std::string_view text, std::string_view file_name, std::string_view credits_text,
                              std::string_view credits_file, int year) {
  core::Result<TomlDoc> doc = ParseTomlSubset(text, file_name);
  if (!doc) return doc.error();
  core::Result<TomlDoc> credits = ParseTomlSubset(credits_text, credits_file);
  if (!credits) return credits.error();
  core::Status ok = CheckTaxYear(*doc, year);
  if (!ok) return ok.error();
  ok = CheckTaxYear(*credits, year);
  if (!ok) return ok.error();

  CaTable t;
  t.file = std::string(file_name);
  t.credits_file = std::string(credits_file);
  core::Result<std::vector<Bracket>> fed = ZipBrackets(*doc, "federal.bracket_floors", "federal.rates");
  if (!fed) return fed.error();
  t.federal = std::move(*fed);
  if (t.federal.size() < 5) {
    return DataError(file_name, doc->values.at("federal.bracket_floors").line,
                     "the basic personal amount phases down between the 4th and 5th bracket floors: 5 brackets needed");
  }
  ok = ReadFields(*doc, {
      {"federal.basic_personal_amount_max", 2, &t.basic_personal_amount_max},
      {"federal.basic_personal_amount_min", 2, &t.basic_personal_amount_min},
      {"federal.canada_employment_amount", 2, &t.canada_employment_amount},
      {"cpp.rate", kRateScale, &t.cpp_rate},
      {"cpp.basic_exemption", 2, &t.cpp_basic_exemption},
      {"cpp.ympe", 2, &t.cpp_ympe},
      {"cpp.max_employee_contribution", 2, &t.cpp_max},
      {"cpp2.rate", kRateScale, &t.cpp2_rate},
      {"cpp2.yampe", 2, &t.cpp2_yampe},
      {"cpp2.max_employee_contribution", 2, &t.cpp2_max},
      {"ei.rate", kRateScale, &t.ei_rate},
      {"ei.max_insurable_earnings", 2, &t.ei_max_insurable},
      {"ei.max_employee_premium", 2, &t.ei_max},
  });
  if (!ok) return ok.error();
  ok = ReadFields(*credits, {{"cpp_split.first_additional_rate", kRateScale, &t.cpp_first_additional_rate}});
  if (!ok) return ok.error();
  struct {
    const char* key;
    bool* out;
  } flags[] = {{"federal_credits.base_cpp", &t.federal_credit_base_cpp},
               {"federal_credits.ei_premiums", &t.federal_credit_ei},
               {"federal_credits.canada_employment_amount", &t.federal_credit_employment_amount},
               {"provincial_credits.base_cpp", &t.provincial_credit_base_cpp},
               {"provincial_credits.ei_premiums", &t.provincial_credit_ei}};
  for (const auto& f : flags) {
    core::Result<bool> b = GetBool(*credits, f.key);
    if (!b) return b.error();
    *f.out = *b;
  }
  if (t.cpp_first_additional_rate > t.cpp_rate) {
    return DataError(credits_file, credits->values.at("cpp_split.first_additional_rate").line,
                     "the first additional rate exceeds the CPP rate");
  }
  if (!(t.cpp_basic_exemption < t.cpp_ympe && t.cpp_ympe < t.cpp2_yampe)) {
    return DataError(file_name, doc->values.at("cpp.ympe").line, "need basic exemption < YMPE < YAMPE");
  }
  ok = CheckMax(*doc, "cpp.max_employee_contribution", t.cpp_rate, t.cpp_ympe - t.cpp_basic_exemption, t.cpp_max);
  if (!ok) return ok.error();
  ok = CheckMax(*doc, "cpp2.max_employee_contribution", t.cpp2_rate, t.cpp2_yampe - t.cpp_ympe, t.cpp2_max);
  if (!ok) return ok.error();
  ok = CheckMax(*doc, "ei.max_employee_premium", t.ei_rate, t.ei_max_insurable, t.ei_max);
  if (!ok) return ok.error();
  t.federal_flags.push_back(SingleSourceFlag(*doc, "federal.canada_employment_amount"));

  for (const auto& [table, code] : {std::pair<std::string, std::string>{"ontario", "ON"},
                                    std::pair<std::string, std::string>{"british_columbia", "BC"}}) {
    if (!doc->values.count(table + ".bracket_floors")) continue;
    core::Result<CaProvince> p = ReadProvince(*doc, table, code);
    if (!p) return p.error();
    t.provinces[code] = std::move(*p);
  }
  return t;
}

}  // namespace walkaway::tax
