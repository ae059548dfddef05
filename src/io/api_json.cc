#include "walkaway/io/api_json.h"

#include <nlohmann/json.hpp>

#include "io/json_reader.h"
#include "io/utf8.h"
#include "walkaway/io/case_file.h"

namespace walkaway::io {
namespace {

// A request body that must be one JSON object. ReadJson first: it checks UTF-8, caps the nesting
// and places errors; nlohmann then reads a body known to be shallow and well-formed. May throw
// (the callers catch).
core::Result<nlohmann::json> ReadObject(std::string_view body) {
  if (core::Status utf8 = CheckUtf8Text(body, "request"); !utf8) return utf8.error();
  core::Result<Node> tree = ReadJson(body, "request");
  if (!tree) return tree.error();
  nlohmann::json j = nlohmann::json::parse(body);
  if (!j.is_object()) return core::Error::InvalidInput("the request body must be a JSON object");
  return j;
}

}  // namespace

core::Result<FieldChange> ParseFieldChange(std::string_view body) {
  try {
    core::Result<nlohmann::json> read = ReadObject(body);
    if (!read) return read.error();
    const nlohmann::json& j = *read;
    FieldChange out;
    for (const auto& [key, value] : j.items()) {
      if (key == "path") {
        if (!value.is_string()) return core::Error::InvalidInput("\"path\" must be a string", "path");
        out.path = value.get<std::string>();
      } else if (key == "value") {
        out.value_json = value.dump();
      } else if (key == "revision") {
        if (!value.is_number_integer()) return core::Error::InvalidInput("\"revision\" must be a whole number", "revision");
        out.revision = value.get<int64_t>();
      } else {
        return core::Error::InvalidInput("unknown key \"" + key + "\" (expected path, value, revision)", key);
      }
    }
    if (out.path.empty()) return core::Error::InvalidInput("the request needs a \"path\"", "path");
    if (out.value_json.empty()) return core::Error::InvalidInput("the request needs a \"value\" (null removes)", "value");
    return out;
  } catch (const std::exception&) {
    return core::Error::InvalidInput("the request body is not valid JSON");
  }
}

core::Result<ComparisonRequest> ParseComparisonRequest(std::string_view body) {
  ComparisonRequest out;
  std::string_view trimmed = body;
  while (!trimmed.empty() && (trimmed.front() == ' ' || trimmed.front() == '\n' || trimmed.front() == '\r' ||
                              trimmed.front() == '\t')) {
    trimmed.remove_prefix(1);
  }
  if (trimmed.empty()) return out;  // the case's own priorities
  try {
    core::Result<nlohmann::json> read = ReadObject(body);
    if (!read) return read.error();
    const nlohmann::json& j = *read;
    core::Priorities priorities;
    bool given = false;
    for (const auto& [key, value] : j.items()) {
      if (key == "weights") {
        if (!value.is_object()) return core::Error::InvalidInput("\"weights\" must be an object of numbers", key);
        for (const auto& [name, w] : value.items()) {
          if (!w.is_number() || !(w.get<double>() >= 0) || w.get<double>() > 1e6) {
            return core::Error::InvalidInput("a weight is a number from 0 to 1000000", "weights." + name);
          }
          priorities.weights[name] = w.get<double>();
        }
        given = true;
      } else if (key == "rank") {
        if (!value.is_array()) return core::Error::InvalidInput("\"rank\" must be a list of criteria", key);
        for (const auto& name : value) {
          if (!name.is_string()) return core::Error::InvalidInput("\"rank\" lists criteria by name", key);
          priorities.rank.push_back(name.get<std::string>());
        }
        given = true;
      } else if (key == "draws") {
        if (!value.is_number_integer() || value.get<int64_t>() < 1 || value.get<int64_t>() > 10'000'000) {
          return core::Error::InvalidInput("\"draws\" must be a whole number", key);
        }
        out.draws = static_cast<int>(value.get<int64_t>());
      } else if (key == "seed") {
        if (!value.is_number_unsigned()) return core::Error::InvalidInput("\"seed\" must be a whole number >= 0", key);
        out.seed = value.get<uint64_t>();
      } else {
        return core::Error::InvalidInput("unknown key \"" + key + "\" (expected weights, rank, draws, seed)", key);
      }
    }
    if (given) out.priorities = std::move(priorities);
    return out;
  } catch (const std::exception&) {
    return core::Error::InvalidInput("the request body is not valid JSON");
  }
}

core::Result<ReviewRequest> ParseReviewRequest(std::string_view body) {
  try {
    core::Result<nlohmann::json> read = ReadObject(body);
    if (!read) return read.error();
    ReviewRequest out;
    bool has_text = false;
    for (const auto& item : read->items()) {
      // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
      const std::string& key = item.key();
      const nlohmann::json& value = item.value();
      const auto text_of = [&](std::string& into) -> core::Status {
        if (!value.is_string()) return core::Error::InvalidInput("\"" + key + "\" must be a string", key);
        into = value.get<std::string>();
        return core::Ok{};
      };
      if (key == "text") {
        if (core::Status ok = text_of(out.text); !ok) return ok.error();
        has_text = true;
      } else if (key == "kind") {
        if (core::Status ok = text_of(out.kind); !ok) return ok.error();
        if (out.kind != "offer_letter" && out.kind != "job_post" && out.kind != "recruiter_messages" &&
            out.kind != "interview_notes" && out.kind != "other") {
          return core::Error::InvalidInput(
              "\"kind\" is one of offer_letter, job_post, recruiter_messages, interview_notes, other", key);
        }
      } else if (key == "currency") {
        if (core::Status ok = text_of(out.currency); !ok) return ok.error();
        if (out.currency.size() != 3) return core::Error::InvalidInput("\"currency\" is an ISO code such as EUR", key);
      } else if (key == "received") {
        std::string date;
        if (core::Status ok = text_of(date); !ok) return ok.error();
        core::Result<core::Date> parsed = core::ParseDate(date);
        if (!parsed) return core::Error::InvalidInput(parsed.error().message, key);
        out.received = *parsed;
      } else if (key == "offer") {
        if (!value.is_number_integer() || value.get<int64_t>() < 0 || value.get<int64_t>() >= 100) {
          return core::Error::InvalidInput("\"offer\" is an offer's index, 0 to 99", key);
        }
        out.offer = static_cast<int>(value.get<int64_t>());
      } else {
        return core::Error::InvalidInput(
            "unknown key \"" + key + "\" (expected text, kind, currency, received, offer)", key);
      }
    }
    if (!has_text) return core::Error::InvalidInput("the request needs the \"text\" to read", "text");
    if (out.text.size() > kMaxDocumentBytes) {
      return core::Error::TooLarge("the text is over the limit of one document (4 MiB)", "text");
    }
    return out;
  } catch (const std::exception&) {
    return core::Error::InvalidInput("the request body is not valid JSON");
  }
}

std::string JsonString(std::string_view text) {
  return nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace walkaway::io
