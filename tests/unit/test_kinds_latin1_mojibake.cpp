#include "kinds/latin1_mojibake.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "kinds_test_support.h"

TEST_SUITE_BEGIN("kinds::Latin1MojibakeRule");

namespace {

std::vector<docqc::Finding> run(const std::string& text) {
  return docqc::testing::findings(R"(  - id: m
    kind: latin1-mojibake
    category: garbled
    scope: paragraph
    message: "{text} -> {fixed}"
)",
                                  text);
}

}  // namespace

TEST_CASE("UTF-8 read as Windows-1252 is repaired") {
  auto findings = run("å¤©æ´¥å¸‚人民政府");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "å¤©æ´¥å¸‚ -> 天津市");
  CHECK(findings[0].fix->safe);
  // Latin-1 text decoded twice; curly quotes through Windows-1252, with a C1 control kept
  // by a Latin-1 decoder (” is E2 80 9D, and 0x9D has no Windows-1252 character); the ASCII
  // between the two repairs joins them.
  CHECK(run("CafÃ©")[0].fix->replacement == "é");
  findings = run("â€œquotedâ€\u009D");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].fix->replacement == "“quoted”");
}

TEST_CASE("runs apart by a little ASCII are one finding") {
  auto findings = run("2022 å¹´ç¬¬ 1 æœŸ");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].fix->replacement == "年第 1 期");
}

TEST_CASE("real Latin-1 text is left alone") {
  CHECK(run("Café, naïve, «Über», 5 °C, façade, Ægir").empty());
  // A lone two-byte decode outside Latin: Ü” would read as Syriac.
  CHECK(run("MÜ”").empty());
}

TEST_CASE("the trigger is a lead byte and a continuation byte as Windows-1252") {
  const auto rules = docqc::testing::load(R"(rules:
  - id: m
    kind: latin1-mojibake
    category: garbled
    message: "{text}"
)");
  REQUIRE(rules.size() == 1);
  const RE2 trigger(rules[0]->trigger());
  REQUIRE(trigger.ok());
  CHECK(RE2::PartialMatch("å¤©", trigger));
  CHECK(RE2::PartialMatch("â€œ", trigger));  // € is Windows-1252's 0x80
  CHECK_FALSE(RE2::PartialMatch("Café", trigger));
}

TEST_CASE("options of other kinds are unknown keys") {
  CHECK(docqc::testing::load_error(R"(  - id: m
    kind: latin1-mojibake
    category: garbled
    message: "{text}"
    min_run: 3
)")
            .find("min_run") != std::string::npos);
}

TEST_SUITE_END();
