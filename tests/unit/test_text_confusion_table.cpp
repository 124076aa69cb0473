#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "kinds/confusable_character.h"
#include "text/confusion_table.h"

TEST_SUITE_BEGIN("text::ConfusionTable");

using docqc::text::ConfusionTable;

TEST_CASE("groups give every member the others as alternatives") {
  ConfusionTable table({"# comment\n己已巳\n己乙\n", "已经\t102\n己\t150\n"});
  CHECK(table.alternatives(U'己') == u"乙已巳");
  CHECK(table.alternatives(U'巳') == u"己已");
  CHECK(table.alternatives(U'经').empty());
  CHECK(table.is_confusable(U'乙'));
  CHECK_FALSE(table.is_confusable(U'经'));
  CHECK_FALSE(table.is_confusable(U'\U00020000'));
}

TEST_CASE("words of one to four characters and their costs") {
  ConfusionTable table({"己已\n", "已经\t102\n己\t150\n一己之私\t200\n"});
  CHECK(table.word_count() == 3);
  const char32_t yijing[] = {U'已', U'经'};
  const char32_t jijing[] = {U'己', U'经'};
  const char32_t four[] = {U'一', U'己', U'之', U'私'};
  const char32_t ji = U'己';
  CHECK(table.cost(yijing, 2) == 102);
  CHECK(table.cost(jijing, 2) == ConfusionTable::k_absent);
  CHECK(table.cost(four, 4) == 200);
  CHECK(table.cost(four, 3) == ConfusionTable::k_absent);
  CHECK(table.cost(&ji, 1) == 150);
  const char32_t astral[] = {U'\U00020000', U'经'};
  CHECK(table.cost(astral, 2) == ConfusionTable::k_absent);
}

TEST_CASE("malformed lines name the file and line") {
  CHECK_THROWS_WITH_AS(ConfusionTable({"己\n", ""}),
                       "rules/data/confusable-chars.txt:1: a group needs two characters or more",
                       std::runtime_error);
  CHECK_THROWS_WITH_AS(ConfusionTable({"", "\n已经\n"}),
                       "rules/data/confusable-words.txt:2: expected word TAB cost",
                       std::runtime_error);
  CHECK_THROWS_AS(ConfusionTable({"", "已经\tx\n"}), std::runtime_error);
  CHECK_THROWS_AS(ConfusionTable({"", "一二三四五\t3\n"}), std::runtime_error);
}

TEST_CASE("the embedded tables load and hold the classic pairs") {
  const ConfusionTable& table = docqc::kinds::ConfusableCharacterRule::builtin_table();
  CHECK(table.word_count() > 10000);
  CHECK(table.alternatives(U'末').find(u'未') != std::u16string_view::npos);
  const char32_t weilai[] = {U'未', U'来'};
  CHECK(table.cost(weilai, 2) < 200);
}

TEST_SUITE_END();
