#include <algorithm>
#include <cctype>

#include "cli/commands.h"
#include "walkaway/comp/projection.h"
#include "walkaway/core/evaluate.h"
#include "walkaway/core/text_match.h"
#include "walkaway/io/case_file.h"
#include "walkaway/io/evaluation_json.h"
#include "walkaway/market/loader.h"
#include "walkaway/market/market.h"
#include "walkaway/report/report.h"

namespace walkaway::cli {
namespace {


bool UseColor(const EvaluateOptions& o, const Environment& env) {
  if (o.output || o.format != OutputFormat::kText) return false;
  if (o.color == ColorMode::kAlways) return true;
  if (o.color == ColorMode::kNever) return false;
  return env.stdout_is_tty && !env.no_color;
}

bool CanLocate(const core::Offer& o) { return !o.title.empty() && !o.country.empty() && o.base.has_value(); }

// Where each offer's base sits in the market (docs/market.md), for SIGN-PAY: only offers with a
// title, a country and a base. The index is read once, and only when some offer can use it; a
// missing or broken index means no market finding, never a failed evaluation.
std::vector<core::MarketPosition> LocateOffers(const core::Case& c) {
  std::vector<core::MarketPosition> out;
  if (std::none_of(c.offers.begin(), c.offers.end(), CanLocate)) return out;
  const core::Result<market::MarketIndex> index = market::LoadMarketIndex(market::MarketDataDirFromEnvironment());
  if (!index) return out;
  for (const core::Offer& o : c.offers) {
    if (!CanLocate(o)) continue;
    std::string country = o.country;
    for (char& ch : country) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    const std::string& currency = o.currency.empty() ? c.candidate.currency : o.currency;
    const market::MarketPosition p = market::Locate(*index, o.title, country, *o.base, currency);
    core::MarketPosition m;
    m.offer_id = o.id;
    m.comparable = p.status == market::MarketStatus::kFound;
    m.reason = p.reason;
    m.percentile = p.percentile.value;
    m.bound = p.percentile.bound == market::PercentileBound::kBelowLowest    ? core::MarketPosition::Bound::kBelowLowest
              : p.percentile.bound == market::PercentileBound::kAboveHighest ? core::MarketPosition::Bound::kAboveHighest
                                                                            : core::MarketPosition::Bound::kWithin;
    m.summary = market::DescribePosition(p);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace

int RunEvaluate(const EvaluateOptions& options, std::ostream& out, std::ostream& err, const Environment& env) {
  core::Result<io::LoadedCase> loaded = io::ReadCaseFile(options.file);
  if (!loaded) return ReportError(loaded.error(), options.format, out, err);
  const core::Case& c = loaded->c;
  if (options.offer) {
    core::Status known = CheckOfferId(c, *options.offer);
    if (!known) return ReportError(known.error(), options.format, out, err);
  }
  core::Result<core::Date> judged_on = JudgementDate(c, options.today, env);
  if (!judged_on) return ReportError(judged_on.error(), options.format, out, err);
  const core::Date today = *judged_on;

  // The pay model's projections feed SIGN-PAY and BIAS-TITLE (docs/pay-model.md).
  core::PayInputs pay;
  pay.offers = comp::ProjectOffers(c, today);
  if (c.candidate.situation.current.base) {
    comp::Projector projector(c);
    if (core::Result<core::PayProjection> current = projector.Current(today)) pay.current = std::move(*current);
  }
  pay.market = LocateOffers(c);
  const core::Evaluation evaluation = core::Evaluate(c, today, options.offer, pay);
  std::string text;
  if (options.format == OutputFormat::kJson) {
    io::JsonReportOptions jo{options.file, kVersion, c.candidate.currency, &loaded->locations};
    jo.projections = &pay.offers;
    text = io::EvaluationToJson(evaluation, jo);
  } else {
    report::ReportOptions ro;
    ro.color = UseColor(options, env);
    ro.case_path = options.file;
    ro.version = kVersion;
    ro.currency = c.candidate.currency;
    ro.locations = &loaded->locations;
    text = options.format == OutputFormat::kMarkdown ? report::RenderMarkdown(evaluation, ro)
                                                     : report::RenderText(evaluation, ro);
  }
  return Emit(text, options.output, out, err);
}

}  // namespace walkaway::cli
