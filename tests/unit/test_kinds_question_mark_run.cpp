#include "kinds/question_mark_run.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kinds_test_support.h"

TEST_SUITE_BEGIN("kinds::QuestionMarkRunRule");

namespace {

std::vector<docqc::Finding> run(const std::string& text, const std::string& extra = "") {
  return docqc::testing::findings(R"(  - id: q
    kind: question-mark-run
    category: garbled
    scope: paragraph
    message: "{count} {text}"
)" + extra,
                                  text);
}

}  // namespace

TEST_CASE("two between Han characters, or min_run next to one") {
  auto findings = run("天津??人民政府");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "2 ??");
  CHECK(findings[0].offset == std::string("天津").size());
  CHECK_FALSE(findings[0].fix.has_value());
  CHECK(run("发展????").size() == 1);
  CHECK(run("????发展").size() == 1);
  CHECK(run("发展???").empty());
  CHECK(run("你说什么??").empty());
  CHECK(run("????").empty());
  CHECK(run("发展????", "    min_run: 5\n").empty());
  CHECK(run("发展???", "    min_run: 3\n").size() == 1);
}

TEST_CASE("min_run is bounded") {
  CHECK(docqc::testing::load_error(R"(  - id: q
    kind: question-mark-run
    category: garbled
    message: "{count}"
    min_run: 1
)")
            .find("min_run") != std::string::npos);
}

TEST_SUITE_END();
