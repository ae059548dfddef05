// docs/case.schema.json and the decoder must know the same keys: a key added to one only fails here.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "io_test_util.h"
#include "walkaway/io/case_file.h"

namespace walkaway::io {
namespace {

using nlohmann::json;

const json& Resolve(const json& root, const json& node) {
  if (!node.contains("$ref")) return node;
  const std::string ref = node["$ref"].get<std::string>();
  const std::string prefix = "#/$defs/";
  if (ref.rfind(prefix, 0) != 0) {
    ADD_FAILURE() << "only local $defs references are supported: " << ref;
    return node;
  }
  return Resolve(root, root["$defs"][ref.substr(prefix.size())]);
}

// Field paths the way KnownFieldPaths() writes them: "a.b", arrays' items "a[]", values of
// free-form objects "a{}". Alternatives (oneOf/anyOf/allOf) share their parent's path.
void Walk(const json& root, const json& raw, const std::string& path, std::set<std::string>& out) {
  const json& node = Resolve(root, raw);
  if (node.contains("properties")) {
    for (const auto& [key, child] : node["properties"].items()) {
      const std::string child_path = path.empty() ? key : path + "." + key;
      out.insert(child_path);
      Walk(root, child, child_path, out);
    }
  }
  if (node.contains("items")) {
    out.insert(path + "[]");
    Walk(root, node["items"], path + "[]", out);
  }
  if (node.contains("additionalProperties") && node["additionalProperties"].is_object()) {
    out.insert(path + "{}");
    Walk(root, node["additionalProperties"], path + "{}", out);
  }
  for (const char* combinator : {"oneOf", "anyOf", "allOf"}) {
    if (node.contains(combinator)) {
      for (const json& alternative : node[combinator]) Walk(root, alternative, path, out);
    }
  }
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += "\n  " + item;
  return out;
}

TEST(SchemaSyncTest, SchemaAndDecoderKnowTheSameFieldPaths) {
  const std::string text =
      testing::ReadText(std::filesystem::path(WALKAWAY_SOURCE_DIR) / "docs" / "case.schema.json");
  ASSERT_FALSE(text.empty());
  const json schema = json::parse(text);
  std::set<std::string> from_schema;
  Walk(schema, schema, "", from_schema);

  const std::vector<std::string> known = KnownFieldPaths();
  const std::set<std::string> from_decoder(known.begin(), known.end());
  std::vector<std::string> only_schema, only_decoder;
  std::set_difference(from_schema.begin(), from_schema.end(), from_decoder.begin(), from_decoder.end(),
                      std::back_inserter(only_schema));
  std::set_difference(from_decoder.begin(), from_decoder.end(), from_schema.begin(), from_schema.end(),
                      std::back_inserter(only_decoder));
  EXPECT_TRUE(only_schema.empty()) << "in docs/case.schema.json but not in the decoder:" << Join(only_schema);
  EXPECT_TRUE(only_decoder.empty()) << "in the decoder but not in docs/case.schema.json:" << Join(only_decoder);
  EXPECT_GT(from_schema.size(), 100u);
}

TEST(SchemaSyncTest, SchemaIsStrictEverywhere) {
  const json schema = json::parse(
      testing::ReadText(std::filesystem::path(WALKAWAY_SOURCE_DIR) / "docs" / "case.schema.json"));
  // Every object with fixed properties rejects unknown keys, as the decoder does.
  std::vector<std::string> loose;
  const auto visit = [&](const auto& self, const json& node, const std::string& where) -> void {
    if (node.is_object()) {
      if (node.contains("properties") && node.value("additionalProperties", json(true)) != json(false)) {
        loose.push_back(where);
      }
      for (const auto& [key, child] : node.items()) self(self, child, where + "/" + key);
    } else if (node.is_array()) {
      for (size_t i = 0; i < node.size(); ++i) self(self, node[i], where + "/" + std::to_string(i));
    }
  };
  visit(visit, schema, "#");
  EXPECT_TRUE(loose.empty()) << "objects without additionalProperties: false:" << Join(loose);
}

}  // namespace
}  // namespace walkaway::io
