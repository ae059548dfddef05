#pragma once

// Helpers shared by the io tests: fixture paths, a minimal valid case to extend, error access.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "walkaway/io/case_file.h"

namespace walkaway::io::testing {

inline std::filesystem::path TestData() {
  return std::filesystem::path(WALKAWAY_SOURCE_DIR) / "tests" / "testdata";
}
inline std::filesystem::path GoodFile(std::string_view name) { return TestData() / "good" / name; }
inline std::filesystem::path BadFile(std::string_view name) { return TestData() / "bad" / name; }

inline std::string ReadText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// A valid case whose last table is offers[0] (line 5 is its id), so tests can append offer keys.
inline std::string MinimalToml() {
  return "[candidate]\n"
         "name = \"Sam\"\n"
         "\n"
         "[[offers]]\n"
         "id = \"acme\"\n"
         "company = \"Acme\"\n";
}

// Just the offer of MinimalToml(), for cases that start with a [candidate.*] sub-table.
inline std::string OffersOnlyToml() {
  return "[[offers]]\n"
         "id = \"acme\"\n"
         "company = \"Acme\"\n";
}

inline std::string MinimalJson() {
  return "{\n"
         "  \"candidate\": {\"name\": \"Sam\"},\n"
         "  \"offers\": [\n"
         "    {\"id\": \"acme\", \"company\": \"Acme\"}\n"
         "  ]\n"
         "}\n";
}

// The error of parsing `text`; fails the test when it parses.
inline core::Error ErrorOf(std::string_view text, std::string_view name = "case.toml") {
  auto loaded = ParseCase(text, name, Format::kAuto);
  if (loaded) {
    ADD_FAILURE() << "expected an error for:\n" << text;
    return core::Error{};
  }
  return loaded.error();
}

}  // namespace walkaway::io::testing
