#include "doc/position_cursor.h"

#include <algorithm>

#include "doc/utf8.h"

namespace docqc::doc {

Position PositionCursor::at(std::size_t offset) {
  offset = std::min(offset, m_text.size());
  if (!m_valid || offset < m_offset || offset >= m_line_end) {
    m_position = m_index.position(offset);
    m_offset = std::max(offset, m_index.line(m_position.line).begin);
    m_line_end = m_position.line < m_index.line_count() ? m_index.line(m_position.line + 1).begin
                                                        : m_text.size() + 1;
    m_valid = true;
    return m_position;
  }
  std::string_view step = m_text.substr(m_offset, offset - m_offset);
  m_position.column += count_code_points(step);
  m_position.utf16_column += count_utf16_units(step);
  m_offset = offset;
  return m_position;
}

}  // namespace docqc::doc
