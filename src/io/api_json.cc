#include "walkaway/io/api_json.h"

#include <nlohmann/json.hpp>

#include "io/json_reader.h"
#include "io/utf8.h"

namespace walkaway::io {

core::Result<FieldChange> ParseFieldChange(std::string_view body) {
  try {
    // ReadJson first: it caps the nesting and places errors; nlohmann then reads a body known to be
    // shallow and well-formed.
    if (core::Status utf8 = CheckUtf8Text(body, "request"); !utf8) return utf8.error();
    core::Result<Node> tree = ReadJson(body, "request");
    if (!tree) return tree.error();
    const nlohmann::json j = nlohmann::json::parse(body);
    if (!j.is_object()) return core::Error::InvalidInput("the request body must be a JSON object");
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

std::string JsonString(std::string_view text) {
  return nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace walkaway::io
