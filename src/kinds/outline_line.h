// What the outline (kinds/numbering_outline.h) reads of one line: where its content starts
// and ends, how far it is indented, whether it is a table row, and where its running-text
// punctuation and sentence ends stand. Lines themselves come from doc::LineIndex.
//
// Contract
// - White space here is ASCII space and tab, U+3000 and U+00A0 (what indents Chinese and
//   extracted text); everything else is content.
// - read_line() costs one byte scan of the line (a 256-entry table skips CJK text, letters
//   and digits); it allocates only when a sentence end is recorded in `facts.ends`, whose
//   capacity is reused from line to line.
// - Offsets are byte offsets into the text; nothing reads outside [begin, end).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace docqc::kinds::outline {

// Width in bytes of the white space at `pos` (before `end`); 0 when there is none.
std::size_t space_at(std::string_view s, std::size_t pos, std::size_t end);
std::size_t skip_space(std::string_view s, std::size_t pos, std::size_t end);
// The end of [begin, end) with trailing white space removed.
std::size_t trim_end(std::string_view s, std::size_t begin, std::size_t end);
// White space removed, for comparing titles.
std::string squeeze(std::string_view s);

// What one pass over a line's content finds.
struct LineFacts {
  // Two tabs, two gaps of two or more spaces (columns aligned with spaces), a leading | or
  // ｜, or box drawing (U+2500..257F).
  bool table = false;
  std::size_t last_punct = 0;  // one past the last punctuation of running text (，。；：、!?)
  bool has_punct = false;
  std::vector<std::size_t> ends;  // one past each sentence end or colon: inline items start there
};

struct Line {
  bool blank = true;            // white space only
  std::size_t indent = 0;       // columns: space, tab, no-break space count one, U+3000 two
  std::size_t content = 0;      // after the indentation and a Markdown bullet or heading mark
  std::size_t content_end = 0;  // trailing white space excluded
  LineFacts facts;              // filled when the line has content
};

// Reads the line [begin, end) of `s` into `out` (its `facts.ends` keeps its capacity).
void read_line(std::string_view s, std::size_t begin, std::size_t end, Line& out);

}  // namespace docqc::kinds::outline
