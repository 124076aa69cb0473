#include <doctest/doctest.h>

#include "engine/engine.h"
#include "rules/config_error.h"
#include "rules/loader.h"

TEST_SUITE_BEGIN("kinds::SubstitutionRule");

namespace {

std::vector<docqc::Finding> run(const std::string& rule_yaml, const std::string& text) {
  auto rules = docqc::rules::load_rules_from_text("rules:\n" + rule_yaml, "r.yaml");
  docqc::engine::Engine engine({rules[0].get()});
  docqc::doc::Document document("t.txt", text);
  nlohmann::json facts;
  return engine.check(document, facts);
}

}  // namespace

TEST_CASE("literal keys: longest first, every occurrence, fix is the right side") {
  std::string rule = R"(  - id: swap
    kind: substitution
    category: punctuation
    message: "{match} -> {replacement}"
    swap:
      "，，": "，"
      "，，，": "，"
      "a.b": "c"
)";
  auto findings = run(rule, "甲，，，乙，，丙axb a.b");
  REQUIRE(findings.size() == 3);
  CHECK(findings[0].length == 9);
  CHECK(findings[0].message == "，，， -> ，");
  CHECK(findings[1].length == 6);
  CHECK(findings[2].fix->replacement == "c");  // '.' is literal: axb is not matched
}

TEST_CASE("regex keys rewrite with their own groups") {
  std::string rule = R"(  - id: year
    kind: substitution
    category: spacing
    regex: true
    message: "{match} -> {replacement}"
    swap:
      '(\d{4}) 年': '\1年'
      '第 (\d+) 期': '第\1期'
)";
  auto findings = run(rule, "2022 年第 1 期");
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].fix->replacement == "2022年");
  CHECK(findings[1].fix->replacement == "第1期");
}

TEST_CASE("a bad rewrite is a load error") {
  std::string rule = R"(  - id: bad
    kind: substitution
    category: spacing
    regex: true
    message: "m"
    swap:
      'a': '\2'
)";
  CHECK_THROWS_AS(run(rule, "a"), docqc::rules::ConfigError);
}

TEST_SUITE_END();
