#include <doctest/doctest.h>

#include "engine/engine.h"
#include "rules/loader.h"

TEST_SUITE_BEGIN("kinds::PatternRule");

namespace {

std::vector<docqc::Finding> run(const std::string& rule_yaml, const std::string& text) {
  static std::vector<docqc::rules::RuleList> keep;
  keep.push_back(docqc::rules::load_rules_from_text("rules:\n" + rule_yaml, "r.yaml"));
  std::vector<const docqc::rules::Rule*> rules;
  for (const auto& rule : keep.back()) {
    rules.push_back(rule.get());
  }
  docqc::engine::Engine engine(rules);
  docqc::doc::Document document("t.txt", text);
  nlohmann::json facts;
  return engine.check(document, facts);
}

const char* k_comma = R"(  - id: comma
    kind: pattern
    category: punctuation
    message: "'{target}' -> '{target:fullwidth}'"
    pattern: '\p{Han}(?P<target>[,;])\p{Han}'
    fix: "{target:fullwidth}"
)";

}  // namespace

TEST_CASE("a target group narrows the span and lets adjacent matches share context") {
  auto findings = run(k_comma, "中,文;字");
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].offset == 3);
  CHECK(findings[0].length == 1);
  CHECK(findings[0].message == "',' -> '，'");
  REQUIRE(findings[0].fix.has_value());
  CHECK(findings[0].fix->replacement == "，");
  CHECK(findings[1].offset == 7);
  CHECK(findings[1].fix->replacement == "；");
}

TEST_CASE("line scope does not match across lines") {
  auto findings = run(k_comma, "中,\n文");
  CHECK(findings.empty());
}

TEST_CASE("paragraph scope sees the whole paragraph") {
  std::string rule = R"(  - id: across
    kind: pattern
    category: structure
    scope: paragraph
    message: "m"
    pattern: 'a\nb'
)";
  // Two wide lines without a sentence end: one hard-wrapped paragraph.
  std::string wide(45, 'x');
  CHECK(run(rule, wide + "a\nb" + wide).size() == 1);
  CHECK(run(rule, wide + "a\n\nb" + wide).empty());
  // Short lines are separate paragraphs (a Chinese document puts one paragraph on a line).
  CHECK(run(rule, "xa\nbx").empty());
}

TEST_CASE("empty matches do not loop forever") {
  std::string rule = R"(  - id: empty
    kind: pattern
    category: structure
    message: "m"
    pattern: 'x*'
)";
  auto findings = run(rule, "abxxc中");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].offset == 2);
  CHECK(findings[0].length == 2);
}

TEST_CASE("numbered groups in messages") {
  std::string rule = R"(  - id: groups
    kind: pattern
    category: structure
    message: "{2}-{1}"
    pattern: '(\d+)年(\d+)月'
)";
  auto findings = run(rule, "2022年3月");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "3-2022");
}

TEST_CASE("CRLF: the CR is not part of a line-scoped match") {
  std::string rule = R"(  - id: eol
    kind: pattern
    category: structure
    message: "m"
    pattern: '.$'
)";
  auto findings = run(rule, "ab\r\ncd\r\n");
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].offset == 1);
  CHECK(findings[1].offset == 5);
}

TEST_SUITE_END();
