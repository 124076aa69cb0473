#include <doctest/doctest.h>

#include <string>

#include "doc/line_index.h"

using docqc::doc::LineIndex;

TEST_SUITE_BEGIN("doc::LineIndex");

TEST_CASE("columns count code points and UTF-16 units on CJK text") {
  std::string text = "天津市\n第一条 为了\U00020000x";
  LineIndex index(text);
  CHECK(index.line_count() == 2);
  auto first = index.position(3);  // 津
  CHECK(first.line == 1);
  CHECK(first.column == 2);
  auto line_two = index.position(text.find("为"));
  CHECK(line_two.line == 2);
  CHECK(line_two.column == 5);
  auto after_astral = index.position(text.find('x'));
  CHECK(after_astral.column == 8);        // 第一条 为了 + U+20000
  CHECK(after_astral.utf16_column == 9);  // U+20000 needs a surrogate pair
}

TEST_CASE("LF, CRLF and lone CR all end lines; the terminator is not part of the line") {
  std::string text = "a\r\nbb\rccc\nd";
  LineIndex index(text);
  REQUIRE(index.line_count() == 4);
  CHECK(index.line(1).begin == 0);
  CHECK(index.line(1).end == 1);
  CHECK(index.line(2).begin == 3);
  CHECK(index.line(2).end == 5);
  CHECK(index.line(3).begin == 6);
  CHECK(index.line(4).begin == 10);
  CHECK(index.position(text.find('d')).line == 4);
  CHECK(index.position(1).line == 1);  // the CR of CRLF belongs to line 1
}

TEST_CASE("no trailing newline, trailing newline and empty text") {
  CHECK(LineIndex("abc").line_count() == 1);
  CHECK(LineIndex("abc\n").line_count() == 1);
  CHECK(LineIndex("abc\n\n").line_count() == 2);
  LineIndex empty("");
  CHECK(empty.line_count() == 1);
  CHECK(empty.position(0).line == 1);
  CHECK(empty.position(0).column == 1);
}

TEST_CASE("positions past a checkpoint on a very long line stay exact") {
  std::string text;
  for (int i = 0; i < 5000; ++i) {
    text += "中";
  }
  text += "X";
  LineIndex index(text);
  auto at = index.position(text.size() - 1);
  CHECK(at.line == 1);
  CHECK(at.column == 5001);
}

TEST_SUITE_END();
