#include "doc/document.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "doc/utf8.h"

namespace docqc::doc {

bool is_blank(std::string_view line) {
  std::size_t pos = 0;
  while (pos < line.size()) {
    char32_t c = next_code_point(line, pos);
    if (c != ' ' && c != '\t' && c != '\f' && c != '\v' && c != 0x3000 && c != 0xA0 &&
        c != 0xFEFF) {
      return false;
    }
  }
  return true;
}

namespace {

// The blocks of Chinese text that are all East Asian Wide or Fullwidth (CJK ideographs and
// extension A, CJK punctuation, full-width forms): display_width needs no ICU call for them.
bool is_wide_without_icu(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x3000 && c <= 0x303E) || (c >= 0xFF01 && c <= 0xFF60);
}

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t c = next_code_point(text, pos);
    if (c < 0x80) {
      width += c == '\t' ? 4 : 1;
      continue;
    }
    if (is_wide_without_icu(c)) {
      width += 2;
      continue;
    }
    auto eaw = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
    width += (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return width;
}

namespace {

// A line that ends a sentence (or a heading-like line ending in a colon) is not continued
// by hard wrapping even when it is long.
bool ends_sentence(std::string_view line) {
  std::size_t end = line.size();
  while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t')) {
    --end;
  }
  while (end > 0) {
    char32_t c = previous_code_point(line, end);
    switch (c) {
      case U'”':
      case U'’':
      case U'」':
      case U'』':
      case U'）':
      case U')':
      case U'"':
        continue;  // look through closing quotes and brackets
      case U'。':
      case U'！':
      case U'？':
      case U'；':
      case U'：':
      case U'.':
      case U'!':
      case U'?':
      case U';':
      case U':':
        return true;
      default:
        return false;
    }
  }
  return false;
}

}  // namespace

Document::Document(std::string path, std::string text, SourceMap source_map, SourceInfo source)
    : m_path(std::move(path)),
      m_text(std::move(text)),
      m_source_map(std::move(source_map)),
      m_source(std::move(source)),
      m_lines(m_text) {
  split_paragraphs();
}

void Document::split_paragraphs() {
  // Hard wrapping only makes sense for lines this wide (in columns); shorter blocks are lists,
  // headings, addresses and signature blocks.
  constexpr std::size_t k_min_wrap_width = 40;
  const std::size_t line_count = m_lines.line_count();
  std::vector<std::size_t> widths;
  std::size_t line = 1;
  while (line <= line_count) {
    if (is_blank(line_text(line))) {
      ++line;
      continue;
    }
    std::size_t first = line;
    while (line <= line_count && !is_blank(line_text(line))) {
      ++line;
    }
    std::size_t last = line - 1;  // the block is [first, last]
    if (first == last) {
      m_paragraphs.push_back({line_range(first), first, first});
      continue;
    }
    widths.clear();
    std::size_t widest = 0;
    for (std::size_t l = first; l <= last; ++l) {
      widths.push_back(display_width(line_text(l)));
      widest = std::max(widest, widths.back());
    }
    const bool may_wrap = widest >= k_min_wrap_width;
    std::size_t start = first;
    for (std::size_t l = first; l <= last; ++l) {
      bool continues = may_wrap && l < last && widths[l - first] * 5 >= widest * 4 &&
                       !ends_sentence(line_text(l));
      if (!continues) {
        m_paragraphs.push_back({{line_range(start).begin, line_range(l).end}, start, l});
        start = l + 1;
      }
    }
  }
}

}  // namespace docqc::doc
