#include "cli/comp_command.h"

#include <cstdio>
#include <vector>

#include "walkaway/api/engine.h"
#include "walkaway/comp/projection.h"
#include "walkaway/io/case_file.h"
#include "walkaway/io/projection_json.h"

namespace walkaway::cli {
namespace {

// Whole units with thousands separators: the table is for reading, the JSON has the cents. Rounded
// half away from zero from quotient and remainder: `cents + 50` would overflow at Money's limit.
std::string Cell(core::Money m) {
  int64_t units = m.cents() / 100;
  const int64_t rest = m.cents() % 100;
  if (rest >= 50) ++units;
  if (rest <= -50) --units;
  return core::FormatMoney(core::Money::FromUnits(units));
}

std::string Pad(const std::string& s, size_t width) {
  return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

std::string Hourly(const std::optional<double>& h) {
  if (!h) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", *h);
  return buf;
}

std::string Row(const std::string& label, const std::vector<std::string>& cells) {
  std::string line = label + std::string(label.size() < 6 ? 6 - label.size() : 0, ' ');
  for (const std::string& c : cells) line += Pad(c, 12);
  return line + "\n";
}

std::string Percent(double share) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", 100 * share);
  return buf;
}

// Take-home beside gross: per year P10/P50/P90, the expected pay's taxes and effective rate, then the
// basis every take-home figure is shown with (place, tables, what is left out, "estimate, not tax advice").
std::string RenderTakeHome(const core::PayProjection& p) {
  if (!p.tax) return p.tax_unavailable.empty() ? "" : "  " + p.tax_unavailable + "\n";
  const core::TaxBasis& t = *p.tax;
  std::string out = "  take-home in " + t.place + " (" + t.tables_year + " tables; " + t.disclaimer + ")\n";
  out += Row("  year", {"P10", "P50", "P90", "taxed pay", "taxes", "rate"});
  for (const core::YearFigures& y : p.years) {
    if (!y.take_home) continue;
    const core::TakeHomeFigures& h = *y.take_home;
    out += Row("  " + std::to_string(y.year), {Cell(h.p10), Cell(h.p50), Cell(h.p90), Cell(h.gross),
                                               Cell(h.taxes), Percent(h.effective_rate)});
  }
  if (p.total_take_home_p50) out += Row("  total", {"", Cell(*p.total_take_home_p50), "", "", "", ""});
  if (!p.years.empty() && p.years.front().take_home) {
    std::string lines;
    for (const core::TaxLineFigure& l : p.years.front().take_home->lines) {
      if (l.amount.cents() == 0) continue;
      lines += (lines.empty() ? "" : ", ") + l.name + " " + Cell(l.amount);
    }
    if (!lines.empty()) out += "  year 1 taxes on the expected pay: " + lines + "\n";
  }
  for (const std::string& caveat : t.caveats) out += "  tax note: " + caveat + "\n";
  return out;
}

std::string RenderJob(const core::PayProjection& p, const std::string& title) {
  std::string out = title + "\n";
  out += Row("year", {"floor", "P10", "P50", "P90", "guaranteed", "at risk", "hourly"});
  for (const core::YearFigures& y : p.years) {
    out += Row(std::to_string(y.year), {Cell(y.floor), Cell(y.p10), Cell(y.p50), Cell(y.p90), Cell(y.guaranteed),
                                        Cell(y.at_risk), Hourly(y.hourly_p50)});
  }
  out += Row("total", {Cell(p.total_floor), Cell(p.total_p10), Cell(p.total_p50), Cell(p.total_p90),
                       Cell(p.total_floor), Cell(p.total_mean - p.total_floor), ""});
  if (!p.years.empty()) {
    const core::PayParts& parts = p.years.front().parts;
    out += "  year 1 expected: base " + Cell(parts.base) + ", bonus " + Cell(parts.bonus) + ", sign-on " +
           Cell(parts.sign_on) + ", equity " + Cell(parts.equity) + ", benefits " + Cell(parts.benefits) +
           ", commute -" + Cell(parts.commute_cost) + "\n";
    if (p.years.front().col_adjusted_p50) {
      out += "  year 1 P50 in your cost of living: " + Cell(*p.years.front().col_adjusted_p50) + "\n";
    }
  }
  if (p.prob_equity_zero) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.0f%%", 100 * *p.prob_equity_zero);
    out += "  chance the equity is worth nothing: " + std::string(buf) + "\n";
  }
  for (const std::string& note : p.notes) out += "  note: " + note + "\n";
  out += RenderTakeHome(p);
  return out;
}

}  // namespace

int RunComp(const CompOptions& options, std::ostream& out, std::ostream& err, const Environment& env) {
  core::Result<io::LoadedCase> loaded = LoadCase(options.file, env);
  if (!loaded) return ReportError(loaded.error(), options.format, out, err);
  const core::Case& c = loaded->c;
  core::Result<core::Date> judged_on = JudgementDate(c, options.today, env);
  if (!judged_on) return ReportError(judged_on.error(), options.format, out, err);
  const core::Date today = *judged_on;
  Engine engine({.data_dir = DataDir(env)});
  if (core::Status tax = engine.PrepareTaxRules(c); !tax) return ReportError(tax.error(), options.format, out, err);
  comp::Projector projector(c, {options.years, options.paths, options.seed, engine.tax_rules()});
  if (core::Status ok = projector.Check(); !ok) {
    return ReportError(io::LocateInCase(ok.error(), *loaded), options.format, out, err);
  }

  std::vector<core::PayProjection> jobs;
  std::vector<std::string> titles;
  if (options.offer) {
    core::Status known = CheckOfferId(c, *options.offer);
    if (!known) return ReportError(known.error(), options.format, out, err);
  }
  for (size_t i = 0; i < c.offers.size(); ++i) {
    const core::Offer& o = c.offers[i];
    if (options.offer && o.id != *options.offer) continue;
    core::Result<core::PayProjection> p = projector.Offer(i, today);
    if (!p) return ReportError(p.error(), options.format, out, err);
    titles.push_back("Offer " + o.id + " (" + o.company + (o.title.empty() ? "" : ", " + o.title) + "), from " +
                     p->years.front().start.ToString());
    jobs.push_back(std::move(*p));
  }
  if (c.candidate.situation.current.base) {
    core::Result<core::PayProjection> p = projector.Current(today);
    if (!p) return ReportError(p.error(), options.format, out, err);
    titles.push_back("Current job, from " + today.ToString());
    jobs.push_back(std::move(*p));
  }

  std::string text;
  const comp::ModelDefaults& d = projector.defaults();
  if (options.format == OutputFormat::kJson) {
    text = io::ProjectionsToJson(jobs, {options.file, kVersion, c.candidate.currency, d.horizon_years});
  } else {
    text = "Pay projection in " + c.candidate.currency + ", " + std::to_string(d.horizon_years) + " years, " +
           std::to_string(d.paths) + " paths, seed " + std::to_string(d.seed) +
           " (floor = guaranteed, written money; P10/P50/P90 over the paths; hourly = P50 per hour worked)\n";
    for (size_t i = 0; i < jobs.size(); ++i) text += "\n" + RenderJob(jobs[i], titles[i]);
  }
  return Emit(text, {.json = options.format == OutputFormat::kJson}, out, err, env);
}

}  // namespace walkaway::cli
