// docqc::text spelling suggestions for names the user typed: subcommands, options, rule
// ids, keys and values of rule files and configs. The one did-you-mean of the program.
//
// Contract: `edit_distance(a, b)` is the optimal-string-alignment distance (insertions,
// deletions, substitutions and swaps of adjacent characters, each costing 1) over bytes;
// names are ASCII. `did_you_mean(typed, candidates)` returns the candidate the user most
// likely meant, or nullopt when none is close: the nearest candidate within max(1, size/3)
// edits and fewer than half the typed name's bytes (so that short words never "match"
// unrelated short names: "ix" is not a typo of "id"); ties go to the first. Failing that, a
// typed fragment of four or more bytes (a shortened rule id) suggests the shortest
// candidate that starts with it, else the shortest that contains it. A candidate equal to
// `typed` is never suggested. Comparison is exact (case matters).
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
