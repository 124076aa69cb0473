// file_copy: whether a later file of a `check --cross-file` run is a copy of an earlier one as
// a whole (an identical copy, or a near-identical one), rather than sharing a few paragraphs.
//
// Contract: given the paragraph matches between one later file ("copy") and one earlier file
// ("first"), each a pair of paragraph ordinals (the n-th counted paragraph of each file), and
// how many paragraphs each file counts, is_file_copy() is true when the matches that keep
// their order (the longest chain increasing in both ordinals) are at least two and at least
// `share` of the paragraphs of each file. A file that holds only part of the other (or the
// other only part of it) is not a copy. O(n log n) in the number of matches; the order of the
// matches given does not matter.
#pragma once

#include <cstddef>
#include <vector>

namespace docqc::kinds {

struct ParagraphMatch {
  std::size_t copy = 0;   // ordinal of the paragraph in the later file
  std::size_t first = 0;  // ordinal of the paragraph it repeats in the earlier file
};

// Length of the longest chain of matches strictly increasing in both `copy` and `first`.
std::size_t ordered_matches(std::vector<ParagraphMatch> matches);

bool is_file_copy(const std::vector<ParagraphMatch>& matches, std::size_t copy_paragraphs,
                  std::size_t first_paragraphs, double share);

}  // namespace docqc::kinds
