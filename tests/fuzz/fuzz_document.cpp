// Fuzz target: doc::Document and doc::LineIndex on arbitrary text, both the decoder's valid
// UTF-8 and the raw bytes (the UTF-8 helpers promise never to read out of bounds on either).
//
// Invariants: lines cover the text in order and are separated by exactly one terminator
// (LF, CRLF or CR) that no line contains; line_of() finds the line holding every offset;
// position() gives the code-point and UTF-16 columns a plain count from the line start gives;
// paragraphs are in order, made of whole non-blank lines, and cover every non-blank line once.
#include <algorithm>
#include <string>
#include <vector>

#include "doc/document.h"
#include "doc/utf8.h"
#include "fuzz_check.h"
#include "input/decoder.h"

namespace {

using docqc::doc::Document;

std::size_t terminator_at(std::string_view text, std::size_t at) {
  if (text.substr(at, 2) == "\r\n") {
    return 2;
  }
  return at < text.size() && (text[at] == '\n' || text[at] == '\r') ? 1 : 0;
}

void check_lines(const Document& document) {
  std::string_view text = document.text();
  const auto& lines = document.lines();
  FUZZ_CHECK(lines.line_count() >= 1, "at least one line");
  std::size_t expected_begin = 0;
  for (std::size_t line = 1; line <= lines.line_count(); ++line) {
    auto range = lines.line(line);
    FUZZ_CHECK(range.begin == expected_begin, "lines are contiguous but for terminators");
    FUZZ_CHECK(range.begin <= range.end && range.end <= text.size(), "line inside the text");
    std::string_view content = text.substr(range.begin, range.end - range.begin);
    FUZZ_CHECK(content.find_first_of("\r\n") == std::string_view::npos,
               "no terminator inside a line");
    std::size_t terminator = terminator_at(text, range.end);
    if (line < lines.line_count()) {
      FUZZ_CHECK(terminator > 0, "a terminator between lines");
    } else {
      FUZZ_CHECK(range.end + terminator == text.size(), "the last line ends the text");
    }
    expected_begin = range.end + terminator;
  }

  // line_of at every offset and position at up to ~256 of them (each costs up to two
  // checkpoint strides of counting), against counts kept while walking the text.
  const std::size_t step = std::max<std::size_t>(1, text.size() / 256);
  std::size_t line = 1;
  std::size_t column = 1;
  std::size_t utf16_column = 1;
  for (std::size_t offset = 0; offset <= text.size(); ++offset) {
    while (line < lines.line_count() && offset >= lines.line(line + 1).begin) {
      ++line;
      column = 1;
      utf16_column = 1;
    }
    FUZZ_CHECK(lines.line_of(offset) == line, "line_of finds the line of every offset");
    auto range = lines.line(line);
    if (offset <= range.end && (offset % step == 0 || offset == range.begin)) {
      auto position = lines.position(offset);
      FUZZ_CHECK(position.line == line, "position().line");
      FUZZ_CHECK(position.column == column, "position().column counts code points");
      FUZZ_CHECK(position.utf16_column == utf16_column, "position().utf16_column");
    }
    if (offset < range.end) {
      auto byte = static_cast<unsigned char>(text[offset]);
      bool lead = (byte & 0xC0) != 0x80;
      column += lead;
      utf16_column += lead + (byte >= 0xF0);
    }
  }
}

void check_paragraphs(const Document& document) {
  const auto& lines = document.lines();
  std::vector<int> covered(lines.line_count() + 1, 0);
  std::size_t previous_last = 0;
  for (const auto& paragraph : document.paragraphs()) {
    FUZZ_CHECK(paragraph.first_line >= 1 && paragraph.first_line <= paragraph.last_line &&
                   paragraph.last_line <= lines.line_count(),
               "paragraph lines in range");
    FUZZ_CHECK(paragraph.first_line > previous_last, "paragraphs in order, not overlapping");
    FUZZ_CHECK(paragraph.range.begin == lines.line(paragraph.first_line).begin &&
                   paragraph.range.end == lines.line(paragraph.last_line).end,
               "a paragraph is made of whole lines");
    for (std::size_t line = paragraph.first_line; line <= paragraph.last_line; ++line) {
      FUZZ_CHECK(!docqc::doc::is_blank(document.line_text(line)), "no blank line in a paragraph");
      ++covered[line];
    }
    previous_last = paragraph.last_line;
  }
  for (std::size_t line = 1; line <= lines.line_count(); ++line) {
    bool blank = docqc::doc::is_blank(document.line_text(line));
    FUZZ_CHECK(covered[line] == (blank ? 0 : 1), "every non-blank line in one paragraph");
  }
}

void check_document(const Document& document) {
  check_lines(document);
  check_paragraphs(document);
  (void)docqc::doc::display_width(document.text());
  // The UTF-8 walkers stay inside the text, forwards and backwards.
  std::string_view text = document.text();
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t before = pos;
    (void)docqc::doc::next_code_point(text, pos);
    FUZZ_CHECK(pos > before && pos <= text.size(), "next_code_point advances inside the text");
  }
  pos = text.size();
  while (pos > 0) {
    std::size_t before = pos;
    (void)docqc::doc::previous_code_point(text, pos);
    FUZZ_CHECK(pos < before, "previous_code_point moves back");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes = docqc::fuzz::as_text(data, size);
  auto decoded = docqc::input::decode(std::string(bytes));
  Document document("fuzz.txt", decoded.text, decoded.source_map, decoded.source);
  check_document(document);
  Document raw("raw.txt", std::string(bytes));
  check_document(raw);
  return 0;
}
