// LineIndex: where each line of a decoded text starts and ends, and the (line, column)
// of any byte offset.
//
// Contract: lines end at LF, CRLF or a lone CR; the terminator is not part of the line.
// Lines and columns are 1-based; columns count Unicode code points (and, separately, UTF-16
// code units for editors that want them). Every query is O(log n) in the number of lines plus
// O(k_checkpoint_stride) bytes of counting, so a 100 MB single-line file costs the same per
// query as a short one.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace docqc::doc {

struct Position {
  std::size_t line = 1;          // 1-based
  std::size_t column = 1;        // 1-based, code points
  std::size_t utf16_column = 1;  // 1-based, UTF-16 code units
};

struct LineRange {
  std::size_t begin = 0;  // byte offset of the first byte of the line
  std::size_t end = 0;    // byte offset one past the last byte, terminator excluded
};

class LineIndex {
 public:
  LineIndex() = default;
  explicit LineIndex(std::string_view text);

  std::size_t line_count() const { return m_lines.size(); }
  // `line` is 1-based.
  LineRange line(std::size_t line) const { return m_lines[line - 1]; }
  // 1-based line that holds `offset` (an offset in a terminator belongs to its line).
  std::size_t line_of(std::size_t offset) const;
  Position position(std::size_t offset) const;
  // Code points / UTF-16 units before `offset`, counted from the start of the text (SARIF's
  // charOffset).
  std::size_t code_points_before(std::size_t offset) const;
  std::size_t utf16_units_before(std::size_t offset) const;

 private:
  static constexpr std::size_t k_checkpoint_stride = 4096;

  std::string_view m_text;
  std::vector<LineRange> m_lines;
  std::vector<std::size_t> m_code_point_checkpoints;  // code points before k*stride
  std::vector<std::size_t> m_utf16_checkpoints;       // UTF-16 units before k*stride
};

}  // namespace docqc::doc
