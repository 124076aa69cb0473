#include "kinds/homoglyph.h"

#include <doctest/doctest.h>

#include <string>

#include "kinds_test_support.h"

TEST_SUITE_BEGIN("kinds::HomoglyphRule");

namespace {

using docqc::testing::findings;

const char* k_homoglyph = R"(  - id: h
    kind: homoglyph
    category: script
    message: "{text} ({script}) -> {fixed}"
)";

}  // namespace

TEST_CASE("mixed-script words get the look-alike of the majority script") {
  auto found = findings(k_homoglyph, "Тianjin 和 Москвa");
  REQUIRE(found.size() == 2);
  CHECK(found[0].message == "Тianjin (Latin) -> Tianjin");
  CHECK(found[0].fix->safe);
  CHECK(found[1].message == "Москвa (Cyrillic) -> Москва");
}

TEST_CASE("a lower-case l among capitals") {
  auto found = findings(k_homoglyph, "COVlD 疫情");
  REQUIRE(found.size() == 1);
  CHECK(found[0].fix->replacement == "COVID");
  CHECK_FALSE(found[0].fix->safe);
}

TEST_CASE("words that may mix scripts are left alone") {
  CHECK(findings(k_homoglyph, "粒径 5μm，Tシャツ，McDonald，HTMl，Tianjin，Москва，αβγ").empty());
}

TEST_CASE("the trigger names what every finding holds") {
  const auto rules = docqc::testing::load(std::string("rules:\n") + k_homoglyph);
  REQUIRE(rules.size() == 1);
  const std::string trigger = rules[0]->trigger();
  CHECK(trigger.find("\\p{Cyrillic}") != std::string::npos);
  CHECK(trigger.find("[A-Z][") != std::string::npos);  // COVlD
}

TEST_CASE("options of other kinds are unknown keys") {
  CHECK(docqc::testing::load_error(std::string(k_homoglyph) + "    report: traditional\n")
            .find("report") != std::string::npos);
}

TEST_SUITE_END();
