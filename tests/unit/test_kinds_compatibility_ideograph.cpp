#include "kinds/compatibility_ideograph.h"

#include <doctest/doctest.h>

#include <string>

#include "kinds_test_support.h"

TEST_SUITE_BEGIN("kinds::CompatibilityIdeographRule");

namespace {

using docqc::testing::findings;

const char* k_compatibility = R"(  - id: c
    kind: compatibility-ideograph
    category: script
    message: "{text} -> {fixed}"
)";

}  // namespace

TEST_CASE("radicals and compatibility ideographs become NFKC, one finding per run") {
  auto found = findings(k_compatibility, "⽅⾯和⾏政，\uF900，⺟亲");
  REQUIRE(found.size() == 4);
  CHECK(found[0].message == "⽅⾯ -> 方面");
  CHECK(found[0].fix->safe);
  CHECK(found[1].message == "⾏ -> 行");
  CHECK(found[2].fix->replacement == "\u8C48");
  CHECK(found[3].fix->replacement == "母");
}

TEST_CASE("unified ideographs and other compatibility forms are left alone") {
  CHECK(findings(k_compatibility, "方面和行政 ⓐ ㈠ ＡＢ ㎒").empty());
}

TEST_CASE("loader errors name the variable") {
  CHECK(docqc::testing::load_error(R"(  - id: x
    kind: compatibility-ideograph
    category: script
    message: "{script}"
)")
            .find("unknown template variable '{script}'") != std::string::npos);
}

TEST_SUITE_END();
