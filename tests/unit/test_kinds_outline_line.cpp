#include "kinds/outline_line.h"

#include <doctest/doctest.h>

#include <string>

TEST_SUITE_BEGIN("kinds::outline_line");

namespace {

using docqc::kinds::outline::Line;
using docqc::kinds::outline::read_line;

Line read(const std::string& text) {
  Line line;
  read_line(text, 0, text.size(), line);
  return line;
}

std::string content(const std::string& text) {
  const Line line = read(text);
  return text.substr(line.content, line.content_end - line.content);
}

}  // namespace

TEST_CASE("blank lines: ASCII, ideographic and no-break spaces only") {
  for (const char* text : {"", " ", "\t \t", "\u3000\u3000", "\u00a0 \u3000"}) {
    CHECK(read(text).blank);
  }
  CHECK_FALSE(read("\u3000x").blank);
  CHECK_FALSE(read("- ").blank);  // a bullet alone is no blank line, but has no content
  const Line bullet = read("- ");
  CHECK(bullet.content == bullet.content_end);
}

TEST_CASE("indentation counts an ideographic space as two columns") {
  CHECK(read("x").indent == 0);
  CHECK(read("  x").indent == 2);
  CHECK(read("\tx").indent == 1);
  CHECK(read("\u00a0\u00a0x").indent == 2);
  CHECK(read("\u3000\u3000x").indent == 4);
  CHECK(read(" \u3000x").indent == 3);
}

TEST_CASE("content skips a Markdown bullet or heading mark and trailing white space") {
  CHECK(content("  - 第一条  ") == "第一条");
  CHECK(content("* 甲\u3000") == "甲");
  CHECK(content("+ 乙\u00a0") == "乙");
  CHECK(content("\u2022 丙") == "丙");
  CHECK(content("## 第二章 总则") == "第二章 总则");
  // without white space after it the mark is text
  CHECK(content("-1") == "-1");
  CHECK(content("#标签") == "#标签");
  CHECK(content("•甲") == "•甲");
}

TEST_CASE("table rows: two tabs, two aligned gaps, a leading bar or box drawing") {
  CHECK(read("甲\t乙\t丙").facts.table);
  CHECK_FALSE(read("甲\t乙").facts.table);
  CHECK(read("甲  乙  丙").facts.table);
  CHECK_FALSE(read("甲  乙 丙").facts.table);
  CHECK(read("| 甲 | 乙 |").facts.table);
  CHECK(read("｜甲｜乙").facts.table);
  CHECK(read("甲│乙").facts.table);
  CHECK(read("┌──┐").facts.table);
  CHECK_FALSE(read("第一条 总则。").facts.table);
}

TEST_CASE("punctuation of running text and the sentence ends inline items follow") {
  const std::string text = "甲，乙、丙。丁；戊：己！庚？辛";
  const Line line = read(text);
  CHECK(line.facts.has_punct);
  const std::size_t comma = text.find("，") + 3;
  const std::size_t stop = text.find("。") + 3;
  CHECK(line.facts.ends.size() == 5);
  CHECK(line.facts.ends.front() == stop);
  CHECK(line.facts.ends.back() == text.find("？") + 3);
  CHECK(line.facts.last_punct == text.find("？") + 3);
  CHECK(comma < stop);

  const Line ascii = read("a, b; c: d! e? f");
  CHECK(ascii.facts.ends.size() == 4);
  CHECK(ascii.facts.last_punct == std::string("a, b; c: d! e?").size());
  const Line only_comma = read("a, b，c、d");
  CHECK(only_comma.facts.has_punct);
  CHECK(only_comma.facts.ends.empty());
  CHECK_FALSE(read("第一条 总则").facts.has_punct);
}

TEST_CASE("a line's facts are its own: the sentence ends of the previous line go") {
  Line line;
  const std::string first = "甲。乙。";
  read_line(first, 0, first.size(), line);
  CHECK(line.facts.ends.size() == 2);
  const std::string second = "丙";
  read_line(second, 0, second.size(), line);
  CHECK(line.facts.ends.empty());
  CHECK_FALSE(line.facts.has_punct);
}

TEST_CASE("a line is read only within its range; cut sequences are not white space") {
  const std::string text = "甲。\n乙";
  Line line;
  read_line(text, 0, text.find('\n'), line);
  CHECK(line.content_end == text.find('\n'));
  CHECK(line.facts.ends.size() == 1);
  // U+3000 cut after two bytes, U+00A0 after one: content, never read past the end
  CHECK_FALSE(read("\xe3\x80").blank);
  CHECK_FALSE(read("\xc2").blank);
  CHECK(docqc::kinds::outline::space_at("\xe3\x80\x80", 0, 2) == 0);
  CHECK(docqc::kinds::outline::squeeze(" 总 \u3000则\u00a0") == "总则");
}

TEST_SUITE_END();
