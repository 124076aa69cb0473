// Evidence for and against a paragraph break, for the structure kind's broken-paragraph check:
// how a document uses its line breaks (decided once for the whole document) and what the
// beginning of the paragraph after a break looks like.
//
// A single newline is a paragraph break only in a document that puts one paragraph on a line
// and separates paragraphs with nothing else. `newline_is_wrap` is true when the document
// shows it does not:
//   - it hard-wraps: at least `k_min_run_on_lines` lines end with a comma (，、,) and the
//     next line continues the clause (a Han character or a mark that cannot open a
//     sentence): sayings and prose wrapped at a width, verse written a couplet a line;
//   - or it separates paragraphs with blank lines: at least one blank line for every
//     `k_lines_per_blank` lines of text, so that a block of lines between blank lines (a
//     stanza, an entry, a wrapped paragraph) is one unit and its newlines are line breaks.
// Then a mid-sentence newline is wrapping, never a cut paragraph.
#pragma once

#include <cstddef>
#include <string_view>

#include "doc/document.h"

namespace docqc::kinds {

inline constexpr std::size_t k_min_run_on_lines = 2;
inline constexpr std::size_t k_lines_per_blank = 4;

struct LineBreakStyle {
  std::size_t text_lines = 0;    // non-blank lines
  std::size_t blank_lines = 0;   // blank lines between text lines (not leading or trailing)
  std::size_t run_on_lines = 0;  // lines ending with a comma continued on the next line
  bool newline_is_wrap = false;
};

LineBreakStyle line_break_style(const doc::Document& document);

// True when N starts with a fragment: a first clause of at most `max_chars` characters that
// is a single character (的，) or is closed by something other than a comma or a colon
// (核定。 机制。 業、). A short clause closed by a comma is more often a sentence adverb
// (现在， 例如，), one closed by a colon a label (浏览量：).
bool starts_with_fragment(std::string_view text, std::size_t max_chars);

// True when `text` starts with a closed fragment: a first clause of at most `max_chars`
// characters that is a single character followed by clause punctuation other than a colon
// (的， 长，) or is closed by a sentence mark (核定。 机制；). A fragment closed by an
// enumeration comma (元件、 如键盘、) also opens ordinary sentences and table cells, so it
// is weaker evidence than this.
bool starts_with_closed_fragment(std::string_view text, std::size_t max_chars);

// One short clause closed by a comma and nothing else: a salutation (同志们， 各位代表，) or a
// line of verse (曾记否，).
bool one_short_clause(std::string_view text, std::size_t max_chars);

// ICU's dictionary-based word breaker on a few characters either side of the join: true
// when the join falls inside a word (职业学校生均经|费标准 -> 经费).
bool joins_inside_word(std::string_view before, std::string_view after);

// True when `text` ends with a sentence, white space and a short item without clause
// punctuation: a byline or a signature appended to the last line (……精准滴灌。 文津轩).
// `closing` holds the marks that end a sentence.
bool ends_with_byline(std::string_view text, std::u32string_view closing, std::size_t max_chars);

}  // namespace docqc::kinds
