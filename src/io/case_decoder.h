#pragma once

// Value tree -> core::Case: types, enum values, required keys, currencies of money and the count
// caps. Cross-field rules (dates in order, unique ids, ranges) are core::ValidateCase's job.

#include <string>
#include <string_view>
#include <vector>

#include "io/decoder.h"
#include "io/value_tree.h"
#include "walkaway/core/case.h"
#include "walkaway/core/result.h"

namespace walkaway::io {

// A document named by path, whose text the caller still has to read.
struct DocumentToLoad {
  size_t offer_index = 0;
  size_t document_index = 0;  // in offers[offer_index].documents
  std::string field_path{};   // e.g. "offers[0].documents.offer_letter"
  int line = 0;               // where the path is written
  int column = 0;
};

struct DecodedCase {
  core::Case c{};
  std::vector<DocumentToLoad> documents{};
};

core::Result<DecodedCase> DecodeCase(const Node& root, std::string_view file);

inline constexpr EnumName<core::WorkMode> kWorkModeNames[] = {{"onsite", core::WorkMode::kOnsite},
                                                             {"hybrid", core::WorkMode::kHybrid},
                                                             {"remote", core::WorkMode::kRemote}};

// Parts, shared between the files of the decoder.
void DecodeReflection(const TableReader& t, core::Reflection& out);
void DecodeOffer(const TableReader& t, size_t index, const core::Candidate& candidate, core::Offer& out,
                 std::vector<DocumentToLoad>& documents);
void DecodeDocuments(const TableReader& t, size_t offer_index, core::Offer& offer,
                     std::vector<DocumentToLoad>& documents);
// The pay-model fields (case_decoder_pay.cc).
void DecodeBonusPayout(const TableReader& bonus, core::Bonus& out);
void DecodeEquityTerms(const TableReader& equity, CurrencyRule rule, core::Equity& out);
void DecodePayTerms(const TableReader& offer, CurrencyRule rule, core::Offer& out);
void DecodeModel(const TableReader& t, const core::Candidate& candidate, core::ModelSettings& out);
void DecodeTax(const TableReader& t, core::TaxSetting& out);
// Reads `key` as a currency code and checks that it is one we know.
void ReadCurrency(const TableReader& t, std::string_view key, std::string& out);

}  // namespace walkaway::io
