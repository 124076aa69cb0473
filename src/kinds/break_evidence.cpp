#include "kinds/break_evidence.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>

#include "doc/utf8.h"

namespace docqc::kinds {

namespace {

constexpr std::u32string_view k_commas = U"，、,";
constexpr std::u32string_view k_clause_marks = U"，、。；：！？,;:!?";
constexpr std::u32string_view k_sentence_marks = U"。！？；!?;";
// What may start the continuation of a clause: a Han character or a mark that cannot open a
// sentence (the broken-paragraph check's default continuation).
constexpr std::u32string_view k_continuing_marks = U"，、。；：！？）」』”’》〉】,;:!?)";

bool contains(std::u32string_view set, char32_t c) {
  return set.find(c) != std::u32string_view::npos;
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || c == 0xFEFF || c == '\r' ||
         c == '\n' || c == '\f' || c == '\v';
}

char32_t last_visible(std::string_view line) {
  std::size_t pos = line.size();
  while (pos > 0) {
    const char32_t c = doc::previous_code_point(line, pos);
    if (!is_space(c)) {
      return c;
    }
  }
  return 0;
}

char32_t first_visible(std::string_view line) {
  std::size_t pos = 0;
  while (pos < line.size()) {
    const char32_t c = doc::next_code_point(line, pos);
    if (!is_space(c)) {
      return c;
    }
  }
  return 0;
}

}  // namespace

LineBreakStyle line_break_style(const doc::Document& document) {
  LineBreakStyle style;
  const std::size_t count = document.lines().line_count();
  std::size_t pending_blanks = 0;
  bool previous_text = false;
  char32_t previous_last = 0;
  for (std::size_t line = 1; line <= count; ++line) {
    const std::string_view text = document.line_text(line);
    if (doc::is_blank(text)) {
      ++pending_blanks;
      previous_text = false;
      continue;
    }
    if (style.text_lines > 0) {
      style.blank_lines += pending_blanks;
    }
    pending_blanks = 0;
    const char32_t first = first_visible(text);
    if (previous_text && contains(k_commas, previous_last) &&
        (doc::is_cjk_ideograph(first) || contains(k_continuing_marks, first))) {
      ++style.run_on_lines;
    }
    ++style.text_lines;
    previous_text = true;
    previous_last = last_visible(text);
  }
  style.newline_is_wrap =
      style.run_on_lines >= k_min_run_on_lines ||
      (style.blank_lines > 0 && style.blank_lines * k_lines_per_blank >= style.text_lines);
  return style;
}

bool starts_with_fragment(std::string_view text, std::size_t max_chars) {
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < text.size() && count <= max_chars) {
    char32_t c = doc::next_code_point(text, pos);
    if (contains(k_clause_marks, c)) {
      // 的， 核定。 機制。 業、 — not 现在， 例如， (sentence adverbs) nor 浏览量： (labels)
      const bool label_or_adverb = c == U'，' || c == U',' || c == U'：' || c == U':';
      return count == 1 ? c != U'：' && c != U':' : count > 1 && !label_or_adverb;
    }
    ++count;
  }
  return false;
}

bool one_short_clause(std::string_view text, std::size_t max_chars) {
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = doc::next_code_point(text, pos);
    if (contains(k_clause_marks, c)) {
      return pos == text.size() && count > 0 && contains(k_commas, c) && c != U'、';
    }
    if (++count > max_chars) {
      return false;
    }
  }
  return false;
}

bool joins_inside_word(std::string_view before, std::string_view after) {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> created(
        icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
    return U_SUCCESS(status) ? std::move(created) : nullptr;
  }();
  if (!iterator) {
    return false;
  }
  icu::UnicodeString left = icu::UnicodeString::fromUTF8(
      icu::StringPiece(before.data(), static_cast<int32_t>(before.size())));
  icu::UnicodeString joined = left;
  joined.append(icu::UnicodeString::fromUTF8(
      icu::StringPiece(after.data(), static_cast<int32_t>(after.size()))));
  iterator->setText(joined);
  return !iterator->isBoundary(left.length());
}

bool ends_with_byline(std::string_view text, std::u32string_view closing, std::size_t max_chars) {
  std::size_t pos = text.size();
  std::size_t count = 0;
  while (pos > 0) {
    std::size_t before = pos;
    const char32_t c = doc::previous_code_point(text, before);
    if (is_space(c)) {
      break;
    }
    if (++count > max_chars || contains(k_clause_marks, c)) {
      return false;
    }
    pos = before;
  }
  if (pos == 0 || count == 0) {
    return false;
  }
  while (pos > 0) {
    std::size_t before = pos;
    const char32_t c = doc::previous_code_point(text, before);
    if (!is_space(c)) {
      return contains(closing, c);
    }
    pos = before;
  }
  return false;
}

bool starts_with_closed_fragment(std::string_view text, std::size_t max_chars) {
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < text.size() && count <= max_chars) {
    const char32_t c = doc::next_code_point(text, pos);
    if (contains(k_clause_marks, c)) {
      if (count == 1) {
        return c != U'：' && c != U':';
      }
      return count > 1 && contains(k_sentence_marks, c);
    }
    ++count;
  }
  return false;
}

}  // namespace docqc::kinds
