#include "kinds/regex_list.h"

#include <doctest/doctest.h>

#include "kinds_test_support.h"
#include "rules/config_error.h"

using docqc::kinds::RegexList;

TEST_SUITE_BEGIN("kinds::RegexList");

TEST_CASE("any pattern matches, unanchored unless anchored") {
  RegexList list = RegexList::from({"^第.章", "\\t", "号$"});
  CHECK(list.matches("第一章 总则"));
  CHECK(list.matches("序号\t事项"));
  CHECK(list.matches("津政规〔2021〕6号"));
  CHECK_FALSE(list.matches("本章第一条"));
  CHECK(list.patterns().size() == 3);
}

TEST_CASE("an empty list matches nothing") {
  RegexList list;
  CHECK(list.empty());
  CHECK_FALSE(list.matches("anything"));
  CHECK(RegexList::from({}).empty());
}

TEST_CASE("a bad pattern is an error") {
  CHECK_THROWS(RegexList::from({"("}));
}

TEST_SUITE_END();
