// docqc::text shingles: hashed character n-grams of a normalized paragraph.
//
// Contract: shingle_hashes() replaces `out` with one 64-bit hash per window of
// `width` consecutive code points of the UTF-8 `text`, in text order, computed
// with a rolling hash in one pass (no allocation beyond `out`'s growth). A
// text shorter than `width` code points but not empty yields one shingle for
// the whole text; an empty text yields none. Equal windows always hash equal;
// different windows collide with probability about 2^-64.
// jaccard() takes two shingle lists, sorts and deduplicates them in place,
// and returns |A ∩ B| / |A ∪ B| (1.0 when both are empty).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace docqc::text {

inline constexpr int k_max_shingle_width = 16;

// `width` is clamped to [1, k_max_shingle_width].
void shingle_hashes(std::string_view text, int width, std::vector<std::uint64_t>& out);

double jaccard(std::vector<std::uint64_t>& first, std::vector<std::uint64_t>& second);

// Jaccard of two lists that are already sorted and deduplicated.
double jaccard_sorted(const std::vector<std::uint64_t>& first,
                      const std::vector<std::uint64_t>& second);

}  // namespace docqc::text
