// Did-you-mean: the known name closest to a misspelt one.
//
// Contract: closest() returns the candidate with the smallest optimal-string-alignment
// distance (insertions, deletions, substitutions and transpositions of adjacent
// characters, counted in bytes) when that distance is at most 2 and smaller than half the
// word's length, so that short words never "match" unrelated ones; ties go to the first
// candidate. Failing that, a word of 4 or more bytes suggests the first candidate that
// starts with it, else the first that contains it (a shortened rule id). Comparison is
// exact (case matters: ids and keys are lower-case).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace docqc::rules {

std::size_t edit_distance(std::string_view a, std::string_view b);
std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string>& candidates);
// "; did you mean 'x'?" or "" when nothing is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace docqc::rules
