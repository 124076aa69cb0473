// PositionCursor: positions of offsets that mostly come in increasing order (sorted findings).
//
// Contract: at(offset) returns exactly LineIndex::position(offset). A query at or after the
// previous one on the same line counts only the bytes since then, so locating every finding
// of a document costs one pass over the text however many findings share a line (a 5 MB
// line with 100,000 findings included); a query before the previous one, or on another line,
// costs one LineIndex::position(). The index and text must outlive the cursor.
#pragma once

#include <cstddef>
#include <string_view>

#include "doc/line_index.h"

namespace docqc::doc {

class PositionCursor {
 public:
  PositionCursor(const LineIndex& index, std::string_view text) : m_index(index), m_text(text) {}
  Position at(std::size_t offset);

 private:
  const LineIndex& m_index;
  std::string_view m_text;
  bool m_valid = false;
  std::size_t m_offset = 0;
  std::size_t m_line_end = 0;  // where the cursor's line ends: the next line's first byte
  Position m_position;
};

}  // namespace docqc::doc
