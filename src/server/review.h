#pragma once

// Paste and review (POST /api/v1/review, docs/server.md): what the extractors read in a pasted
// letter, post or message, each fact with the sentence it came from and where, the case field it
// belongs in, and the change that would put it there; and what they did not find. Nothing is
// saved: the person confirms each fact, and the app sends the PATCH it was given.

#include <string>

#include "walkaway/io/api_json.h"

namespace walkaway::server {

std::string ReviewToJson(const io::ReviewRequest& request);

}  // namespace walkaway::server
