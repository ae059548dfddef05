#pragma once

// One piece of evidence: a field of the case, or a quoted sentence with its place inside the
// field's text (a document, a note, a claim).

#include <string>

#include "walkaway/core/field_ref.h"

namespace walkaway::core {

struct Evidence {
  FieldRef field{};     // offers[0].deadline, offers[0].documents[1].text, ...
  std::string quote{};  // the exact sentence or value; empty when the field says it all
  int line = 0;         // line of the quote inside the field's text (1-based); 0 = n/a
  int column = 0;       // column of the quote inside that line (1-based, bytes); 0 = n/a
  friend bool operator==(const Evidence&, const Evidence&) = default;
};

}  // namespace walkaway::core
