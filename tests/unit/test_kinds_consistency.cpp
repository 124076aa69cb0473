#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/engine.h"
#include "fix/apply_fixes.h"
#include "rules/config_error.h"
#include "rules/loader.h"

TEST_SUITE_BEGIN("kinds::ConsistencyRule");

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

std::string load_error(const std::string& rule_yaml) {
  try {
    docqc::rules::load_rules_from_text("rules:\n" + rule_yaml, "r.yaml");
  } catch (const docqc::rules::ConfigError& error) {
    return error.what();
  }
  return "";
}

const char* k_quotes = R"yaml(  - id: q
    kind: consistency
    category: punctuation
    scope: document
    message: "{style} {text} -> {fixed} ({count} to {expected_count} {expected})"
    styles:
      - name: curly
        pattern: '“(?P<body>[^“”]*)”'
        replacement: "“{body}”"
      - name: corner
        pattern: '「(?P<body>[^「」]*)」'
        replacement: "「{body}」"
)yaml";

const char* k_spacing = R"(  - id: s
    kind: consistency
    category: spacing
    scope: document
    message: "{text}"
    document_message: "{style} x{count}"
    prefer: unspaced
    styles:
      - name: unspaced
        pattern: ['[0-9](?P<target>)\p{Han}', '\p{Han}(?P<target>)[0-9]']
        replacement: ""
      - name: spaced
        pattern: ['[0-9](?P<target> +)\p{Han}', '\p{Han}(?P<target> +)[0-9]']
        replacement: " "
)";

}  // namespace

TEST_CASE("the majority style wins and the minority is fixed") {
  auto findings = run(k_quotes, "“甲”“乙”「丙」");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "corner 「丙」 -> “丙” (1 to 2 curly)");
  CHECK(findings[0].fix->replacement == "“丙”");
}

TEST_CASE("a tie without a preferred style reports nothing") {
  CHECK(run(k_quotes, "“甲”「丙」").empty());
  CHECK(run(k_quotes, "“甲”“乙”").empty());
}

TEST_CASE("a target group narrows the span; adjacent occurrences share context") {
  auto findings = run(k_spacing, "2022年1月15日出版，共 3 期。");
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].message == " ");
  CHECK(findings[0].length == 1);
  CHECK(findings[0].fix->replacement.empty());
}

TEST_CASE("a document that consistently uses a disfavoured style gets one info finding") {
  std::string text = "2022 年第 1 期\n2022 年 1 月 15 日出版，共3期";
  auto findings = run(k_spacing, text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == docqc::Severity::info);
  CHECK(findings[0].message == "spaced x8");
  CHECK(findings[0].offset == 4);
  REQUIRE(findings[0].fix.has_value());
  CHECK(findings[0].extra_edits.size() == 7);
  CHECK_FALSE(findings[0].fix->safe);  // the pack's preference, not the document's
  CHECK(docqc::fix::apply_fixes(text, findings, false).applied == 0);
  auto fixed = docqc::fix::apply_fixes(text, findings, true);
  CHECK(fixed.text == "2022年第1期\n2022年1月15日出版，共3期");
  CHECK(fixed.applied == 1);
  CHECK(run(k_spacing, fixed.text).empty());
}

TEST_CASE("a fix to the majority is safe only when the document is unambiguous") {
  // 2 against 1: too few to be sure.
  auto few = run(k_quotes, "“甲”“乙”「丙」");
  REQUIRE(few.size() == 1);
  CHECK_FALSE(few[0].fix->safe);
  std::string many;
  for (int i = 0; i < 12; ++i) {
    many += "“甲”";
  }
  auto clear = run(k_quotes, many + "「丙」");
  REQUIRE(clear.size() == 1);
  CHECK(clear[0].fix->safe);
  auto custom = run(std::string(k_quotes) + "    safe_share: 1.0\n", many + "「丙」");
  REQUIRE(custom.size() == 1);
  CHECK_FALSE(custom[0].fix->safe);
}

TEST_CASE("loader errors") {
  CHECK(load_error(R"(  - id: q
    kind: consistency
    category: punctuation
    message: "m"
    styles:
      - name: one
        pattern: 'a'
        replacement: "a"
)")
            .find("at least two styles") != std::string::npos);
  std::string unknown_prefer = std::string(k_quotes) + "    prefer: straight\n";
  CHECK(load_error(unknown_prefer).find("'straight' is not one of the styles") !=
        std::string::npos);
  std::string no_document_message = std::string(k_quotes) + "    prefer: curly\n";
  CHECK(load_error(no_document_message).find("document_message") != std::string::npos);
  // A replacement may only use names every style captures.
  CHECK(load_error(R"(  - id: q
    kind: consistency
    category: punctuation
    message: "m"
    styles:
      - name: a
        pattern: 'x(?P<body>y)'
        replacement: "{body}"
      - name: b
        pattern: 'z'
        replacement: "z"
)")
            .find("unknown template variable '{body}'") != std::string::npos);
  CHECK(load_error(R"(  - id: q
    kind: consistency
    category: punctuation
    message: "m"
    styles:
      - name: a
        pattern: 'x('
        replacement: "x"
      - name: b
        pattern: 'z'
        replacement: "z"
)")
            .find("invalid regex") != std::string::npos);
}

TEST_SUITE_END();
