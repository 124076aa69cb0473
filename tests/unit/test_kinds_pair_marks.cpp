#include "kinds/pair_marks.h"

#include <doctest/doctest.h>

#include <string>

using namespace docqc::kinds::pair_marks;

TEST_SUITE_BEGIN("kinds::pair_marks");

TEST_CASE("fold_width folds full-width brackets and keeps the rest") {
  CHECK(fold_width(U'）') == U')');
  CHECK(fold_width(U'＂') == U'"');
  CHECK(fold_width(U'》') == U'》');
}

TEST_CASE("closes_enumerator: a short marker at the start of a line") {
  const std::string text = "1) 第一项\n  一）第二项\n第一项1)";
  CHECK(closes_enumerator(text, 0, text.find(')')));
  CHECK(closes_enumerator(text, 0, text.find("）")));
  CHECK_FALSE(closes_enumerator(text, 0, text.rfind(')')));
}

TEST_CASE("visible characters of a range") {
  const std::string text = "  “好”。 \n";
  CHECK(first_visible(text, {0, text.size()}) == U'“');
  CHECK(last_visible(text, {0, text.size()}) == U'。');
  CHECK(first_visible(text, {0, 2}) == 0);
}

TEST_CASE("code and key-name brackets") {
  const std::string keys = "按 Ctrl-] 退出，^[[32m，\\x1b[31m，test[>，运行 [ 命令";
  CHECK(is_code_bracket(keys, keys.find(']'), 1));
  CHECK(is_code_bracket(keys, keys.find("[["), 1));
  CHECK(is_code_bracket(keys, keys.find("[31m"), 1));
  CHECK(is_code_bracket(keys, keys.find("[>"), 1));
  CHECK(is_code_bracket(keys, keys.find("[ 命令"), 1));
  const std::string quoted = "\"C-x (\": 开始定义";
  CHECK(is_code_bracket(quoted, quoted.find('('), 1));
  const std::string prose = "见附件(一)和（二）";
  CHECK_FALSE(is_code_bracket(prose, prose.find('('), 1));
  CHECK_FALSE(is_code_bracket(prose, prose.find("（"), 3));
}

TEST_CASE("next_mark and straight_quotes") {
  const std::string text = "他说”好“，\"a\"";
  const std::size_t after = text.find("”") + 3;
  CHECK(next_mark(text, after, text.size(), U'“', U'”') == text.find("“"));
  CHECK(next_mark(text, text.size(), text.size(), U'“', U'”') == std::string::npos);
  CHECK(straight_quotes(text, 0, text.size()).size() == 2);
  const std::string reversed = "把”甲“和”乙“对调";
  CHECK(alternates_reversed(reversed, 0, reversed.size(), U'“', U'”'));
  const std::string missing = "除了/”以外，名字是“/”（称作“斜线”）";
  CHECK_FALSE(alternates_reversed(missing, 0, missing.size(), U'“', U'”'));
  CHECK(is_quote_open(U'「'));
  CHECK(is_quote_close(U'’'));
  CHECK_FALSE(is_quote_open(U'（'));
}

TEST_SUITE_END();
