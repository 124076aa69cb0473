#include "kinds/paragraph_prints.h"

#include <doctest/doctest.h>

using docqc::kinds::ParagraphPrints;

TEST_SUITE_BEGIN("kinds::ParagraphPrints");

TEST_CASE("normalized paragraphs and their hashes") {
  docqc::doc::Document document("p.txt", "第一条，总则。\n\n第一条,总 则。\n\n第二条\n");
  const ParagraphPrints prints = ParagraphPrints::compute(document);
  REQUIRE(prints.paragraphs().size() == 3);
  CHECK(prints.normalized(0) == "第一条,总则。");
  CHECK(prints.paragraphs()[0].hash == prints.paragraphs()[1].hash);
  CHECK_FALSE(prints.paragraphs()[0].hash == prints.paragraphs()[2].hash);
  CHECK(prints.paragraphs()[2].chars == 3);
  CHECK(prints.total_chars() == 7 + 7 + 3);
}

TEST_CASE("the per-thread cache never hands out another document's prints") {
  const ParagraphPrints* first = nullptr;
  {
    docqc::doc::Document document("p.txt", "甲乙丙。\n");
    const ParagraphPrints& prints = ParagraphPrints::of(document);
    CHECK(&ParagraphPrints::of(document) == &prints);
    CHECK(prints.normalized(0) == "甲乙丙。");
    first = &prints;
  }
  // Same path, same size, quite possibly the same addresses: different text.
  docqc::doc::Document other("p.txt", "丁戊己。\n");
  const ParagraphPrints& prints = ParagraphPrints::of(other);
  CHECK(prints.normalized(0) == "丁戊己。");
  (void)first;
}

TEST_SUITE_END();
