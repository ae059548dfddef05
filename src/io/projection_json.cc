#include "walkaway/io/projection_json.h"

#include "io/projection_job_json.h"

#include <nlohmann/json.hpp>

namespace walkaway::io {
namespace {

using nlohmann::json;

json OptionalNumber(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }
json OptionalMoney(const std::optional<core::Money>& v) { return v ? json(v->cents()) : json(nullptr); }

// A year's take-home (docs/tax.md): P10/P50/P90 over the paths, and the taxes of the expected pay line by
// line; null when the projection has no take-home figures (PayProjection's "tax" says why).
json TakeHomeJson(const std::optional<core::TakeHomeFigures>& t) {
  if (!t) return nullptr;
  json lines = json::array();
  for (const core::TaxLineFigure& l : t->lines) {
    lines.push_back(
        {{"name", l.name}, {"kind", l.contribution ? "contribution" : "income_tax"}, {"amount", l.amount.cents()}});
  }
  return json{{"p10", t->p10.cents()},         {"p50", t->p50.cents()},
              {"p90", t->p90.cents()},         {"gross", t->gross.cents()},
              {"take_home", t->take_home.cents()}, {"taxes", t->taxes.cents()},
              {"effective_rate", t->effective_rate}, {"lines", std::move(lines)},
              {"base_bonus_take_home", t->base_bonus_take_home.cents()},
              {"base_bonus_marginal_rate", t->base_bonus_marginal_rate}};
}

// Where and by which tables the take-home figures are computed, or why there are none.
json TaxJson(const core::PayProjection& p) {
  if (!p.tax) return p.tax_unavailable.empty() ? json(nullptr) : json{{"unavailable", p.tax_unavailable}};
  const core::TaxBasis& t = *p.tax;
  return json{{"place", t.place},     {"tables_year", t.tables_year},
              {"disclaimer", t.disclaimer}, {"caveats", t.caveats},
              {"sources", t.sources}, {"total_take_home_p10", OptionalMoney(p.total_take_home_p10)},
              {"total_take_home_p50", OptionalMoney(p.total_take_home_p50)},
              {"total_take_home_p90", OptionalMoney(p.total_take_home_p90)}};
}

json YearJson(const core::YearFigures& y) {
  const core::PayParts& p = y.parts;
  return json{{"year", y.year},
              {"start", y.start.ToString()},
              {"end", y.end.ToString()},
              {"floor", y.floor.cents()},
              {"p10", y.p10.cents()},
              {"p50", y.p50.cents()},
              {"p90", y.p90.cents()},
              {"mean", y.mean.cents()},
              {"guaranteed", y.guaranteed.cents()},
              {"at_risk", y.at_risk.cents()},
              {"parts",
               {{"base", p.base.cents()},
                {"bonus", p.bonus.cents()},
                {"sign_on", p.sign_on.cents()},
                {"equity", p.equity.cents()},
                {"benefits", p.benefits.cents()},
                {"commute_cost", p.commute_cost.cents()}}},
              {"hourly_p50", OptionalNumber(y.hourly_p50)},
              {"col_adjusted_p50", OptionalMoney(y.col_adjusted_p50)},
              {"take_home", TakeHomeJson(y.take_home)}};
}

// One array per figure, index = year - 1: what a chart library takes directly.
json SeriesJson(const core::PayProjection& p) {
  json series{{"year", json::array()},  {"floor", json::array()}, {"p10", json::array()},
              {"p50", json::array()},   {"p90", json::array()},   {"guaranteed", json::array()},
              {"at_risk", json::array()}, {"take_home_p50", json::array()}};
  for (const core::YearFigures& y : p.years) {
    series["take_home_p50"].push_back(y.take_home ? json(y.take_home->p50.cents()) : json(nullptr));
    series["year"].push_back(y.year);
    series["floor"].push_back(y.floor.cents());
    series["p10"].push_back(y.p10.cents());
    series["p50"].push_back(y.p50.cents());
    series["p90"].push_back(y.p90.cents());
    series["guaranteed"].push_back(y.guaranteed.cents());
    series["at_risk"].push_back(y.at_risk.cents());
  }
  return series;
}

}  // namespace

nlohmann::json ProjectionJobJson(const core::PayProjection& p) {
  json years = json::array();
  for (const core::YearFigures& y : p.years) years.push_back(YearJson(y));
  return json{
      {"id", p.job_id},
      {"paths", p.paths},
      {"seed", p.seed},
      {"weekly_hours", OptionalNumber(p.weekly_hours)},
      {"prob_equity_zero", OptionalNumber(p.prob_equity_zero)},
      {"negotiation_typical", p.negotiation_typical.cents()},
      {"years", std::move(years)},
      {"total",
       {{"floor", p.total_floor.cents()},
        {"p10", p.total_p10.cents()},
        {"p50", p.total_p50.cents()},
        {"p90", p.total_p90.cents()},
        {"mean", p.total_mean.cents()}}},
      {"series", SeriesJson(p)},
      {"notes", p.notes},
      {"tax", TaxJson(p)}};
}

std::string ProjectionsToJson(const std::vector<core::PayProjection>& jobs, const ProjectionJsonOptions& o) {
  json out{{"schema", kProjectionSchema},
           {"version", o.version},
           {"case", o.case_path},
           {"currency", o.currency},
           {"money_unit", "minor"},
           {"horizon_years", o.horizon_years},
           {"jobs", json::array()}};
  for (const core::PayProjection& p : jobs) out["jobs"].push_back(ProjectionJobJson(p));
  return out.dump(2) + "\n";
}

}  // namespace walkaway::io
