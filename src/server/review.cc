#include "server/review.h"

#include <array>
#include <set>
#include <string_view>

#include "walkaway/core/extract.h"
#include "walkaway/core/money.h"

namespace walkaway::server {
namespace {

// Every topic the extractors can read, in the order a person reads an offer.
constexpr std::array<std::string_view, 9> kTopics = {"title",    "base",       "bonus",     "equity",     "sign_on",
                                                     "deadline", "start_date", "work_mode", "office_days"};

// The case field a topic belongs in ("offers[0].base"), empty when it has no one field.
std::string FieldFor(std::string_view topic, int offer) {
  const std::string o = "offers[" + std::to_string(offer) + "].";
  if (topic == "title" || topic == "base" || topic == "deadline" || topic == "start_date") return o + std::string(topic);
  if (topic == "sign_on") return o + "sign_on.amount";
  if (topic == "bonus") return o + "bonus";
  if (topic == "equity") return o + "equity";
  if (topic == "work_mode") return o + "work.mode";
  if (topic == "office_days") return o + "work.office_days";
  return {};
}

// The PATCH body that would set the field, as JSON, or "null" when the words do not give one value
// a case file can hold (a bonus "up to 10%", a work mode in words): the person fills those in.
std::string PatchFor(const core::ExtractedClaim& claim, int offer, std::string_view currency) {
  const std::string field = FieldFor(claim.topic, offer);
  auto patch = [&](std::string_view path, const std::string& value_json) {
    return "{\"path\":" + io::JsonString(path) + ",\"value\":" + value_json + "}";
  };
  if (claim.topic == "title" && !claim.value.empty()) return patch(field, io::JsonString(claim.value));
  if ((claim.topic == "deadline" || claim.topic == "start_date") && claim.date) {
    return patch(field, io::JsonString(claim.date->ToString()));
  }
  if ((claim.topic == "base" || claim.topic == "sign_on") && claim.amount && !claim.vague) {
    return patch(field, io::JsonString(core::FormatMoney(*claim.amount, currency)));
  }
  return "null";
}

}  // namespace

std::string ReviewToJson(const io::ReviewRequest& request) {
  const core::Document document{request.kind, {}, request.text};
  const core::FieldRef where = core::FieldRef::Document(request.offer, 0, core::Field::kText);
  const std::vector<core::ExtractedClaim> claims =
      core::ExtractClaims(document, where, request.received, request.currency);
  std::set<std::string> seen;
  std::string out = "{\"kind\":" + io::JsonString(request.kind) + ",\"found\":[";
  for (size_t i = 0; i < claims.size(); ++i) {
    const core::ExtractedClaim& c = claims[i];
    seen.insert(c.topic);
    const std::string field = FieldFor(c.topic, request.offer);
    out += i > 0 ? "," : "";
    out += "{\"topic\":" + io::JsonString(c.topic) + ",\"value\":" + io::JsonString(c.value) +
           ",\"field\":" + (field.empty() ? "null" : io::JsonString(field)) +
           ",\"amount\":" +
           (c.amount ? "{\"currency\":" + io::JsonString(request.currency) +
                           ",\"minor\":" + std::to_string(c.amount->cents()) + "}"
                     : std::string("null")) +
           ",\"date\":" + (c.date ? io::JsonString(c.date->ToString()) : std::string("null")) +
           ",\"written\":" + (c.written ? "true" : "false") + ",\"vague\":" + (c.vague ? "true" : "false") +
           ",\"quote\":" + io::JsonString(c.evidence.quote) + ",\"line\":" + std::to_string(c.evidence.line) +
           ",\"column\":" + std::to_string(c.evidence.column) +
           ",\"patch\":" + PatchFor(c, request.offer, request.currency) + "}";
  }
  out += "],\"not_found\":[";
  bool first = true;
  for (std::string_view topic : kTopics) {
    if (seen.count(std::string(topic)) != 0) continue;
    out += (first ? "\"" : ",\"") + std::string(topic) + "\"";
    first = false;
  }
  return out + "]}";
}

}  // namespace walkaway::server
