#include "text/did_you_mean.h"

#include <algorithm>
#include <numeric>

namespace docqc::text {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Three rows of the dynamic programme: two back for the transposition.
  std::vector<std::size_t> before(b.size() + 1);
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  std::iota(previous.begin(), previous.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::optional<std::string> did_you_mean(std::string_view typed,
                                        const std::vector<std::string>& candidates) {
  const std::string* nearest = nullptr;
  std::size_t best = std::max<std::size_t>(1, typed.size() / 3) + 1;
  for (const auto& candidate : candidates) {
    if (candidate == typed) {
      continue;
    }
    std::size_t distance = edit_distance(typed, candidate);
    if (distance < best && 2 * distance < typed.size()) {
      best = distance;
      nearest = &candidate;
    }
  }
  if (nearest != nullptr) {
    return *nearest;
  }
  if (typed.size() < 4) {
    return std::nullopt;  // too short to be a fragment of a name
  }
  // A shortened name ("halfwidth-punct"): the shortest name it begins, else one it is in.
  for (bool at_start : {true, false}) {
    const std::string* shortest = nullptr;
    for (const auto& candidate : candidates) {
      const auto at = candidate.find(typed);
      if (candidate != typed && at != std::string::npos && (!at_start || at == 0) &&
          (shortest == nullptr || candidate.size() < shortest->size())) {
        shortest = &candidate;
      }
    }
    if (shortest != nullptr) {
      return *shortest;
    }
  }
  return std::nullopt;
}

std::string did_you_mean_suffix(std::string_view typed,
                                const std::vector<std::string>& candidates) {
  auto suggestion = did_you_mean(typed, candidates);
  return suggestion ? "; did you mean '" + *suggestion + "'?" : std::string();
}

}  // namespace docqc::text
