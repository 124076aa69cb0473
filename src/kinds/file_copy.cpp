#include "kinds/file_copy.h"

#include <algorithm>

namespace docqc::kinds {

std::size_t ordered_matches(std::vector<ParagraphMatch> matches) {
  // By `copy` ascending and, for one `copy`, `first` descending: a strictly increasing run of
  // `first` then takes at most one match per copy paragraph (patience sorting).
  std::sort(matches.begin(), matches.end(), [](const ParagraphMatch& a, const ParagraphMatch& b) {
    return a.copy != b.copy ? a.copy < b.copy : a.first > b.first;
  });
  std::vector<std::size_t> tails;  // tails[k]: smallest `first` ending a chain of k + 1
  for (const ParagraphMatch& match : matches) {
    auto it = std::lower_bound(tails.begin(), tails.end(), match.first);
    if (it == tails.end()) {
      tails.push_back(match.first);
    } else {
      *it = match.first;
    }
  }
  return tails.size();
}

bool is_file_copy(const std::vector<ParagraphMatch>& matches, std::size_t copy_paragraphs,
                  std::size_t first_paragraphs, double share) {
  if (matches.size() < 2) {
    return false;
  }
  const auto ordered = static_cast<double>(ordered_matches(matches));
  return ordered >= 2 && ordered >= share * static_cast<double>(copy_paragraphs) &&
         ordered >= share * static_cast<double>(first_paragraphs);
}

}  // namespace docqc::kinds
