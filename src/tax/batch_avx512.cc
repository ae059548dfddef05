// The batch kernels for CPUs with AVX-512 (F and DQ): eight paths at a time, the same integer arithmetic as
// interpret.cc lane by lane, so every path still equals TakeHome to the cent (properties_test.cc checks it,
// and batch_test.cc against the portable loop). Two tools make the integer arithmetic vector-friendly:
//  - a division by a constant is a double-precision estimate corrected by one exact integer step (the
//    estimate is within one of the quotient for every value these kernels divide);
//  - a schedule look-up gathers the per-bucket line (offset, rate) of each lane; a lane whose bucket holds a
//    segment start takes the scalar look-up.
// Functions carry their own target attribute (as src/scan does); batch.cc calls them only when the CPU has
// the instructions.

#include "tax/batch_avx512.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "tax/schedule_table.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define WALKAWAY_TAX_HAVE_AVX512 1
#define WALKAWAY_AVX512 __attribute__((target("avx512f,avx512dq")))
#endif

#if defined(WALKAWAY_TAX_HAVE_AVX512)

// g++ 12 reports the AVX-512 intrinsics' own placeholder vectors (_mm512_undefined_*) as uninitialized, a
// false positive in its headers (src/scan/word_scan.cc does the same). Clang does not know the option.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

namespace walkaway::tax {
namespace {

using V = __m512i;

WALKAWAY_AVX512 inline V Set(int64_t v) { return _mm512_set1_epi64(v); }
WALKAWAY_AVX512 inline V Zero() { return _mm512_setzero_si512(); }
WALKAWAY_AVX512 inline V Add(V a, V b) { return _mm512_add_epi64(a, b); }
WALKAWAY_AVX512 inline V Sub(V a, V b) { return _mm512_sub_epi64(a, b); }
WALKAWAY_AVX512 inline V Mul(V a, V b) { return _mm512_mullo_epi64(a, b); }
WALKAWAY_AVX512 inline V Min(V a, V b) { return _mm512_min_epi64(a, b); }
WALKAWAY_AVX512 inline V Max(V a, V b) { return _mm512_max_epi64(a, b); }
WALKAWAY_AVX512 inline V Load(const int64_t* p) { return _mm512_loadu_si512(p); }
WALKAWAY_AVX512 inline V LoadOrZero(const int64_t* p, size_t i) { return p == nullptr ? Zero() : Load(p + i); }

// floor(v / d) for 0 <= v < 2^62 and v / d < 2^44: the estimate v x (1/d), nudged down by 2^-46 of itself
// (more than the rounding of the conversion and the product, 3 x 2^-53), is the quotient or one less; one
// exact integer step settles which.
WALKAWAY_AVX512 inline V DivFloor(V v, int64_t d, double inverse) {
  const double nudged = inverse * (1.0 - 0x1p-46);
  V q = _mm512_cvttpd_epi64(_mm512_mul_pd(_mm512_cvtepi64_pd(v), _mm512_set1_pd(nudged)));
  const V r = Sub(v, Mul(q, Set(d)));
  return _mm512_mask_add_epi64(q, _mm512_cmpge_epi64_mask(r, Set(d)), q, Set(1));
}
// Schedule::RoundE7 and Schedule::FloorE7 (values >= 0).
WALKAWAY_AVX512 inline V RoundE7(V v) { return DivFloor(Add(v, Set(kRateOne / 2)), kRateOne, 1e-7); }
WALKAWAY_AVX512 inline V FloorE7(V v) { return DivFloor(v, kRateOne, 1e-7); }

// The lanes whose bucket holds a segment start: the exact scalar look-up (rare, so out of line).
WALKAWAY_AVX512 __attribute__((noinline)) V SplitLanes(const Schedule& s, V x, V value, __mmask8 split) {
  alignas(64) int64_t xs[8], vs[8];
  _mm512_store_si512(xs, x);
  _mm512_store_si512(vs, value);
  for (int lane = 0; lane < 8; ++lane) {
    if ((split >> lane) & 1) vs[lane] = ScheduleTable::ExactE7(s, xs[lane]);
  }
  return _mm512_load_si512(vs);
}

WALKAWAY_AVX512 __attribute__((always_inline)) inline V ScheduleE7(const Schedule& s, V x) {
  const V bucket = Min(_mm512_srl_epi64(x, _mm_cvtsi32_si128(ScheduleTable::Shift(s))), Set(ScheduleTable::LastBucket(s)));
  const V index = _mm512_slli_epi64(bucket, 1);
  const void* pairs = ScheduleTable::Pairs(s);
  const V offset = _mm512_i64gather_epi64(index, pairs, 8);
  const V rate = _mm512_i64gather_epi64(Add(index, Set(1)), pairs, 8);
  const V value = Add(offset, Mul(x, rate));
  const __mmask8 split = _mm512_cmpeq_epi64_mask(offset, Set(ScheduleTable::kSplit));
  return split == 0 ? value : SplitLanes(s, x, value, split);
}

WALKAWAY_AVX512 inline V Times11(V v) { return Add(Add(_mm512_slli_epi64(v, 3), _mm512_slli_epi64(v, 1)), v); }

// UkParts' monthly NI: main rate between the thresholds, additional above, rounded to the penny.
WALKAWAY_AVX512 inline V NiMonth(const UkRules& r, V pay) {
  const V main_part = Sub(Min(Max(pay, Set(r.ni_threshold_month)), Set(r.ni_limit_month)), Set(r.ni_threshold_month));
  const V above = Max(Sub(pay, Set(r.ni_limit_month)), Zero());
  return RoundE7(Add(Mul(main_part, Set(r.ni_main_rate)), Mul(above, Set(r.ni_additional_rate))));
}

}  // namespace

WALKAWAY_AVX512 bool AllPathsValidAvx512(const BatchArrays& a, size_t n, int64_t max_cents) {
  __mmask8 bad = 0;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const V r = Load(a.regular + i), l = LoadOrZero(a.lump, i), p = LoadOrZero(a.pretax, i);
    const V gross = Add(r, l);
    bad |= _mm512_cmplt_epi64_mask(_mm512_min_epi64(Min(r, l), p), Zero());
    bad |= _mm512_cmpgt_epi64_mask(Max(Max(r, l), gross), Set(max_cents));
    bad |= _mm512_cmpgt_epi64_mask(p, gross);
  }
  if (bad != 0) return false;
  for (; i < n; ++i) {
    const int64_t r = a.regular[i], l = a.lump == nullptr ? 0 : a.lump[i], p = a.pretax == nullptr ? 0 : a.pretax[i];
    if (r < 0 || l < 0 || p < 0 || r > max_cents || l > max_cents || r + l > max_cents || p > r + l) return false;
  }
  return true;
}

bool CpuHasAvx512() {
  static const bool has = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq");
  return has;
}

// Each kernel copies what it needs of the rules into vectors before its loop: the output store could
// alias the rules for all the compiler knows, which would reload every parameter on every iteration.

WALKAWAY_AVX512 size_t UsBatchAvx512(const UsRules& r, const BatchArrays& a, size_t n) {
  const V wage_base = Set(r.social_security_wage_base), ss_rate = Set(r.social_security_rate);
  const V medicare = Set(r.medicare_rate), threshold = Set(r.additional_medicare_threshold);
  const V additional = Set(r.additional_medicare_rate);
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const V gross = Add(Load(a.regular + i), LoadOrZero(a.lump, i));
    const V wages = Sub(gross, LoadOrZero(a.pretax, i));
    const V income_tax = RoundE7(ScheduleE7(r.income_tax_total, wages));
    const V payroll = Add(Add(Mul(Min(gross, wage_base), ss_rate), Mul(gross, medicare)),
                          Mul(Max(Sub(gross, threshold), Zero()), additional));
    _mm512_storeu_si512(a.out + i, Sub(wages, Add(income_tax, RoundE7(payroll))));
  }
  return i;
}

WALKAWAY_AVX512 size_t UkBatchAvx512(const UkRules& r, const BatchArrays& a, size_t n) {
  const V taper_threshold = Set(r.taper_threshold), taper_rate = Set(r.taper_rate);
  const V allowance0 = Set(r.personal_allowance), six = Set(6), hundred = Set(100);
  const std::optional<Schedule>* loans[] = {&r.loan_month, &r.postgraduate_month};
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const V regular = Load(a.regular + i);
    const V lump = LoadOrZero(a.lump, i);
    const V adjusted_net = Sub(Add(regular, lump), LoadOrZero(a.pretax, i));
    const V reduction = FloorE7(Mul(Max(Sub(adjusted_net, taper_threshold), Zero()), taper_rate));
    const V allowance = Max(Sub(allowance0, reduction), Zero());
    const V income_tax = RoundE7(ScheduleE7(r.bands, Max(Sub(adjusted_net, allowance), Zero())));
    const V month = DivFloor(Add(regular, six), 12, 1.0 / 12.0);
    const V month_with_lump = Add(month, lump);
    V deducted = Add(income_tax, Add(Times11(NiMonth(r, month)), NiMonth(r, month_with_lump)));
    for (const std::optional<Schedule>* loan : loans) {
      if (!*loan) continue;
      const V regular_month = Mul(DivFloor(ScheduleE7(**loan, month), 1'000'000'000, 1e-9), hundred);
      const V lump_month = Mul(DivFloor(ScheduleE7(**loan, month_with_lump), 1'000'000'000, 1e-9), hundred);
      deducted = Add(deducted, Add(Times11(regular_month), lump_month));
    }
    _mm512_storeu_si512(a.out + i, Sub(adjusted_net, deducted));
  }
  return i;
}

// The German tariff's zones as vectors, for GermanTariffV.
struct ZonesV {
  static constexpr size_t kMax = 5;
  size_t count = 0;
  V upper[kMax], origin[kMax], a[kMax], b[kMax], c[kMax];
};

WALKAWAY_AVX512 ZonesV MakeZones(const std::vector<GermanZone>& zones) {
  ZonesV v;
  v.count = std::min(zones.size(), ZonesV::kMax);
  for (size_t z = 0; z < v.count; ++z) {
    v.upper[z] = Set(zones[z].upper);
    v.origin[z] = Set(zones[z].origin);
    v.a[z] = Set(zones[z].a);
    v.b[z] = Set(zones[z].b);
    v.c[z] = Set(zones[z].c);
  }
  return v;
}

// interpret.cc GermanTariff, lane by lane: the first zone's coefficients, replaced by each later zone whose
// lower bound x passes; then floor(((a d + b 10^4) d + c 10^8) / 10^10) with d = x - origin.
WALKAWAY_AVX512 inline V GermanTariffV(const ZonesV& zones, V x) {
  V origin = zones.origin[0], za = zones.a[0], zb = zones.b[0], zc = zones.c[0];
  for (size_t z = 1; z < zones.count; ++z) {
    const __mmask8 in = _mm512_cmpgt_epi64_mask(x, zones.upper[z - 1]);
    origin = _mm512_mask_mov_epi64(origin, in, zones.origin[z]);
    za = _mm512_mask_mov_epi64(za, in, zones.a[z]);
    zb = _mm512_mask_mov_epi64(zb, in, zones.b[z]);
    zc = _mm512_mask_mov_epi64(zc, in, zones.c[z]);
  }
  const V d = Sub(x, origin);
  const V numerator = Add(Mul(Add(Mul(za, d), Mul(zb, Set(10'000))), d), Mul(zc, Set(100'000'000)));
  return DivFloor(numerator, 10'000'000'000, 1e-10);
}

WALKAWAY_AVX512 size_t DeBatchAvx512(const DeRules& r, const BatchArrays& a, size_t n) {
  const V ceiling_pension = Set(r.ceiling_pension), ceiling_health = Set(r.ceiling_health);
  const V pension_unemployment = Set(r.pension_rate + r.unemployment_rate);
  const V health_care = Set(r.health_rate + r.care_rate);
  const V vsp_pension_rate = Set(r.vsp_pension_rate), vsp_health_care_rate = Set(r.vsp_health_care_rate);
  const V vsp_unemployment_rate = Set(r.vsp_unemployment_rate), vsp_cap = Set(r.vsp_other_cap);
  const V anp = Set(r.arbeitnehmer_pauschbetrag), sap = Set(r.sonderausgaben_pauschbetrag);
  const V ninety_nine = Set(99), hundred = Set(100);
  const V divisor = Set(r.divisor), soli_threshold = Set(r.soli_threshold);
  const V soli_rate = Set(r.soli_rate), soli_phase = Set(r.soli_phase_in_rate);
  const ZonesV zones = MakeZones(r.zones);
  const double x_inverse = 0.01 / static_cast<double>(r.divisor);
  const int64_t x_divisor = 100 * r.divisor;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const V gross = Add(Load(a.regular + i), LoadOrZero(a.lump, i));
    const V capped_pension = Min(gross, ceiling_pension);
    const V capped_health = Min(gross, ceiling_health);
    const V contributions = RoundE7(Add(Mul(capped_pension, pension_unemployment), Mul(capped_health, health_care)));
    const V vsp_pension = FloorE7(Mul(capped_pension, vsp_pension_rate));
    const V vsp_health_care = FloorE7(Mul(capped_health, vsp_health_care_rate));
    const V vsp_unemployment = FloorE7(Mul(capped_pension, vsp_unemployment_rate));
    const V vsp_other = Min(Add(vsp_unemployment, vsp_health_care), vsp_cap);
    const V vsp_euros = Max(DivFloor(Add(Add(vsp_pension, vsp_health_care), ninety_nine), 100, 0.01),
                            DivFloor(Add(Add(vsp_pension, vsp_other), ninety_nine), 100, 0.01));
    const V anp_euros = Min(anp, DivFloor(Add(gross, ninety_nine), 100, 0.01));
    V zve = Sub(gross, Mul(Add(Add(anp_euros, sap), vsp_euros), hundred));
    zve = _mm512_maskz_mov_epi64(_mm512_cmpge_epi64_mask(zve, hundred), zve);
    const V wage_tax = Mul(GermanTariffV(zones, DivFloor(zve, x_divisor, x_inverse)), divisor);
    const V tax_cents = Mul(wage_tax, hundred);
    const V soli_full = FloorE7(Mul(tax_cents, soli_rate));
    const V soli_phase_in = FloorE7(Mul(Mul(Max(Sub(wage_tax, soli_threshold), Zero()), hundred), soli_phase));
    const V soli = _mm512_maskz_mov_epi64(_mm512_cmpgt_epi64_mask(wage_tax, soli_threshold), Min(soli_full, soli_phase_in));
    const V take_home = Sub(Sub(gross, LoadOrZero(a.pretax, i)), Add(Add(tax_cents, soli), contributions));
    _mm512_storeu_si512(a.out + i, take_home);
  }
  return i;
}

WALKAWAY_AVX512 size_t CaBatchAvx512(const CaRules& r, const BatchArrays& a, size_t n) {
  const V federal_cpp = Set(r.federal_credit_cpp ? -1 : 0), federal_ei = Set(r.federal_credit_ei ? -1 : 0);
  const V provincial_cpp = Set(r.provincial_credit_cpp ? -1 : 0), provincial_ei = Set(r.provincial_credit_ei ? -1 : 0);
  const V exemption = Set(r.cpp_exemption), ympe = Set(r.ympe), yampe = Set(r.yampe), ei_max = Set(r.ei_max_insurable);
  const V cpp_base_rate = Set(r.cpp_base_rate), cpp_additional_rate = Set(r.cpp_additional_rate);
  const V cpp2_rate = Set(r.cpp2_rate), ei_rate = Set(r.ei_rate);
  const V phase_start = Set(r.bpa_phase_start), phase_end = Set(r.bpa_phase_end);
  const V bpa_max = Set(r.bpa_max), bpa_spread = Set(r.bpa_max - r.bpa_min);
  const V employment_amount = Set(r.employment_amount), federal_rate = Set(r.federal_credit_rate);
  const V provincial_bpa = Set(r.provincial_bpa), provincial_rate = Set(r.provincial_credit_rate);
  const int64_t phase_width = r.bpa_phase_end - r.bpa_phase_start;
  const double phase_inverse = 1.0 / static_cast<double>(phase_width);
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const V gross = Add(Load(a.regular + i), LoadOrZero(a.lump, i));
    const V pretax = LoadOrZero(a.pretax, i);
    const V pensionable = Sub(Min(Max(gross, exemption), ympe), exemption);
    const V cpp_base = RoundE7(Mul(pensionable, cpp_base_rate));
    const V cpp_additional = RoundE7(Mul(pensionable, cpp_additional_rate));
    const V cpp2 = RoundE7(Mul(Sub(Min(Max(gross, ympe), yampe), ympe), cpp2_rate));
    const V ei = RoundE7(Mul(Min(gross, ei_max), ei_rate));
    const V net = Max(Sub(Sub(Sub(gross, pretax), cpp_additional), cpp2), Zero());
    const V into_phase = Sub(Min(Max(net, phase_start), phase_end), phase_start);
    const V bpa = Sub(bpa_max, DivFloor(Mul(into_phase, bpa_spread), phase_width, phase_inverse));
    const V federal_base = Add(Add(bpa, Min(employment_amount, gross)),
                               Add(_mm512_and_si512(cpp_base, federal_cpp), _mm512_and_si512(ei, federal_ei)));
    const V federal_credits = RoundE7(Mul(federal_base, federal_rate));
    const V federal = Max(Sub(RoundE7(ScheduleE7(r.federal, net)), federal_credits), Zero());
    const V provincial_base =
        Add(provincial_bpa, Add(_mm512_and_si512(cpp_base, provincial_cpp), _mm512_and_si512(ei, provincial_ei)));
    const V provincial_credits = RoundE7(Mul(provincial_base, provincial_rate));
    const V basic = Max(Sub(RoundE7(ScheduleE7(r.provincial, net)), provincial_credits), Zero());
    const V provincial = Add(basic, RoundE7(ScheduleE7(r.surtax, basic)));
    const V deducted = Add(Add(federal, provincial), Add(Add(cpp_base, cpp_additional), Add(cpp2, ei)));
    _mm512_storeu_si512(a.out + i, Sub(Sub(gross, pretax), deducted));
  }
  return i;
}

}  // namespace walkaway::tax

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#else  // not x86-64 with GCC or Clang: the portable loop does every path

namespace walkaway::tax {
WALKAWAY_AVX512 bool AllPathsValidAvx512(const BatchArrays& a, size_t n, int64_t max_cents) {
  __mmask8 bad = 0;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const V r = Load(a.regular + i), l = LoadOrZero(a.lump, i), p = LoadOrZero(a.pretax, i);
    const V gross = Add(r, l);
    bad |= _mm512_cmplt_epi64_mask(_mm512_min_epi64(Min(r, l), p), Zero());
    bad |= _mm512_cmpgt_epi64_mask(Max(Max(r, l), gross), Set(max_cents));
    bad |= _mm512_cmpgt_epi64_mask(p, gross);
  }
  if (bad != 0) return false;
  for (; i < n; ++i) {
    const int64_t r = a.regular[i], l = a.lump == nullptr ? 0 : a.lump[i], p = a.pretax == nullptr ? 0 : a.pretax[i];
    if (r < 0 || l < 0 || p < 0 || r > max_cents || l > max_cents || r + l > max_cents || p > r + l) return false;
  }
  return true;
}

bool CpuHasAvx512() { return false; }
bool AllPathsValidAvx512(const BatchArrays&, size_t, int64_t) { return false; }
size_t UsBatchAvx512(const UsRules&, const BatchArrays&, size_t) { return 0; }
size_t UkBatchAvx512(const UkRules&, const BatchArrays&, size_t) { return 0; }
size_t DeBatchAvx512(const DeRules&, const BatchArrays&, size_t) { return 0; }
size_t CaBatchAvx512(const CaRules&, const BatchArrays&, size_t) { return 0; }
}  // namespace walkaway::tax

#endif
