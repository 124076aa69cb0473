#include "kinds/break_evidence.h"

#include <doctest/doctest.h>

#include <string>

#include "doc/document.h"

using docqc::kinds::line_break_style;
using docqc::kinds::LineBreakStyle;

TEST_SUITE_BEGIN("kinds::break_evidence");

namespace {

LineBreakStyle style_of(const std::string& text) {
  const docqc::doc::Document document("t.txt", text);
  return line_break_style(document);
}

}  // namespace

TEST_CASE("lines that end at a comma and go on make a hard-wrapped document") {
  const auto style =
      style_of("读书而欲求速成，作文而欲求奇巧，\n交友而欲求其多，\n此皆心浮气躁之病。\n");
  CHECK(style.text_lines == 3);
  CHECK(style.blank_lines == 0);
  CHECK(style.run_on_lines == 2);
  CHECK(style.newline_is_wrap);
}

TEST_CASE("one comma-ended line is not enough; a line that opens a sentence does not run on") {
  CHECK_FALSE(
      style_of("甲乙丙丁。\n戊己庚辛，\n壬癸子丑。\n寅卯辰巳。\n午未申酉。\n").newline_is_wrap);
  // the next line starts with a bracket or a Latin word: not the same clause
  const auto style = style_of("第一句，\n（注释）\n第二句，\nLatin text\n第三句。\n");
  CHECK(style.run_on_lines == 0);
}

TEST_CASE("paragraphs separated by blank lines make newlines line breaks") {
  // one blank line for every two lines of text
  const auto style =
      style_of("七月在田，八月在场。\n九月筑圃，十月纳禾。\n\n春日载阳。\n女执懿筐。\n");
  CHECK(style.blank_lines == 1);
  CHECK(style.newline_is_wrap);
  // leading and trailing blank lines do not count
  const auto edges = style_of("\n\n第一段。\n第二段。\n第三段。\n第四段。\n第五段。\n\n\n");
  CHECK(edges.blank_lines == 0);
  CHECK_FALSE(edges.newline_is_wrap);
}

TEST_CASE("one paragraph a line with no blank lines: a newline may be a paragraph break") {
  const auto style = style_of(
      "第一条 本办法自发布之日起施行。\n第二条 市人民政府负责。\n第三条 各区负责。\n"
      "第四条 本办法由市政府解释。\n第五条 其他。\n");
  CHECK(style.run_on_lines == 0);
  CHECK_FALSE(style.newline_is_wrap);
}

TEST_CASE("CRLF line ends and an empty document") {
  CHECK(style_of("读书而欲求速成，\r\n交友而欲求其多，\r\n此皆心浮气躁之病。\r\n").run_on_lines ==
        2);
  const auto empty = style_of("");
  CHECK(empty.text_lines == 0);
  CHECK_FALSE(empty.newline_is_wrap);
}

TEST_CASE("closed fragments: a single character or a short clause closed by a sentence mark") {
  using docqc::kinds::starts_with_closed_fragment;
  CHECK(starts_with_closed_fragment("核定。其余", 3));
  CHECK(starts_with_closed_fragment("的，其余", 3));
  CHECK(starts_with_closed_fragment("机制；", 3));
  CHECK_FALSE(starts_with_closed_fragment("元件、布线宽度", 3));  // an enumeration opens sentences
  CHECK_FALSE(starts_with_closed_fragment("例如，", 3));          // a sentence adverb
  CHECK_FALSE(starts_with_closed_fragment("注：", 3));            // a label
  CHECK_FALSE(starts_with_closed_fragment("看下面的例子。", 3));  // longer than the limit
  CHECK_FALSE(starts_with_closed_fragment("", 3));
}

TEST_CASE("fragments, short clauses, bylines and words across a join") {
  using namespace docqc::kinds;
  CHECK(starts_with_fragment("业单位、其余", 3));
  CHECK_FALSE(starts_with_fragment("现在，", 3));
  CHECK(one_short_clause("同志们，", 12));
  CHECK_FALSE(one_short_clause("同志们，大家好", 12));
  CHECK(ends_with_byline("……精准滴灌。 文津轩", U"。", 60));
  CHECK_FALSE(ends_with_byline("没有句号 文津轩", U"。", 60));
  CHECK(joins_inside_word("学校生均经", "费标准"));
  CHECK_FALSE(joins_inside_word("工作。", "第二"));
}

TEST_SUITE_END();
