#pragma once

// The name a case is listed under in a workspace: "Ola: Stellar Cloud Inc., Acme" (the person,
// then the companies of the offers), made again on every change so the list stays true.

#include <string>

#include "walkaway/core/case.h"

namespace walkaway::server {

inline std::string CaseName(const core::Case& c) {
  std::string name = c.candidate.name.empty() ? "Unnamed" : c.candidate.name;
  std::string companies;
  for (const core::Offer& o : c.offers) {
    if (o.company.empty()) continue;
    companies += (companies.empty() ? "" : ", ") + o.company;
  }
  if (!companies.empty()) name += ": " + companies;
  return name;
}

}  // namespace walkaway::server
