#include "walkaway/io/api_json.h"

#include <nlohmann/json.hpp>

#include "io/json_reader.h"
#include "io/utf8.h"

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

std::string JsonString(std::string_view text) {
  return nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace walkaway::io
