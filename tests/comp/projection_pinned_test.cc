// The pay model's figures pinned for fixed cases and seeds at 100,000, 10,000 and 1,001 paths: the
// promise "same case, date and seed, same figures" (docs/pay-model.md) across rewrites of the
// simulation and the quantile selection. The golden reports (tests/golden/) pin the examples at
// 10,000 paths; these add more paths than one block of the simulation, a path count off any
// block, private options and shares, public stock, and every kind of bonus. A deliberate change of
// figures updates the pins and says why in its commit.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "walkaway/comp/projection.h"
#include "walkaway/io/projection_json.h"

namespace walkaway::comp {
namespace {

using core::Money;

// FNV-1a of a text.
uint64_t Fingerprint(const std::string& text) {
  uint64_t hash = 0xcbf29ce484222325u;
  for (unsigned char ch : text) hash = (hash ^ ch) * 0x100000001b3u;
  return hash;
}

core::Offer Offer(std::string id, int base) {
  core::Offer o;
  o.id = std::move(id);
  o.company = o.id;
  o.base = Money::FromUnits(base);
  return o;
}

core::Equity PrivateEquity(core::EquityKind kind, std::string stage) {
  core::Equity e;
  e.kind = kind;
  e.shares = 40'000;
  e.strike = kind == core::EquityKind::kOptions ? std::optional<double>(1.2) : std::nullopt;
  e.fmv = 1.2;
  e.preferred_price = 4;
  e.company = core::PrivateCompany{std::move(stage), {}, {}, {}, {}, {}, {}};
  return e;
}

// Offers that between them reach every branch of the simulation.
core::Case PinnedCase() {
  core::Case c;
  c.candidate.currency = "USD";
  core::Offer startup = Offer("startup", 140'000);  // as bench/comp_bench.cc
  startup.bonus = core::Bonus{10, false};
  startup.sign_on = core::SignOn{Money::FromUnits(15'000), 12, false};
  startup.promotion = core::Promotion{40, 18, 12};
  startup.equity = PrivateEquity(core::EquityKind::kOptions, "series_a");
  c.offers.push_back(startup);
  core::Offer seed = Offer("seed", 120'000);  // shares only, vesting yearly
  seed.equity = PrivateEquity(core::EquityKind::kRsu, "seed");
  seed.equity->strike.reset();
  seed.equity->vesting = core::Vesting{4, 12, 12, {}};
  c.offers.push_back(seed);
  core::Offer public_rsu = Offer("public", 180'000);  // public stock, guaranteed bonus
  public_rsu.bonus = core::Bonus{15, true};
  core::Equity rsu;
  rsu.kind = core::EquityKind::kRsu;
  rsu.grant = Money::FromUnits(200'000);
  rsu.public_stock = core::PublicStock{50, 40, 5};
  public_rsu.equity = rsu;
  c.offers.push_back(public_rsu);
  core::Offer options = Offer("public-options", 150'000);  // public options, bonus paid in a range
  options.bonus = core::Bonus{20, false, 50, 150, {}};
  core::Equity opt;
  opt.kind = core::EquityKind::kOptions;
  opt.shares = 10'000;
  opt.strike = 45;
  opt.public_stock = core::PublicStock{50, 30, {}};
  options.equity = opt;
  options.promotion = core::Promotion{25, 6, 8};
  c.offers.push_back(options);
  core::Offer plain = Offer("plain", 95'000);  // no equity, a bonus with its own spread
  plain.bonus = core::Bonus{8, false, {}, {}, 50};
  c.offers.push_back(plain);
  return c;
}

std::string ProjectAll(int paths) {
  const core::Case c = PinnedCase();
  Projector projector(c, {5, paths, 20'260'101});
  std::vector<core::PayProjection> all;
  for (size_t i = 0; i < c.offers.size(); ++i) {
    core::Result<core::PayProjection> p = projector.Offer(i, core::Date{2026, 1, 1});
    EXPECT_TRUE(p.has_value()) << c.offers[i].id;
    if (p) all.push_back(*p);
  }
  return io::ProjectionsToJson(all, {"pinned", "test", "USD", 5});
}

TEST(ProjectionPinnedTest, HundredThousandPaths) {
  const std::string json = ProjectAll(100'000);
  EXPECT_EQ(json.find("\"id\": \"plain\"") != std::string::npos, true);  // every offer projected
  EXPECT_EQ(Fingerprint(json), 13391524041531710639u);
}

TEST(ProjectionPinnedTest, TenThousandPaths) {
  EXPECT_EQ(Fingerprint(ProjectAll(10'000)), 6047865387453775672u);
}

TEST(ProjectionPinnedTest, APathCountOffAnyBlock) {
  EXPECT_EQ(Fingerprint(ProjectAll(1'001)), 4960516436655142715u);
}


// An offer's stream comes from its id: reversing the offers, or keeping one alone, leaves each
// offer's figures as they were (before, the stream was the offer's index, so moving an offer up
// the case file changed its median pay and could flip a close-call gate).
TEST(ProjectionStreamTest, AnOffersFiguresDoNotDependOnItsPlaceInTheCase) {
  const core::Case c = PinnedCase();
  core::Case reversed = c;
  std::reverse(reversed.offers.begin(), reversed.offers.end());
  Projector in_order(c, {5, 1'001, 20'260'101});
  Projector backwards(reversed, {5, 1'001, 20'260'101});
  for (size_t i = 0; i < c.offers.size(); ++i) {
    SCOPED_TRACE(c.offers[i].id);
    core::Case alone = c;
    alone.offers = {c.offers[i]};
    Projector single(alone, {5, 1'001, 20'260'101});
    const auto a = in_order.Offer(i, core::Date{2026, 1, 1});
    const auto b = backwards.Offer(c.offers.size() - 1 - i, core::Date{2026, 1, 1});
    const auto s = single.Offer(0, core::Date{2026, 1, 1});
    ASSERT_TRUE(a && b && s);
    const std::string json = io::ProjectionsToJson({*a}, {"pinned", "test", "USD", 5});
    EXPECT_EQ(json, io::ProjectionsToJson({*b}, {"pinned", "test", "USD", 5}));
    EXPECT_EQ(json, io::ProjectionsToJson({*s}, {"pinned", "test", "USD", 5}));
  }
}

}  // namespace
}  // namespace walkaway::comp
