// The one file of walkaway_market that touches the file system: it reads the three shipped CSV
// files from the folder it is given and hands their text to the pure parsers in index_csv.cc.

#include "walkaway/market/loader.h"

#include "walkaway/files/file_reader.h"


namespace walkaway::market {
namespace {

constexpr size_t kMaxFileBytes = 8 * 1024 * 1024;  // the shipped files are ~70 KB each

core::Result<std::string> ReadText(const std::string& path) {
  core::Result<std::string> text = files::ReadFileCapped(path, kMaxFileBytes, "market data file");
  if (!text && text.error().code == core::ErrorCode::kNotFound) {
    core::Error e = text.error();
    e.hint = "the market folder holds titles.csv, aijobs_index.csv and bls_oews_index.csv (data/market/)";
    return e;
  }
  return text;
}

}  // namespace

core::Result<MarketIndex> LoadMarketIndex(const std::string& market_dir) {
  MarketIndex index;
  const std::string titles_path = market_dir + "/titles.csv";
  const std::string aijobs_path = market_dir + "/aijobs_index.csv";
  const std::string bls_path = market_dir + "/bls_oews_index.csv";

  core::Result<std::string> titles = ReadText(titles_path);
  if (!titles) return titles.error();
  core::Status parsed = ParseTitleTable(*titles, titles_path, index.titles);
  if (!parsed) return parsed.error();

  core::Result<std::string> aijobs = ReadText(aijobs_path);
  if (!aijobs) return aijobs.error();
  parsed = ParseSalaryGroups(*aijobs, aijobs_path, index.groups, index.aijobs);
  if (!parsed) return parsed.error();

  core::Result<std::string> bls = ReadText(bls_path);
  if (!bls) return bls.error();
  parsed = ParseOccupations(*bls, bls_path, index.occupations, index.bls);
  if (!parsed) return parsed.error();

  SortIndex(index);
  return index;
}

}  // namespace walkaway::market
