#include "kinds/alnum_width.h"

#include <doctest/doctest.h>

#include <string>

#include "kinds_test_support.h"

TEST_SUITE_BEGIN("kinds::AlnumWidthRule");

namespace {

using docqc::testing::findings;

const char* k_width = R"(  - id: w
    kind: alnum-width
    category: script
    scope: document
    message: "{found} {class} {text}: {count} to {expected_count}"
)";

}  // namespace

TEST_CASE("the width used by fewer runs is reported, per class") {
  auto found = findings(k_width, "2022年3月1日起，第２条和第3条、第4条同时施行。");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "full-width digits ２: 1 to 5");
  CHECK(found[0].fix->replacement == "2");
  CHECK(found[0].fix->safe);
  // Full-width digits win here; the half-width run in the URL is not next to Chinese.
  found = findings(k_width, "２０２２年第１期第３版，第2期，see https://example.com/2022");
  REQUIRE(found.size() == 1);
  CHECK(found[0].fix->replacement == "２");
  // Letters and digits are counted apart.
  CHECK(findings(k_width, "ＡＢＣ公司和ＸＹＺ集团2021年和2020年").empty());
}

TEST_CASE("a class written in one width only has nothing to mix") {
  CHECK(findings(k_width, "2022年3月1日起，第2条施行。ＡＢ").empty());
  CHECK(findings(k_width, "全角标点，（一）：不算。abc 123").empty());
}

TEST_CASE("options of other kinds are unknown keys") {
  CHECK(docqc::testing::load_error(std::string(k_width) + "    report: traditional\n")
            .find("report") != std::string::npos);
}

TEST_SUITE_END();
