#pragma once

// Pure parsers for the files in data/tax/ (docs/tax.md): text in, typed tables out. Each takes the
// file's text, the name to quote in errors, and the year the file must be for; errors name file:line
// and the key or column. loader.h reads the files and calls these.

#include <map>
#include <string>
#include <string_view>

#include "walkaway/core/result.h"
#include "walkaway/tax/tables.h"

namespace walkaway::tax {

core::Result<UsFederalTable> ParseUsFederal(std::string_view text, std::string_view file_name, int year);
// us-states-YEAR.csv with its companion us-state-rules-YEAR.csv; every state of one must be in the other.
core::Result<std::map<std::string, UsStateTable>> ParseUsStates(std::string_view states_text,
                                                                std::string_view states_file,
                                                                std::string_view rules_text,
                                                                std::string_view rules_file);
core::Result<UsLocalTable> ParseUsLocal(std::string_view text, std::string_view file_name, std::string_view code);
// uk-YEAR-YY.toml: the tax year that starts in April of `year`.
core::Result<UkTable> ParseUk(std::string_view text, std::string_view file_name, int year);
// de-YEAR.toml with de-YEAR-pap.toml.
core::Result<DeTable> ParseDe(std::string_view tariff_text, std::string_view tariff_file, std::string_view pap_text,
                              std::string_view pap_file, int year);
// ca-YEAR.toml with ca-YEAR-credits.toml.
core::Result<CaTable> ParseCa(std::string_view text, std::string_view file_name, std::string_view credits_text,
                              std::string_view credits_file, int year);

}  // namespace walkaway::tax
