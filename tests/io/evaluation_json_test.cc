// The evaluation JSON carries each offer's pay projection (docs/report-json.md).

#include "walkaway/io/evaluation_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace walkaway::io {
namespace {

core::Evaluation OneOffer(const std::string& id) {
  core::Evaluation e;
  e.as_of = core::Date{2026, 11, 21};
  core::OfferEvaluation o;
  o.offer_id = id;
  e.offers.push_back(o);
  return e;
}

core::PayProjection Projection(const std::string& id) {
  core::PayProjection p;
  p.job_id = id;
  p.currency = "EUR";
  p.paths = 10'000;
  core::YearFigures y;
  y.year = 1;
  y.floor = core::Money::FromUnits(90'000);
  y.p10 = core::Money::FromUnits(92'000);
  y.p50 = core::Money::FromUnits(95'000);
  y.p90 = core::Money::FromUnits(99'000);
  y.guaranteed = y.floor;
  y.at_risk = core::Money::FromUnits(5'500);
  y.hourly_p50 = 45.5;
  p.years.push_back(y);
  return p;
}

TEST(EvaluationJsonTest, OfferCarriesItsProjectionPerYear) {
  const std::vector<core::PayProjection> projections = {Projection("other"), Projection("acme")};
  JsonReportOptions options{"case.toml", "1.0", "EUR", nullptr};
  options.projections = &projections;
  const auto doc = nlohmann::json::parse(EvaluationToJson(OneOffer("acme"), options));
  EXPECT_EQ(doc["schema"], "walkaway.evaluation/2");
  const auto& p = doc["offers"][0]["projection"];
  ASSERT_TRUE(p.is_object());
  EXPECT_EQ(p["id"], "acme");
  const auto& year = p["years"][0];
  EXPECT_EQ(year["floor"], 9'000'000);
  EXPECT_EQ(year["p10"], 9'200'000);
  EXPECT_EQ(year["p50"], 9'500'000);
  EXPECT_EQ(year["p90"], 9'900'000);
  EXPECT_EQ(year["guaranteed"], 9'000'000);
  EXPECT_EQ(year["at_risk"], 550'000);
  EXPECT_DOUBLE_EQ(year["hourly_p50"].get<double>(), 45.5);
  EXPECT_EQ(p["series"]["p50"][0], 9'500'000);
}

TEST(EvaluationJsonTest, ProjectionIsNullWhenNoneWasComputed) {
  const std::vector<core::PayProjection> projections = {Projection("other")};
  JsonReportOptions options{"case.toml", "1.0", "EUR", nullptr};
  options.projections = &projections;
  const auto with_others = nlohmann::json::parse(EvaluationToJson(OneOffer("acme"), options));
  EXPECT_TRUE(with_others["offers"][0]["projection"].is_null());
  const auto without = nlohmann::json::parse(EvaluationToJson(OneOffer("acme"), {"case.toml", "1.0", "EUR", nullptr}));
  EXPECT_TRUE(without["offers"][0]["projection"].is_null());
}

}  // namespace
}  // namespace walkaway::io
