#include "engine/example_runner.h"

#include <doctest/doctest.h>

#include "rules/loader.h"

TEST_SUITE_BEGIN("engine::example_runner");

namespace {

docqc::rules::RuleList load(const std::string& findings) {
  return docqc::rules::load_rules_from_text(
      "rules:\n  - id: xs\n    kind: pattern\n    category: garbled\n    message: 'x {match}'\n"
      "    pattern: 'X+'\n    fix: ''\n    examples:\n      - bad: \"aX\\nXX b X\"\n"
      "        findings: " +
          findings + "\n        fixed: \"a\\n b \"\n      - good: 'a'\n",
      "r.yaml");
}

}  // namespace

TEST_CASE("a passing rule has no failures; its example results are located and fixed") {
  auto rules = load("['1:2', '2:1', '2:6']");
  CHECK(docqc::engine::run_examples(*rules[0], true).empty());
  auto result = docqc::engine::run_example(*rules[0], rules[0]->info().examples[0]);
  REQUIRE(result.findings.size() == 3);
  CHECK(result.findings[1].line == 2);
  CHECK(result.fixed == "a\n b ");
}

TEST_CASE("a failing example shows its text and expected vs actual side by side") {
  auto rules = load("['1:2', '2:2']");
  auto failures = docqc::engine::run_examples(*rules[0], true);
  REQUIRE(failures.size() == 1);
  CHECK(failures[0].where == "r.yaml:9");
  CHECK(failures[0].message == "bad example: expected findings at [1:2, 2:2], got [1:2, 2:1, 2:6]");
  CHECK(failures[0].details == std::vector<std::string>{
                                   "    1 | aX",
                                   "    2 | XX b X",
                                   "  expected     actual       message",
                                   "  1:2          1:2          x X",
                                   "! -            2:1          x XX",
                                   "! 2:2          -",
                                   "! -            2:6          x X",
                               });
}

TEST_SUITE_END();
