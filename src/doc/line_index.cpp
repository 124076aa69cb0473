#include "doc/line_index.h"

#include <algorithm>
#include <cstring>

#include "doc/utf8.h"

namespace docqc::doc {

LineIndex::LineIndex(std::string_view text) : m_text(text) {
  std::size_t begin = 0;
  const char* data = text.data();
  while (begin <= text.size()) {
    // memchr for both terminators is the fast path; CR is rare.
    std::size_t end = begin;
    const void* lf = std::memchr(data + begin, '\n', text.size() - begin);
    std::size_t lf_at =
        lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - data) : text.size();
    const void* cr = std::memchr(data + begin, '\r', lf_at - begin);
    if (cr) {
      end = static_cast<std::size_t>(static_cast<const char*>(cr) - data);
      m_lines.push_back({begin, end});
      begin = (end + 1 < text.size() && data[end + 1] == '\n') ? end + 2 : end + 1;
    } else if (lf) {
      m_lines.push_back({begin, lf_at});
      begin = lf_at + 1;
    } else {
      // The last line; a text ending in a terminator has no empty line after it.
      if (begin < text.size() || m_lines.empty()) {
        m_lines.push_back({begin, text.size()});
      }
      break;
    }
    if (begin == text.size()) {
      break;
    }
  }

  std::size_t checkpoints = text.size() / k_checkpoint_stride + 1;
  m_code_point_checkpoints.reserve(checkpoints);
  m_utf16_checkpoints.reserve(checkpoints);
  std::size_t code_points = 0;
  std::size_t utf16 = 0;
  for (std::size_t at = 0; at < checkpoints; ++at) {
    m_code_point_checkpoints.push_back(code_points);
    m_utf16_checkpoints.push_back(utf16);
    std::size_t from = at * k_checkpoint_stride;
    std::string_view block = text.substr(from, k_checkpoint_stride);
    code_points += count_code_points(block);
    utf16 += count_utf16_units(block);
  }
}

std::size_t LineIndex::line_of(std::size_t offset) const {
  auto it = std::upper_bound(m_lines.begin(), m_lines.end(), offset,
                             [](std::size_t o, const LineRange& l) { return o < l.begin; });
  if (it == m_lines.begin()) {
    return 1;
  }
  return static_cast<std::size_t>(it - m_lines.begin());
}

std::size_t LineIndex::code_points_before(std::size_t offset) const {
  offset = std::min(offset, m_text.size());
  std::size_t block = offset / k_checkpoint_stride;
  std::size_t from = block * k_checkpoint_stride;
  return m_code_point_checkpoints[block] + count_code_points(m_text.substr(from, offset - from));
}

std::size_t LineIndex::utf16_units_before(std::size_t offset) const {
  offset = std::min(offset, m_text.size());
  std::size_t block = offset / k_checkpoint_stride;
  std::size_t from = block * k_checkpoint_stride;
  return m_utf16_checkpoints[block] + count_utf16_units(m_text.substr(from, offset - from));
}

Position LineIndex::position(std::size_t offset) const {
  Position result;
  offset = std::min(offset, m_text.size());
  result.line = line_of(offset);
  std::size_t line_begin = m_lines[result.line - 1].begin;
  if (offset < line_begin) {
    offset = line_begin;
  }
  if (offset - line_begin <= 2 * k_checkpoint_stride) {
    // The common case: count from the start of the line.
    std::string_view prefix = m_text.substr(line_begin, offset - line_begin);
    result.column = count_code_points(prefix) + 1;
    result.utf16_column = count_utf16_units(prefix) + 1;
    return result;
  }
  result.column = code_points_before(offset) - code_points_before(line_begin) + 1;
  result.utf16_column = utf16_units_before(offset) - utf16_units_before(line_begin) + 1;
  return result;
}

}  // namespace docqc::doc
