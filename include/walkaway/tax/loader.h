#pragma once

// Reading the tax tables of one year from a data folder (data/tax/ in the source tree; the caller passes
// the path, the library has no default). The only part of walkaway_tax that touches the disk.

#include <string>

#include "walkaway/core/result.h"
#include "walkaway/tax/rules.h"
#include "walkaway/tax/tables.h"

namespace walkaway::tax {

// Reads every file of `year` in `tax_dir` (us-federal-YEAR.toml, us-states-YEAR.csv with
// us-state-rules-YEAR.csv, us-nyc-YEAR.csv, uk-YEAR-YY.toml, de-YEAR.toml with de-YEAR-pap.toml, ca-YEAR.toml
// with ca-YEAR-credits.toml). A country whose files are absent stays empty: its places then get "no tax
// data for <place> <year>" from BuildPlaceRules. Errors: the folder is missing (kNotFound), a file cannot
// be read (kIo), is over 1 MB (kTooLarge) or is malformed (kInvalidInput, file:line), or only one of a
// pair of files exists.
core::Result<TaxTables> LoadTaxTables(const std::string& tax_dir, int year);

// LoadTaxTables + BuildPlaceRules.
core::Result<PlaceRules> LoadPlaceRules(const std::string& tax_dir, const Place& place, int year,
                                        const TaxProfile& profile, FlaggedValues flagged);

}  // namespace walkaway::tax
