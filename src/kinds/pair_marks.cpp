#include "kinds/pair_marks.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cctype>

#include "doc/utf8.h"

namespace docqc::kinds::pair_marks {

namespace {

bool is_blank(char32_t c) {
  return c == ' ' || c == '\t' || c == U'\u3000';
}

bool is_space_char(char32_t c) {
  return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || c == '\r' || c == '\n' || c == '\f' ||
         c == 0xFEFF;
}

bool is_code_symbol(char32_t c) {
  return c != 0 && c < 0x80 &&
         std::string_view("-^[]\\|<>=*/_~$`{}@#%&+;?").find(static_cast<char>(c)) !=
             std::string_view::npos;
}

bool is_ascii_alnum(char32_t c) {
  return c < 0x80 && std::isalnum(static_cast<int>(c)) != 0;
}

// True when [begin, end) sits between two straight double quotes of its line with only
// ASCII between them: a quoted key sequence or command ("C-x (", "ls -l [").
bool in_ascii_quotes(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t left = begin;
  while (left > 0 && text[left - 1] != '"') {
    const auto byte = static_cast<unsigned char>(text[left - 1]);
    if (byte >= 0x80 || byte == '\n') {
      return false;
    }
    --left;
  }
  std::size_t right = end;
  while (right < text.size() && text[right] != '"') {
    const auto byte = static_cast<unsigned char>(text[right]);
    if (byte >= 0x80 || byte == '\n') {
      return false;
    }
    ++right;
  }
  return left > 0 && right < text.size();
}

}  // namespace

char32_t fold_width(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString decomposition;
  if (U_FAILURE(status) || !nfkc->getDecomposition(static_cast<UChar32>(c), decomposition) ||
      decomposition.countChar32() != 1) {
    return c;
  }
  return static_cast<char32_t>(decomposition.char32At(0));
}

// True when the closer at `pos` ends a short enumerator at the start of a line: "1)", "一）".
bool closes_enumerator(std::string_view text, std::size_t unit_begin, std::size_t pos) {
  std::size_t count = 0;
  while (pos > unit_begin) {
    std::size_t before = pos;
    const char32_t c = doc::previous_code_point(text, before);
    if (c == '\n' || is_blank(c)) {
      break;
    }
    const char32_t folded = fold_width(c);
    const bool enumerator =
        (folded < 0x80 && std::isalnum(static_cast<int>(folded))) ||
        std::u32string_view(U"一二三四五六七八九十〇零百").find(c) != std::u32string_view::npos;
    if (!enumerator || ++count > 3) {
      return false;
    }
    pos = before;
  }
  if (count == 0) {
    return false;
  }
  while (pos > unit_begin) {
    std::size_t before = pos;
    const char32_t c = doc::previous_code_point(text, before);
    if (c == '\n') {
      return true;
    }
    if (!is_blank(c)) {
      return false;
    }
    pos = before;
  }
  return true;
}

char32_t last_visible(std::string_view text, doc::TextRange range) {
  std::size_t pos = range.end;
  while (pos > range.begin) {
    const char32_t c = doc::previous_code_point(text, pos);
    if (!is_space_char(c)) {
      return c;
    }
  }
  return 0;
}

char32_t first_visible(std::string_view text, doc::TextRange range) {
  std::size_t pos = range.begin;
  while (pos < range.end) {
    const char32_t c = doc::next_code_point(text, pos);
    if (!is_space_char(c)) {
      return c;
    }
  }
  return 0;
}

bool is_quote_open(char32_t c) {
  return c == U'“' || c == '"' || c == '\'' || c == U'「' || c == U'‘';
}
bool is_quote_close(char32_t c) {
  return c == U'”' || c == '"' || c == '\'' || c == U'」' || c == U'’';
}

// An ASCII bracket of code or a key name rather than of text: next to a symbol (Ctrl-],
// ^[[32m, [|&), inside a token (\x1b[31m, test[>), or standing alone between spaces (the
// `[` command). Such a bracket is not reported as unmatched; it still pairs.
bool is_code_bracket(std::string_view text, std::size_t offset, std::size_t length) {
  if (length != 1) {
    return false;
  }
  std::size_t before = offset;
  const char32_t previous = offset > 0 ? doc::previous_code_point(text, before) : 0;
  std::size_t after = offset + length;
  const char32_t next = after < text.size() ? doc::next_code_point(text, after) : 0;
  auto blank = [](char32_t c) { return c == 0 || c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  return is_code_symbol(previous) || is_code_symbol(next) ||
         (is_ascii_alnum(previous) && is_ascii_alnum(next)) || (blank(previous) && blank(next)) ||
         in_ascii_quotes(text, offset, offset + length);
}

// The first `open` or `close` at or after `from` (before `end`), or npos.
std::size_t next_mark(std::string_view text, std::size_t from, std::size_t end, char32_t open,
                      char32_t close) {
  std::size_t pos = from;
  while (pos < end) {
    const std::size_t start = pos;
    const char32_t c = doc::next_code_point(text, pos);
    if (c == open || c == close) {
      return start;
    }
  }
  return std::string_view::npos;
}

bool alternates_reversed(std::string_view text, std::size_t from, std::size_t end, char32_t open,
                         char32_t close) {
  bool expect_close = true;
  std::size_t pos = from;
  while (pos < end) {
    const char32_t c = doc::next_code_point(text, pos);
    if (c != open && c != close) {
      continue;
    }
    if ((c == close) != expect_close) {
      return false;
    }
    expect_close = !expect_close;
  }
  return expect_close;
}

// Offsets of the straight double quotes in [begin, end).
std::vector<std::size_t> straight_quotes(std::string_view text, std::size_t begin,
                                         std::size_t end) {
  std::vector<std::size_t> found;
  for (std::size_t pos = begin; pos < end; ++pos) {
    if (text[pos] == '"') {
      found.push_back(pos);
    }
  }
  return found;
}

}  // namespace docqc::kinds::pair_marks
