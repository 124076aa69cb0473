#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/engine.h"
#include "rules/loader.h"

TEST_SUITE_BEGIN("kinds::MojibakeRule");

namespace {

std::vector<docqc::Finding> run(const std::string& check, const std::string& text,
                                const std::string& extra = "") {
  static std::vector<docqc::rules::RuleList> keep;
  std::string message = check == "latin1"         ? "{text} -> {fixed}"
                        : check == "stray_symbol" ? "{text}"
                                                  : "{count}";
  keep.push_back(docqc::rules::load_rules_from_text(
      "rules:\n  - id: m\n    kind: mojibake\n    category: garbled\n    scope: paragraph\n"
      "    check: " +
          check + "\n    message: \"" + message + "\"\n" + extra,
      "r.yaml"));
  std::vector<const docqc::rules::Rule*> rules;
  for (const auto& rule : keep.back()) {
    rules.push_back(rule.get());
  }
  docqc::engine::Engine engine(rules);
  docqc::doc::Document document("t.txt", text);
  nlohmann::json facts;
  return engine.check(document, facts);
}

}  // namespace

TEST_CASE("latin1: UTF-8 read as Windows-1252 is repaired") {
  auto findings = run("latin1", "å¤©æ´¥å¸‚人民政府");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "å¤©æ´¥å¸‚ -> 天津市");
  CHECK(findings[0].fix->safe);
  // Latin-1 text decoded twice; curly quotes through Windows-1252, with a C1 control kept
  // by a Latin-1 decoder (” is E2 80 9D, and 0x9D has no Windows-1252 character); the ASCII
  // between the two repairs joins them.
  CHECK(run("latin1", "CafÃ©")[0].fix->replacement == "é");
  findings = run("latin1", "â€œquotedâ€\u009D");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].fix->replacement == "“quoted”");
}

TEST_CASE("latin1: runs apart by a little ASCII are one finding") {
  auto findings = run("latin1", "2022 å¹´ç¬¬ 1 æœŸ");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].fix->replacement == "年第 1 期");
}

TEST_CASE("latin1: real Latin-1 text is left alone") {
  CHECK(run("latin1", "Café, naïve, «Über», 5 °C, façade, Ægir").empty());
  // A lone two-byte decode outside Latin: Ü” would read as Syriac.
  CHECK(run("latin1", "MÜ”").empty());
}

TEST_CASE("codepage is its own kind now") {
  CHECK_THROWS_WITH(run("codepage", "x"), doctest::Contains("codepage-mojibake"));
}

TEST_CASE("question_marks") {
  CHECK(run("question_marks", "天津??人民政府").size() == 1);
  CHECK(run("question_marks", "发展????").size() == 1);
  CHECK(run("question_marks", "发展???").empty());
  CHECK(run("question_marks", "你说什么??").empty());
  CHECK(run("question_marks", "????").empty());
  CHECK(run("question_marks", "发展????", "    min_run: 5\n").empty());
}

TEST_CASE("stray_symbol") {
  auto findings = run("stray_symbol", "天津¤市和天津é市");
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].message == "¤");
  CHECK(run("stray_symbol", "二○二二年，甲★乙，马克·吐温", "    allow: ○★·\n").empty());
  CHECK(run("stray_symbol", "甲★乙").size() == 1);
  CHECK(run("stray_symbol", "天津，市").empty());
}

TEST_SUITE_END();
