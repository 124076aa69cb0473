#include "suppress/inline_directives.h"

#include <doctest/doctest.h>

#include "doc/line_index.h"

using docqc::suppress::InlineDirectives;

TEST_SUITE_BEGIN("suppress::InlineDirectives");

TEST_CASE("disable ... enable, next-line, same line, categories, all rules") {
  std::string text =
      "line 1\n"                                               // 1
      "<!-- docqc-disable doubled-punctuation, spacing -->\n"  // 2
      "line 3\n"                                               // 3
      "<!-- docqc-enable doubled-punctuation -->\n"            // 4
      "line 5\n"                                               // 5
      "<!-- docqc-disable-next-line numbering-gap -->\n"       // 6
      "line 7\n"                                               // 7
      "line 8 <!-- docqc-disable-line -->\n"                   // 8
      "<!-- docqc-disable -->\n"                               // 9
      "line 10\n";                                             // 10
  docqc::doc::LineIndex lines(text);
  auto d = InlineDirectives::parse(text, lines);
  CHECK_FALSE(d.suppresses("doubled-punctuation", "punctuation", 1));
  CHECK(d.suppresses("doubled-punctuation", "punctuation", 3));
  CHECK_FALSE(d.suppresses("doubled-punctuation", "punctuation", 5));
  CHECK(d.suppresses("space-between-cjk", "spacing", 5));  // spacing stays off
  CHECK(d.suppresses("numbering-gap", "numbering", 7));
  CHECK_FALSE(d.suppresses("numbering-gap", "numbering", 5));
  CHECK(d.suppresses("anything", "garbled", 8));
  CHECK_FALSE(d.suppresses("anything", "garbled", 7));
  CHECK(d.suppresses("anything", "garbled", 10));
  CHECK(d.unknown().empty());
}

TEST_CASE("unknown docqc- directives are reported, other comments ignored") {
  std::string text = "<!-- a comment -->\n<!-- docqc-disabel x -->\n";
  docqc::doc::LineIndex lines(text);
  auto d = InlineDirectives::parse(text, lines);
  CHECK(d.empty());
  REQUIRE(d.unknown().size() == 1);
  CHECK(d.unknown()[0].line == 2);
  CHECK(d.unknown()[0].directive == "docqc-disabel");
}

TEST_SUITE_END();
