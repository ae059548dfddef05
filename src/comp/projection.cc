#include "walkaway/comp/projection.h"

#include <string>
#include <string_view>

#include "comp/job_plan.h"
#include "comp/simulate.h"
#include "comp/tax_place.h"
#include "walkaway/comp/col.h"

namespace walkaway::comp {
namespace {

// FNV-1a, 64 bits: a stable stream number from a name.
constexpr uint64_t StreamOf(std::string_view name) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (const char ch : name) h = (h ^ static_cast<unsigned char>(ch)) * 0x100000001b3ULL;
  return h;
}

// An offer's stream comes from its id, not its place in the case: moving an offer up the file, or
// dropping another one, must not change its figures. The prefix keeps offers apart from the current job.
uint64_t OfferStream(const std::string& id) { return StreamOf("offer:" + id); }
constexpr uint64_t kCurrentJobStream = StreamOf("current job");

core::Status CheckDefaults(const ModelDefaults& d, const ProjectionOptions& o) {
  if (d.horizon_years < 1 || d.horizon_years > 10) {
    return core::Error::InvalidInput(
        "expected a horizon of 1 to 10 years, found " + std::to_string(d.horizon_years),
        o.years ? "--years" : "model.horizon_years");
  }
  if (d.paths < kMinPaths || d.paths > kMaxPaths) {
    return core::Error::InvalidInput("expected " + std::to_string(kMinPaths) + " to " +
                                         std::to_string(kMaxPaths) + " paths, found " + std::to_string(d.paths),
                                     o.paths ? "--paths" : "model.paths");
  }
  return core::Ok{};
}

}  // namespace

struct Projector::Workspace {
  SimWorkspace sim;
};

namespace {

// Every cost-of-living area the case names must be one the index knows: an unknown one used to
// drop that offer's projection without a word (issue #12, item 5). `walkaway validate`,
// `evaluate`, `compare` and `comp` all see this check.
core::Status CheckColAreas(const core::Case& c) {
  std::string known;
  for (const ColArea& a : ColAreas()) known += (known.empty() ? "" : ", ") + std::string(a.key);
  const auto check = [&](const std::string& area, const std::string& path) -> core::Status {
    if (area.empty() || ColIndexOf(area)) return core::Ok{};
    core::Error e = core::Error::InvalidInput("unknown cost-of-living area \"" + area + "\"", path);
    e.hint = "known areas: " + known + "; or give col_index (100 = US average)";
    return e;
  };
  if (core::Status s = check(c.candidate.col_area, "candidate.col_area"); !s) return s;
  for (size_t i = 0; i < c.offers.size(); ++i) {
    if (core::Status s = check(c.offers[i].col_area, "offers[" + std::to_string(i) + "].col_area"); !s) return s;
  }
  return core::Ok{};
}

// One job's paths, with take-home pay when a tax source is given: a job the rules cannot place still
// gets its gross figures, and says why it has no take-home ones.
core::PayProjection SimulateJob(const core::Case& c, const JobPlan& plan, const ModelDefaults& d, uint64_t stream,
                                core::Date start, SimWorkspace& ws, const tax::RulesSource* source,
                                const JobTaxFacts& job) {
  if (source == nullptr) return Simulate(plan, d.paths, d.seed, stream, start, ws);
  const core::Result<JobTax> t = ResolveJobTax(c, job, start, *source);
  core::PayProjection p = Simulate(plan, d.paths, d.seed, stream, start, ws, t ? &t->input : nullptr);
  if (!t) p.tax_unavailable = "no take-home pay: " + t.error().message;
  return p;
}

}  // namespace

Projector::Projector(const core::Case& c, const ProjectionOptions& options)
    : case_(c),
      defaults_(ResolveDefaults(c.model)),
      status_(core::Ok{}),
      tax_(options.tax),
      ws_(std::make_unique<Workspace>()) {
  if (options.years) defaults_.horizon_years = *options.years;
  if (options.paths) defaults_.paths = *options.paths;
  if (options.seed) defaults_.seed = *options.seed;
  status_ = CheckDefaults(defaults_, options);
  if (status_) status_ = CheckColAreas(c);
  if (status_) status_ = CheckTaxSettings(c);
}

Projector::~Projector() = default;

core::Status Projector::Check() const { return status_; }

core::Result<core::PayProjection> Projector::Offer(size_t index, core::Date today) {
  if (!status_) return status_.error();
  const core::Date start = case_.offers[index].start_date.value_or(today);
  core::Result<JobPlan> plan = PlanOffer(case_, index, start, defaults_);
  if (!plan) return plan.error();
  const core::Offer& o = case_.offers[index];
  core::PayProjection p = SimulateJob(
      case_, *plan, defaults_, OfferStream(o.id), start, ws_->sim, tax_,
      {o.location, o.country, &o.tax, "offers[" + std::to_string(index) + "]",
       o.currency.empty() ? case_.candidate.currency : o.currency});
  p.currency = case_.candidate.currency;
  p.negotiation_typical = defaults_.negotiation_typical;
  return p;
}

core::Result<core::PayProjection> Projector::Current(core::Date today) {
  if (!status_) return status_.error();
  core::Result<JobPlan> plan = PlanCurrent(case_, today, defaults_);
  if (!plan) return plan.error();
  const core::CurrentJob& job = case_.candidate.situation.current;
  core::PayProjection p = SimulateJob(case_, *plan, defaults_, kCurrentJobStream, today, ws_->sim, tax_,
                                          {job.location, job.country, &job.tax, "candidate.situation.current",
                                           case_.candidate.currency});
  p.currency = case_.candidate.currency;
  p.negotiation_typical = defaults_.negotiation_typical;
  return p;
}

std::vector<core::PayProjection> ProjectOffers(const core::Case& c, core::Date today) {
  std::vector<core::PayProjection> out;
  Projector projector(c);
  if (!projector.Check()) return out;
  for (size_t i = 0; i < c.offers.size(); ++i) {
    core::Result<core::PayProjection> p = projector.Offer(i, today);
    if (p) out.push_back(std::move(*p));
  }
  return out;
}

}  // namespace walkaway::comp
