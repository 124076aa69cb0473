// InlineDirectives: suppression comments in Markdown files.
//
//   <!-- docqc-disable rule-id category ... -->   off from this line on (no ids: every rule)
//   <!-- docqc-enable rule-id ... -->             back on (no ids: everything disabled so far)
//   <!-- docqc-disable-next-line rule-id ... -->  off for the next line only
//   <!-- docqc-disable-line rule-id ... -->       off for the line the comment is on
//
// Contract: ids are rule ids or category names, separated by spaces or commas. A disable
// without a matching enable lasts to the end of the file. Lines are 1-based, as in
// LineIndex. Anything else in an HTML comment is left alone; a comment that starts with
// "docqc-" but is none of the above is reported by unknown() so the CLI can warn.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "doc/line_index.h"

namespace docqc::suppress {

class InlineDirectives {
 public:
  static InlineDirectives parse(std::string_view text, const doc::LineIndex& lines);

  // `rule` and `category` of the finding; `line` where the finding starts.
  bool suppresses(std::string_view rule, std::string_view category, std::size_t line) const;
  bool empty() const { return m_ranges.empty(); }

  struct Unknown {
    std::size_t line = 0;
    std::string directive;
  };
  const std::vector<Unknown>& unknown() const { return m_unknown; }

 private:
  struct Range {
    std::size_t first_line = 0;
    std::size_t last_line = 0;     // inclusive
    std::vector<std::string> ids;  // empty: every rule
  };
  std::vector<Range> m_ranges;
  std::vector<Unknown> m_unknown;
};

}  // namespace docqc::suppress
