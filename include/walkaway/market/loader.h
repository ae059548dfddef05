#pragma once

// Reading the shipped market index (data/market/*.csv). The parsers take text and are pure; only
// LoadMarketIndex touches the file system, in the folder its caller names.

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

}  // namespace walkaway::market
