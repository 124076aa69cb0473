// Marker matching for the outline (kinds/numbering_outline.h): which level's marker stands
// at a position, and the value of its numeral (第十二条 -> level 条, 12; 1.2.3 -> depth 3, 3).
// OutlineConfig::prepare() (defined with the matcher) compiles the levels' markers into the
// sets used here.
//
// Contract
// - A MarkerMatcher reads one text with one prepared OutlineConfig; it is not shared between
//   threads (it keeps scratch buffers), and it allocates nothing per call once warm.
// - match() costs one RE2::Set match over at most k_set_window bytes, then one anchored match
//   per marker the set names, in the configuration's order; the first marker that matches,
//   passes its level's not_followed_by and has a numeral its level can read wins.
// - A decimal path has 2 to 5 components of Arabic digits (half or full width) separated by
//   "." or "．"; other levels try the `preferred` system first (the one the level's open
//   sequence uses: "i" after "h" is a letter, not a Roman one), then their numerals in order.
#pragma once

#include <re2/re2.h>

#include <cstddef>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "kinds/numbering_outline.h"

namespace docqc::kinds::outline {

constexpr std::size_t k_max_depth = 6;  // bound on the components of a decimal path

struct Candidate {
  std::size_t level = 0;
  std::size_t depth = 0;  // components of a decimal path; 0 otherwise
  long value = 0;
  text::NumeralSystem system = text::NumeralSystem::arabic;
  std::size_t begin = 0;  // the marker, trailing white space excluded
  std::size_t end = 0;
  std::size_t num_begin = 0;  // the numeral inside it
  std::size_t num_end = 0;
  std::size_t prefix_end = 0;  // decimal: end of the path before the last component
};

// The numeral system a level's open sequence uses, if any.
using PreferredSystem = std::function<std::optional<text::NumeralSystem>(std::size_t level)>;

class MarkerMatcher {
 public:
  MarkerMatcher(const OutlineConfig& config, std::string_view text);

  // The marker at `pos` (before `end`): among every level's markers at a line start,
  // among the inline levels' markers otherwise.
  std::optional<Candidate> match(std::size_t pos, std::size_t end, bool at_line_start,
                                 const PreferredSystem& preferred);

 private:
  bool parse_value(const OutlineLevel& level, std::size_t level_index, std::string_view num,
                   const PreferredSystem& preferred, Candidate& out) const;

  const OutlineConfig& m_config;
  std::string_view m_text;
  std::vector<re2::StringPiece> m_groups;
  std::vector<int> m_matched;
};

}  // namespace docqc::kinds::outline
