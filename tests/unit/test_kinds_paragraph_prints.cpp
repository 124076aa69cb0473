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

TEST_CASE("rules on one document share one computation") {
  docqc::doc::Document document("p.txt", "甲乙丙。\n");
  std::vector<docqc::Finding> findings;
  nlohmann::json facts;
  docqc::rules::FindingSink sink(findings, facts);
  const ParagraphPrints& prints = ParagraphPrints::of(document, sink);
  CHECK(&ParagraphPrints::of(document, sink) == &prints);
  CHECK(prints.normalized(0) == "甲乙丙。");
  // another engine pass (another sink) computes its own
  docqc::doc::Document other("p.txt", "丁戊己。\n");
  docqc::rules::FindingSink other_sink(findings, facts);
  CHECK(ParagraphPrints::of(other, other_sink).normalized(0) == "丁戊己。");
}

TEST_SUITE_END();
