#pragma once

// "did you mean 'deadline'?" for unknown keys and enum values.

#include <span>
#include <string_view>

namespace walkaway::io {

// The known word closest to `typed`: an edit distance of at most 2 (a swap of two neighbours counts
// as one edit), or else the only known word that starts with `typed`. Empty when none is close.
std::string_view Suggest(std::string_view typed, std::span<const std::string_view> known);

// Optimal string alignment distance (Levenshtein plus adjacent transpositions).
int EditDistance(std::string_view a, std::string_view b);

}  // namespace walkaway::io
