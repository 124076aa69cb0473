// Document: one checked file as rules see it: the decoded UTF-8 text, its lines, its
// paragraphs, and the way back to the original bytes.
//
// Contract: a Document is immutable after construction and safe to read from several threads.
// `text()` is valid UTF-8 (the decoder guarantees it). Offsets everywhere in docqc are byte
// offsets into `text()` until a reporter asks `source_map()` for the original ones.
//
// Paragraphs: a paragraph is a block of non-blank lines, except that a block which is not
// hard-wrapped is one paragraph per line (Chinese documents put one paragraph on a line). A
// line continues the previous one when the block looks hard-wrapped: the previous line is
// nearly as wide as the widest line of the block and does not end a sentence.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "doc/line_index.h"
#include "doc/source_map.h"

namespace docqc::doc {

struct TextRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool operator==(const TextRange&) const = default;
};

struct Paragraph {
  TextRange range;             // first byte of the first line to the end of the last line
  std::size_t first_line = 1;  // 1-based
  std::size_t last_line = 1;
};

// How the file was stored on disk; the fixer writes it back the same way.
struct SourceInfo {
  std::string encoding = "UTF-8";  // an ICU converter name
  bool has_bom = false;
  std::size_t original_size = 0;  // bytes on disk
};

class Document {
 public:
  Document(std::string path, std::string text, SourceMap source_map = {}, SourceInfo source = {});
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  const std::string& path() const { return m_path; }
  std::string_view text() const { return m_text; }
  std::string_view slice(TextRange range) const {
    return std::string_view(m_text).substr(range.begin, range.end - range.begin);
  }
  const LineIndex& lines() const { return m_lines; }
  TextRange line_range(std::size_t line) const {
    auto l = m_lines.line(line);
    return {l.begin, l.end};
  }
  std::string_view line_text(std::size_t line) const { return slice(line_range(line)); }
  const std::vector<Paragraph>& paragraphs() const { return m_paragraphs; }
  const SourceMap& source_map() const { return m_source_map; }
  const SourceInfo& source() const { return m_source; }

 private:
  void split_paragraphs();

  std::string m_path;
  std::string m_text;
  SourceMap m_source_map;
  SourceInfo m_source;
  LineIndex m_lines;
  std::vector<Paragraph> m_paragraphs;
};

// True when the line holds only white space (ASCII, ideographic space U+3000, NBSP).
bool is_blank(std::string_view line);
// Display width in terminal columns, East Asian Wide and Fullwidth characters counting two
// (ICU's UCHAR_EAST_ASIAN_WIDTH).
std::size_t display_width(std::string_view text);

}  // namespace docqc::doc
