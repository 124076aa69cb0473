// Marks of the pair kind: width folding, quote classes, enumerator and code brackets, the
// first visible character of a range. Pure functions over UTF-8 text and byte offsets (the
// offsets are the document's; a range is [begin, end)).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "doc/document.h"

namespace docqc::kinds::pair_marks {

// The NFKC form of c when it is one character (）→ ), ＂→ "), else c.
char32_t fold_width(char32_t c);
// True when the closer at `pos` ends a short enumerator at the start of a line: "1)", "一）".
bool closes_enumerator(std::string_view text, std::size_t unit_begin, std::size_t pos);
// The last / first character of `range` that is not a space, or 0.
char32_t last_visible(std::string_view text, doc::TextRange range);
char32_t first_visible(std::string_view text, doc::TextRange range);
// Opening and closing quotation marks (curly, corner, straight).
bool is_quote_open(char32_t c);
bool is_quote_close(char32_t c);
// An ASCII bracket of code or a key name rather than of text: next to a symbol (Ctrl-],
// ^[[32m, [|&), inside a token (\x1b[31m, test[>), or standing alone between spaces (the
// `[` command). Such a bracket still pairs; it is not reported as unmatched.
bool is_code_bracket(std::string_view text, std::size_t offset, std::size_t length);
// The first `open` or `close` at or after `from` (before `end`), or npos.
std::size_t next_mark(std::string_view text, std::size_t from, std::size_t end, char32_t open,
                      char32_t close);
// True when the marks of one pair from `from` to `end` read close, open, close, open ... and
// end on an open: quotations the wrong way round (”甲“和”乙“), not one opener missing
// before a run of correct ones (甲”，“乙”，“丙” reads close, open, close, open, close).
bool alternates_reversed(std::string_view text, std::size_t from, std::size_t end, char32_t open,
                         char32_t close);
// Offsets of the straight double quotes in [begin, end).
std::vector<std::size_t> straight_quotes(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace docqc::kinds::pair_marks
