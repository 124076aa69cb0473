#include "suppress/ignore_list.h"

#include <doctest/doctest.h>

#include "rules/config_error.h"

using docqc::suppress::IgnoreList;

TEST_SUITE_BEGIN("suppress::IgnoreList");

TEST_CASE("entries match rule, category or * and text on the line") {
  auto list =
      IgnoreList::parse("# comment\n\nspace-between-cjk: 中 国\nboilerplate: 浏览量\n*: 〔2022〕\n",
                        "a.txt.docqc-ignore");
  REQUIRE(list.entries().size() == 3);
  CHECK(list.ignores("space-between-cjk", "spacing", "我们 中 国 人"));
  CHECK_FALSE(list.ignores("space-between-cjk", "spacing", "我们 中国 人"));
  CHECK(list.ignores("web-chrome", "boilerplate", "浏览量: 12"));
  CHECK(list.ignores("numbering-gap", "numbering", "津政办发〔2022〕15号"));
  CHECK(list.entries()[0].used);
}

TEST_CASE(
    "a rule made only of carriage returns is an error, not an empty rule (fuzz_ignore_list)") {
  bool located = false;
  try {
    docqc::suppress::IgnoreList::parse("\r\r: \xE4\xB8\n", "doc.txt.docqc-ignore");
  } catch (const docqc::rules::ConfigError& error) {
    located = std::string(error.what()).find("doc.txt.docqc-ignore:1:1") != std::string::npos;
  }
  CHECK(located);
}

TEST_CASE("a malformed line is an error with line and column") {
  CHECK_THROWS_WITH_AS(IgnoreList::parse("ok: text\n  just text\n", "x.docqc-ignore"),
                       doctest::Contains("x.docqc-ignore:2:3: error: expected \"RULE: TEXT\""),
                       docqc::rules::ConfigError);
  CHECK_THROWS_WITH_AS(IgnoreList::parse("rule:   \n", "x.docqc-ignore"),
                       doctest::Contains("x.docqc-ignore:1:1: error: expected"),
                       docqc::rules::ConfigError);
}

TEST_SUITE_END();
