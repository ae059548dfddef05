// The one file of walkaway_market that touches the file system: it reads the three shipped CSV
// files from the folder it is given and hands their text to the pure parsers in index_csv.cc.

#include "walkaway/market/loader.h"

#include <fstream>
#include <sstream>

namespace walkaway::market {
namespace {

constexpr size_t kMaxFileBytes = 8 * 1024 * 1024;  // the shipped files are ~70 KB each

core::Result<std::string> ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    core::Error e = core::Error::NotFound("cannot open the market data file " + path);
    e.hint = "the market folder holds titles.csv, aijobs_index.csv and bls_oews_index.csv (data/market/)";
    return e;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (!in && !in.eof()) return core::Error::Io("cannot read " + path);
  std::string text = std::move(buffer).str();
  if (text.size() > kMaxFileBytes) return core::Error::TooLarge(path + " is larger than 8 MB");
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
