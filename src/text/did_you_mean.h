// docqc::text spelling suggestions for names the user typed (subcommands, options, rule ids).
//
// Contract: `edit_distance(a, b)` is the optimal-string-alignment distance (insertions,
// deletions, substitutions and swaps of adjacent characters, each costing 1) over bytes;
// names are ASCII. `did_you_mean(typed, candidates)` returns the candidate the user most
// likely meant, or nullopt when none is close: a candidate within max(1, size/3) edits (the
// nearest wins; ties go to the first), else the shortest candidate that contains `typed` (of
// three or more characters) or that `typed` is a prefix of. Exact matches are never asked for.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace docqc::text {

std::size_t edit_distance(std::string_view a, std::string_view b);

std::optional<std::string> did_you_mean(std::string_view typed,
                                        const std::vector<std::string>& candidates);

// "; did you mean 'X'?" for the suggestion, or "" when there is none: for error messages.
std::string did_you_mean_suffix(std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace docqc::text
