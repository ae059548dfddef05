// The interpreter: per-country arithmetic over compiled rules (rules.h). Why each rounding is where it is:
// docs/tax.md, "Rounding".

#include "tax/interpret.h"

#include <algorithm>

namespace walkaway::tax {
namespace {

int64_t FloorDiv(int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// rate on the part of x between from and to, rounded half up to the cent (what Schedule::Band gives,
// without the look-up).
int64_t OnBand(int64_t x, int64_t from, int64_t to, int64_t rate) {
  return Schedule::RoundE7((std::clamp(x, from, to) - from) * rate);
}

// A monthly student-loan deduction is rounded down to whole pounds.
int64_t LoanMonth(const Schedule& s, int64_t month_pay) { return Schedule::FloorE7(s.ValueE7(month_pay)) / 100 * 100; }

}  // namespace

Parts UsParts(const UsRules& r, int64_t gross, int64_t wages) {
  Parts p;
  size_t i = 0;
  for (const Schedule& s : r.income_taxes) p.lines[i++] = s.Cents(wages);
  for (const Schedule& s : r.payroll) p.lines[i++] = s.Cents(gross);
  p.income_tax = r.income_tax_total.Cents(wages);
  p.contributions = Schedule::RoundE7(UsPayrollE7(r, gross));
  return p;
}

Parts UkParts(const UkRules& r, int64_t regular, int64_t lump, int64_t pretax) {
  Parts p;
  const int64_t adjusted_net = regular + lump - pretax;
  const int64_t reduction = adjusted_net > r.taper_threshold
                                ? (adjusted_net - r.taper_threshold) * r.taper_rate / kRateOne
                                : 0;
  const int64_t allowance = std::max<int64_t>(0, r.personal_allowance - reduction);
  p.taxable = std::max<int64_t>(0, adjusted_net - allowance);
  const int64_t income_tax = r.bands.Cents(p.taxable);
  // Twelve monthly pay periods: eleven of regular pay, one with the lump sums on top.
  const int64_t month = (regular + 6) / 12;
  const int64_t ni = 11 * NiMonth(r, month) + NiMonth(r, month + lump);
  p.lines[0] = income_tax;
  p.lines[1] = ni;
  size_t i = 2;
  int64_t loans = 0;
  for (const std::optional<Schedule>* loan : {&r.loan_month, &r.postgraduate_month}) {
    if (!*loan) continue;
    const int64_t repaid = 11 * LoanMonth(**loan, month) + LoanMonth(**loan, month + lump);
    p.lines[i++] = repaid;
    loans += repaid;
  }
  p.income_tax = income_tax;
  p.contributions = ni + loans;
  return p;
}

int64_t GermanTariff(const std::vector<GermanZone>& zones, int64_t x) {
  for (const GermanZone& z : zones) {
    if (x > z.upper) continue;
    const int64_t d = x - z.origin;
    // (a y + b) y + c with y = d / 10,000 and a, b, c in cents: exact over 10^10, then rounded down.
    return FloorDiv((z.a * d + z.b * 10'000) * d + z.c * 100'000'000, 10'000'000'000);
  }
  return 0;  // unreachable: the last zone has no upper bound
}

Parts DeParts(const DeRules& r, int64_t gross) {
  Parts p;
  const int64_t capped_pension = std::min(gross, r.ceiling_pension);
  const int64_t capped_health = std::min(gross, r.ceiling_health);
  const int64_t pension = Schedule::RoundE7(capped_pension * r.pension_rate);
  const int64_t unemployment = Schedule::RoundE7(capped_pension * r.unemployment_rate);
  const int64_t health = Schedule::RoundE7(capped_health * r.health_rate);
  const int64_t care = Schedule::RoundE7(capped_health * r.care_rate);
  // Vorsorgepauschale (PAP UPEVP, MVSPKVPV, MVSPHB): parts rounded down to the cent, sums up to the euro.
  const int64_t vsp_pension = Schedule::FloorE7(capped_pension * r.vsp_pension_rate);
  const int64_t vsp_health_care = Schedule::FloorE7(capped_health * r.vsp_health_care_rate);
  const int64_t vsp_unemployment = Schedule::FloorE7(capped_pension * r.vsp_unemployment_rate);
  const int64_t vsp_other = std::min(vsp_unemployment + vsp_health_care, r.vsp_other_cap);
  const int64_t vsp_euros = std::max((vsp_pension + vsp_health_care + 99) / 100, (vsp_pension + vsp_other + 99) / 100);
  // MZTABFB: the Arbeitnehmer-Pauschbetrag, at most the wage (rounded up to the euro).
  const int64_t anp_euros = std::min(r.arbeitnehmer_pauschbetrag, (gross + 99) / 100);
  int64_t zve_cents = gross - (anp_euros + r.sonderausgaben_pauschbetrag + vsp_euros) * 100;
  if (zve_cents < 100) zve_cents = 0;
  const int64_t x = zve_cents / 100 / r.divisor;
  p.taxable = x;
  const int64_t wage_tax = GermanTariff(r.zones, x) * r.divisor;
  int64_t soli = 0;
  if (wage_tax > r.soli_threshold) {
    soli = std::min(Schedule::FloorE7(wage_tax * 100 * r.soli_rate),
                    Schedule::FloorE7((wage_tax - r.soli_threshold) * 100 * r.soli_phase_in_rate));
  }
  p.lines = {wage_tax * 100, soli, pension, unemployment, health, care, 0, 0};
  p.income_tax = wage_tax * 100 + soli;
  // The total is rounded once over the exact lines, as in the US (docs/tax.md, "Rounding").
  p.contributions = Schedule::RoundE7(capped_pension * (r.pension_rate + r.unemployment_rate) +
                                      capped_health * (r.health_rate + r.care_rate));
  return p;
}

Parts CaParts(const CaRules& r, int64_t gross, int64_t pretax) {
  Parts p;
  const int64_t cpp_base = OnBand(gross, r.cpp_exemption, r.ympe, r.cpp_base_rate);
  const int64_t cpp_additional = OnBand(gross, r.cpp_exemption, r.ympe, r.cpp_additional_rate);
  const int64_t cpp2 = OnBand(gross, r.ympe, r.yampe, r.cpp2_rate);
  const int64_t ei = OnBand(gross, 0, r.ei_max_insurable, r.ei_rate);
  // Net income: the enhanced CPP (first additional and CPP2) is a deduction (line 22215).
  const int64_t net = std::max<int64_t>(0, gross - pretax - cpp_additional - cpp2);
  p.taxable = net;
  int64_t bpa = r.bpa_max;
  if (net >= r.bpa_phase_end) {
    bpa = r.bpa_min;
  } else if (net > r.bpa_phase_start) {
    bpa = r.bpa_max - (net - r.bpa_phase_start) * (r.bpa_max - r.bpa_min) / (r.bpa_phase_end - r.bpa_phase_start);
  }
  const int64_t contribution_credits = (r.federal_credit_cpp ? cpp_base : 0) + (r.federal_credit_ei ? ei : 0);
  const int64_t federal_credits =
      Schedule::RoundE7((bpa + std::min(r.employment_amount, gross) + contribution_credits) * r.federal_credit_rate);
  const int64_t federal = std::max<int64_t>(0, r.federal.Cents(net) - federal_credits);
  const int64_t provincial_credits = Schedule::RoundE7(
      (r.provincial_bpa + (r.provincial_credit_cpp ? cpp_base : 0) + (r.provincial_credit_ei ? ei : 0)) *
      r.provincial_credit_rate);
  const int64_t basic = std::max<int64_t>(0, r.provincial.Cents(net) - provincial_credits);
  const int64_t provincial = basic + r.surtax.Cents(basic);
  p.provincial_basic = basic;
  p.lines = {federal, provincial, cpp_base + cpp_additional, cpp2, ei, 0, 0, 0};
  p.income_tax = federal + provincial;
  p.contributions = cpp_base + cpp_additional + cpp2 + ei;
  return p;
}

}  // namespace walkaway::tax
