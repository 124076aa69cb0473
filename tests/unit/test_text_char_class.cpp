#include <doctest/doctest.h>

#include "text/char_class.h"

using docqc::text::CharClass;

TEST_SUITE_BEGIN("text::CharClass");

TEST_CASE("facts from ICU") {
  const CharClass& classes = CharClass::instance();
  CHECK(classes.is_han(U'天'));
  CHECK(classes.is_han(U'〇'));
  CHECK(classes.is_han(U'\U00020000'));  // CJK Extension B, asked of ICU directly
  CHECK_FALSE(classes.is_han(U'a'));
  CHECK_FALSE(classes.is_han(U'，'));
  CHECK((classes.flags(U'a') & docqc::text::k_letter) != 0);
  CHECK((classes.flags(U'Ж') & docqc::text::k_upper) != 0);
  CHECK((classes.flags(U'ж') & docqc::text::k_lower) != 0);
  CHECK((classes.flags(U'Ａ') & docqc::text::k_fullwidth) != 0);
  CHECK(classes.is_cjk(U'，'));
  CHECK(classes.is_cjk(U'《'));
  CHECK_FALSE(classes.is_cjk(U','));
  CHECK((classes.flags(U'\u0304') & docqc::text::k_combining) != 0);
  CHECK((classes.flags(U'★') & docqc::text::k_symbol_or_unassigned) != 0);
  CHECK((classes.flags(U'\u0378') & docqc::text::k_symbol_or_unassigned) != 0);  // unassigned
  CHECK(classes.flags(U'\U0010FFFF') == CharClass::compute(U'\U0010FFFF'));
}

TEST_SUITE_END();
