#include "kinds/stray_symbol.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kinds_test_support.h"

TEST_SUITE_BEGIN("kinds::StraySymbolRule");

namespace {

std::vector<docqc::Finding> run(const std::string& text, const std::string& extra = "") {
  return docqc::testing::findings(R"(  - id: s
    kind: stray-symbol
    category: garbled
    scope: paragraph
    message: "{text}"
)" + extra,
                                  text);
}

}  // namespace

TEST_CASE("one symbol or Latin-1 character between two Han characters") {
  auto findings = run("天津¤市和天津é市");
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].message == "¤");
  CHECK(findings[1].message == "é");
  CHECK(run("甲★乙").size() == 1);
  CHECK(run("天津，市").empty());
  CHECK(run("天津¤¤市").empty());      // two of them are no stray byte
  CHECK(run("天津\uFFFD市").empty());  // the replacement-character rule's
}

TEST_CASE("allow lists characters that belong between Han characters") {
  CHECK(run("二○二二年，甲★乙，马克·吐温", "    allow: ○★·\n").empty());
  CHECK(run("甲★乙", "    allow: ○\n").size() == 1);
}

TEST_SUITE_END();
