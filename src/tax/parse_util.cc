#include "tax/parse_util.h"

#include "tax/decimal.h"
#include "walkaway/core/money.h"

namespace walkaway::tax {

std::optional<int64_t> ParseCents(std::string_view text) {
  const std::optional<Decimal> d = ParseDecimal(text);
  if (!d) return std::nullopt;
  return ToScaled(*d, 2);
}

std::optional<int64_t> ParseRate(std::string_view text) {
  const std::optional<Decimal> d = ParseDecimal(text);
  if (!d) return std::nullopt;
  const std::optional<int64_t> r = ToScaled(*d, kRateScale);
  if (!r || *r < 0 || *r > kRateOne) return std::nullopt;
  return r;
}

core::Status CheckBrackets(const std::vector<Bracket>& brackets, std::string_view what, std::string_view file,
                           int line) {
  if (brackets.empty()) return DataError(file, line, std::string(what) + ": no brackets");
  if (brackets.front().floor != 0) {
    return DataError(file, line, std::string(what) + ": the first bracket must start at 0");
  }
  for (size_t i = 0; i < brackets.size(); ++i) {
    if (brackets[i].rate < 0 || brackets[i].rate > kRateOne) {
      return DataError(file, line, std::string(what) + ": a rate outside 0..1");
    }
    if (i > 0 && brackets[i].floor <= brackets[i - 1].floor) {
      return DataError(file, line, std::string(what) + ": bracket floors must increase");
    }
  }
  return core::Ok{};
}

core::Result<std::vector<Bracket>> ZipBrackets(const TomlDoc& doc, const std::string& floors_key,
                                               const std::string& rates_key) {
  core::Result<std::vector<int64_t>> floors = GetScaledArray(doc, floors_key, 2);
  if (!floors) return floors.error();
  core::Result<std::vector<int64_t>> rates = GetScaledArray(doc, rates_key, kRateScale);
  if (!rates) return rates.error();
  const int line = doc.values.at(floors_key).line;
  if (floors->size() != rates->size()) {
    return DataError(doc.file, line, floors_key + " and " + rates_key + " differ in length");
  }
  std::vector<Bracket> out;
  for (size_t i = 0; i < floors->size(); ++i) out.push_back(Bracket{(*floors)[i], (*rates)[i]});
  core::Status ok = CheckBrackets(out, floors_key, doc.file, line);
  if (!ok) return ok.error();
  return out;
}

core::Status CheckTaxYear(const TomlDoc& doc, int year) {
  core::Result<const TomlValue*> v = Find(doc, "tax_year");
  if (!v) return v.error();
  const std::string& text = (*v)->text;
  const std::string expected = std::to_string(year);
  if (text.substr(0, expected.size()) != expected ||
      (text.size() != expected.size() && text[expected.size()] != '-')) {
    return DataError(doc.file, (*v)->line, "tax_year is " + text + ", expected " + expected);
  }
  return core::Ok{};
}

std::string Units(int64_t cents) { return core::FormatMoney(core::Money::FromCents(cents)); }

std::string Percent(int64_t rate) {
  // rate / 1e5 = percent with up to 5 decimals; trim trailing zeros.
  std::string whole = std::to_string(rate / 100'000);
  std::string frac = std::to_string(rate % 100'000 + 100'000).substr(1);
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  return frac.empty() ? whole + "%" : whole + "." + frac + "%";
}

}  // namespace walkaway::tax

namespace walkaway::tax {

std::vector<Flag> FlagsFromMarkers(const TomlDoc& doc, std::string_view table) {
  std::vector<Flag> out;
  for (const TomlMarker& m : MarkersIn(doc, table)) {
    out.push_back(Flag{m.kind == "MISSING" ? FlagKind::kMissing : FlagKind::kCaution, m.text,
                       core::SourceLocation{doc.file, m.line, 0}});
  }
  return out;
}

Flag SingleSourceFlag(const TomlDoc& doc, const std::string& key) {
  const TomlValue& v = doc.values.at(key);
  return Flag{FlagKind::kCaution, key + " = " + v.text + " (" + v.comment + ")",
              core::SourceLocation{doc.file, v.line, 0}};
}

core::Status ReadFields(const TomlDoc& doc, std::initializer_list<ScaledField> fields) {
  for (const ScaledField& f : fields) {
    core::Result<int64_t> v = GetScaled(doc, f.key, f.scale);
    if (!v) return v.error();
    *f.out = *v;
  }
  return core::Ok{};
}

}  // namespace walkaway::tax
