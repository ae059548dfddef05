// TakeHome and MarginalRate: input checks, then the country's arithmetic (interpret.cc).

#include "walkaway/tax/take_home.h"

#include <type_traits>
#include <utility>

#include "tax/interpret.h"

namespace walkaway::tax {
namespace {

core::Status CheckAmount(core::Money m, const char* field) {
  if (m.cents() < 0) return core::Error::InvalidInput(std::string(field) + " must not be negative", field);
  if (m.cents() > kMaxIncomeCents) {
    return core::Error::InvalidInput(std::string(field) + " is above the 10^9 a year the tax model takes", field);
  }
  return core::Ok{};
}

core::Status CheckIncome(const YearIncome& in) {
  const std::pair<core::Money, const char*> fields[] = {
      {in.base, "base"},         {in.bonus, "bonus"},
      {in.sign_on, "sign_on"},   {in.rsu_vest, "rsu_vest"},
      {in.option_spread, "option_spread"}, {in.pretax_retirement, "pretax_retirement"}};
  for (const auto& [amount, name] : fields) {
    core::Status ok = CheckAmount(amount, name);
    if (!ok) return ok;
  }
  const core::Money gross = in.base + in.bonus + in.sign_on + in.rsu_vest + in.option_spread;
  core::Status ok = CheckAmount(gross, "gross");
  if (!ok) return ok;
  if (in.pretax_retirement > gross) {
    return core::Error::InvalidInput("pre-tax retirement contributions exceed the year's pay", "pretax_retirement");
  }
  return core::Ok{};
}

Parts Compute(const PlaceRules& rules, int64_t regular, int64_t lump, int64_t pretax) {
  return std::visit(
      [&](const auto& m) -> Parts {
        using T = std::decay_t<decltype(m)>;
        if constexpr (std::is_same_v<T, UsRules>) return UsParts(m, regular + lump, regular + lump - pretax);
        if constexpr (std::is_same_v<T, UkRules>) return UkParts(m, regular, lump, pretax);
        if constexpr (std::is_same_v<T, DeRules>) return DeParts(m, regular + lump);
        if constexpr (std::is_same_v<T, CaRules>) return CaParts(m, regular + lump, pretax);
      },
      rules.model);
}

double Rate(int64_t e7) { return static_cast<double>(e7) / kRateOne; }

}  // namespace

core::Result<TakeHomePay> TakeHome(const PlaceRules& rules, const YearIncome& income) {
  core::Status ok = CheckIncome(income);
  if (!ok) return ok.error();
  const int64_t regular = (income.base + income.rsu_vest).cents();
  const int64_t lump = (income.bonus + income.sign_on + income.option_spread).cents();
  const int64_t pretax = income.pretax_retirement.cents();
  const Parts parts = Compute(rules, regular, lump, pretax);
  TakeHomePay out;
  out.gross = core::Money::FromCents(regular + lump);
  out.pretax_retirement = income.pretax_retirement;
  out.income_tax = core::Money::FromCents(parts.income_tax);
  out.contributions = core::Money::FromCents(parts.contributions);
  out.take_home = out.gross - out.pretax_retirement - out.income_tax - out.contributions;
  for (size_t i = 0; i < rules.lines.size(); ++i) {
    const LineSpec& spec = rules.lines[i];
    out.lines.push_back(TaxLine{spec.name, spec.kind, spec.level, core::Money::FromCents(parts.lines[i])});
  }
  if (out.gross > core::Money{}) {
    out.effective_rate = static_cast<double>(parts.income_tax + parts.contributions) / static_cast<double>(regular + lump);
  }
  return out;
}

namespace {

double UsMarginal(const UsRules& us, int64_t gross, int64_t pretax) {
  const int64_t payroll = (gross < us.social_security_wage_base ? us.social_security_rate : 0) + us.medicare_rate +
                          (gross >= us.additional_medicare_threshold ? us.additional_medicare_rate : 0);
  return Rate(us.income_tax_total.RateAt(gross - pretax) + payroll);
}

double UkMarginal(const UkRules& uk, const Parts& parts, int64_t regular, int64_t lump, int64_t pretax) {
  const int64_t ani = regular + lump - pretax;
  const bool tapering = ani >= uk.taper_threshold && parts.taxable < ani;
  double rate = Rate(uk.bands.RateAt(parts.taxable)) * (1.0 + (tapering ? Rate(uk.taper_rate) : 0.0));
  // One more unit of regular pay is spread over twelve months: eleven regular ones, one with the lump sums.
  const int64_t month = (regular + 6) / 12;
  const auto ni_rate = [&uk](int64_t pay) {
    return pay < uk.ni_threshold_month ? 0.0
           : pay < uk.ni_limit_month   ? Rate(uk.ni_main_rate)
                                       : Rate(uk.ni_additional_rate);
  };
  rate += (11 * ni_rate(month) + ni_rate(month + lump)) / 12;
  for (const std::optional<Schedule>* loan : {&uk.loan_month, &uk.postgraduate_month}) {
    if (*loan) rate += (11 * Rate((*loan)->RateAt(month)) + Rate((*loan)->RateAt(month + lump))) / 12;
  }
  return rate;
}

// An upper bound: the tariff's slope over the next whole euro of X (it rises within a zone), the Soli on top,
// and one euro of pay adding at most one euro to the taxable base (the Vorsorgepauschale's relief left out).
double DeMarginal(const DeRules& de, const Parts& parts, int64_t gross) {
  const double contributions = Rate((gross < de.ceiling_pension ? de.pension_rate + de.unemployment_rate : 0) +
                                    (gross < de.ceiling_health ? de.health_rate + de.care_rate : 0));
  double slope = 0.0;
  for (const GermanZone& z : de.zones) {
    if (parts.taxable > z.upper) continue;
    const double d = static_cast<double>(parts.taxable + 1 - z.origin);
    slope = (2.0 * static_cast<double>(z.a) * d + static_cast<double>(z.b) * 1e4) / 1e10;
    break;
  }
  const int64_t wage_tax = parts.lines[0] / 100;
  double soli = 0.0;
  if (wage_tax >= de.soli_threshold) {
    const bool phase_in = (wage_tax - de.soli_threshold) * de.soli_phase_in_rate < wage_tax * de.soli_rate;
    soli = Rate(phase_in ? de.soli_phase_in_rate : de.soli_rate);
  }
  return contributions + slope * (1.0 + soli);
}

double CaMarginal(const CaRules& ca, const Parts& parts, int64_t gross) {
  const bool in_cpp = gross >= ca.cpp_exemption && gross < ca.ympe;
  const double cpp_base = in_cpp ? Rate(ca.cpp_base_rate) : 0.0;
  const double enhanced = (in_cpp ? Rate(ca.cpp_additional_rate) : 0.0) +
                          (gross >= ca.ympe && gross < ca.yampe ? Rate(ca.cpp2_rate) : 0.0);
  const double ei = gross < ca.ei_max_insurable ? Rate(ca.ei_rate) : 0.0;
  const double dnet = 1.0 - enhanced;  // the enhanced CPP is deducted from net income
  const int64_t net = parts.taxable;
  double federal = 0.0;
  if (parts.lines[0] > 0) {
    federal = Rate(ca.federal.RateAt(net)) * dnet -
              Rate(ca.federal_credit_rate) * ((ca.federal_credit_cpp ? cpp_base : 0.0) + (ca.federal_credit_ei ? ei : 0.0));
    if (net >= ca.bpa_phase_start && net < ca.bpa_phase_end) {  // the basic personal amount shrinks
      federal += Rate(ca.federal_credit_rate) * static_cast<double>(ca.bpa_max - ca.bpa_min) /
                 static_cast<double>(ca.bpa_phase_end - ca.bpa_phase_start) * dnet;
    }
  }
  double provincial = 0.0;
  if (parts.provincial_basic > 0) {
    provincial = (Rate(ca.provincial.RateAt(net)) * dnet -
                  Rate(ca.provincial_credit_rate) *
                      ((ca.provincial_credit_cpp ? cpp_base : 0.0) + (ca.provincial_credit_ei ? ei : 0.0))) *
                 (1.0 + Rate(ca.surtax.RateAt(parts.provincial_basic)));
  }
  return cpp_base + enhanced + ei + federal + provincial;
}

}  // namespace

double MarginalRate(const PlaceRules& rules, const YearIncome& income) {
  const int64_t regular = (income.base + income.rsu_vest).cents();
  const int64_t lump = (income.bonus + income.sign_on + income.option_spread).cents();
  const int64_t pretax = income.pretax_retirement.cents();
  const Parts parts = Compute(rules, regular, lump, pretax);
  if (const auto* us = std::get_if<UsRules>(&rules.model)) return UsMarginal(*us, regular + lump, pretax);
  if (const auto* uk = std::get_if<UkRules>(&rules.model)) return UkMarginal(*uk, parts, regular, lump, pretax);
  if (const auto* de = std::get_if<DeRules>(&rules.model)) return DeMarginal(*de, parts, regular + lump);
  return CaMarginal(std::get<CaRules>(rules.model), parts, regular + lump);
}

}  // namespace walkaway::tax
