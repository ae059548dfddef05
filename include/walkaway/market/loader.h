#pragma once

// Reading the shipped market index (data/market/*.csv). The parsers take text and are pure; only
// LoadMarketIndex and MarketDataDirFromEnvironment touch the file system and the environment.

#include <string>
#include <string_view>

#include "walkaway/core/result.h"
#include "walkaway/market/market.h"

namespace walkaway::market {

// Each parser names `file_name` and the line in its errors. Lines starting with '#' are comments;
// "# as_of=..." and "# source=..." comments fill `source`.
core::Status ParseTitleTable(std::string_view text, std::string_view file_name, TitleTable& table);
core::Status ParseSalaryGroups(std::string_view text, std::string_view file_name,
                               std::vector<SalaryGroup>& groups, SourceInfo& source);
core::Status ParseOccupations(std::string_view text, std::string_view file_name,
                              std::vector<Occupation>& occupations, SourceInfo& source);

// Reads titles.csv, aijobs_index.csv and bls_oews_index.csv from `market_dir` and sorts the index.
core::Result<MarketIndex> LoadMarketIndex(const std::string& market_dir);

// The market folder: `data_dir_env` (the value of WALKAWAY_DATA_DIR) + "/market" when set and
// non-empty, else the compiled-in default (the source tree's data/market).
std::string MarketDataDir(const char* data_dir_env);
// MarketDataDir(getenv("WALKAWAY_DATA_DIR")).
std::string MarketDataDirFromEnvironment();

}  // namespace walkaway::market
