// `walkaway market`: the query checked (market/query.h), the index loaded, Locate's answer printed.
// "No comparable data" is an answer, not an error: exit code 0 with the reason.

#include "cli/market_command.h"

#include <cstdio>

#include "walkaway/market/loader.h"
#include "walkaway/market/market.h"
#include "walkaway/market/query.h"

namespace walkaway::cli {
namespace {

std::string TwoDecimals(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

std::string ToText(const market::MarketPosition& p, const MarketOptions& o, core::Money pay,
                   const std::string& cur) {
  std::string t =
      "Market position of " + core::FormatMoney(pay, cur) + " for \"" + o.title + "\" in " + o.country + "\n";
  if (!p.title.family.empty()) {
    t += "  Title:  " + p.title.family + ", level " + std::string(market::LevelName(p.title.level)) +
         ", matched \"" + p.title.matched_phrase + "\" (score " + TwoDecimals(p.title.score) + ")\n";
  }
  if (p.status != market::MarketStatus::kFound) return t + "  No comparable data: " + p.reason + "\n";
  t += "  Result: " + market::DescribePosition(p) + "\n";
  t += "  Group:  ";
  t += p.source == market::MarketSource::kAiJobs
           ? p.family + " / " + std::string(market::LevelName(p.level)) + " / " + p.country + " / " +
                 std::to_string(p.year) + ", n = " + std::to_string(p.sample_size) + " survey salaries\n"
           : p.occupation + " (all levels, US), employment " + std::to_string(p.employment) + "\n";
  t += "  Percentiles (" + p.currency + "):";
  for (size_t i = 0; i < market::kQuantiles.size(); ++i) {
    t += " P" + std::to_string(market::kQuantiles[i]) + " " +
         (p.quantiles[i] ? core::FormatMoney(core::Money::FromUnits(*p.quantiles[i])) : std::string("n/a"));
  }
  return t + "\n  Source: " + p.source_name + ", as of " + p.as_of + " (see data/market/SOURCE.md)\n";
}

}  // namespace

int RunMarket(const MarketOptions& options, std::ostream& out, std::ostream& err, const Environment& env) {
  const OutputFormat format =
      options.format == OutputFormat::kJson ? OutputFormat::kJson : OutputFormat::kText;
  const market::MarketQuery query{options.title, options.country, options.pay, options.currency, options.rate};
  core::Result<market::CheckedQuery> checked = market::CheckQuery(query);
  if (!checked) return ReportError(checked.error(), format, out, err);
  const std::string dir = options.data_dir ? *options.data_dir + "/market" : (DataDir(env) / "market").string();
  core::Result<market::MarketIndex> index = market::LoadMarketIndex(dir);
  if (!index) {
    core::Error e = index.error();
    e.hint = "point --data-dir or WALKAWAY_DATA_DIR at the folder that holds market/; " + e.hint;
    return ReportError(e, format, out, err);
  }
  const market::MarketAnswer answer = market::AnswerQuery(*index, query, *checked);
  const std::string text = format == OutputFormat::kJson ? market::MarketAnswerToJson(answer, query)
                                                         : ToText(answer.position, options, answer.pay, answer.currency);
  return Emit(text, {.json = format == OutputFormat::kJson}, out, err, env);
}

}  // namespace walkaway::cli
