#include "suppress/baseline.h"

#include <doctest/doctest.h>

#include "rules/config_error.h"

using docqc::report::LocatedFinding;
using docqc::report::Report;

namespace {

Report report_with(std::vector<std::pair<std::size_t, std::string>> lines_and_contexts) {
  Report report;
  auto& file = report.files.emplace_back();
  file.path = "./docs/a.txt";
  for (const auto& [line, context] : lines_and_contexts) {
    LocatedFinding f;
    f.rule = "doubled-punctuation";
    f.file = file.path;
    f.line = line;
    f.column = 3;
    f.text = "，，";
    f.context = context;
    f.context_column = 3;
    f.message = "doubled";
    file.findings.push_back(f);
  }
  return report;
}

}  // namespace

TEST_SUITE_BEGIN("suppress::Baseline");

TEST_CASE("baselined findings stay gone when lines move; new ones come through") {
  auto before = report_with({{3, "甲乙，，丙丁"}, {9, "戊己，，庚辛"}});
  auto baseline = docqc::suppress::Baseline::from_report(before);
  auto text = baseline.to_json();
  auto reloaded = docqc::suppress::Baseline::parse(text, "baseline.json");
  CHECK(reloaded.size() == 2);
  // Ten lines were inserted above, and one new finding appeared.
  auto after = report_with({{13, "甲乙，，丙丁"}, {15, "新的，，问题"}, {19, "戊己，，庚辛"}});
  after.files[0].path = "docs/a.txt";  // the same file, spelled differently
  CHECK(reloaded.filter(after) == 2);
  REQUIRE(after.files[0].findings.size() == 1);
  CHECK(after.files[0].findings[0].line == 15);
}

TEST_CASE("a file that is not a baseline is a located error") {
  CHECK_THROWS_WITH_AS(docqc::suppress::Baseline::parse("{\n  \"version\": 1,\n  oops", "b.json"),
                       doctest::Contains("b.json:3:"), docqc::rules::ConfigError);
  CHECK_THROWS_WITH_AS(docqc::suppress::Baseline::parse("[]", "b.json"),
                       doctest::Contains("not a docqc baseline"), docqc::rules::ConfigError);
}

TEST_CASE("regression_baseline_errors_unlocated: number overflow and wrong types are located") {
  using docqc::suppress::Baseline;
  CHECK_THROWS_WITH_AS(
      Baseline::parse(
          "{\"version\": 1, \"findings\": [\n {\"file\": \"a\", \"fingerprint\": \"x\", "
          "\"line\": 1e400}]}",
          "b.json"),
      doctest::Contains("b.json:2:"), docqc::rules::ConfigError);
  CHECK_THROWS_WITH_AS(
      Baseline::parse(
          "{\"version\": 1, \"findings\": [\n {\"file\": \"a\", \"fingerprint\": \"x\"},\n "
          "{\"file\": \"a\", \"fingerprint\": \"y\", \"line\": \"3\"}]}",
          "b.json"),
      doctest::Contains("b.json:3:2: error: \"line\" must be"), docqc::rules::ConfigError);
  CHECK_THROWS_WITH_AS(Baseline::parse("{\"version\": 1, \"findings\": [7, \"s\"]}", "b.json"),
                       doctest::Contains("b.json:1:29: error: a baseline entry needs"),
                       docqc::rules::ConfigError);
  CHECK_THROWS_AS(Baseline::parse("{\"version\": \"1\", \"findings\": []}", "b.json"),
                  docqc::rules::ConfigError);
  CHECK_THROWS_AS(Baseline::parse("{\"version\": 1, \"findings\": [{\"file\": \"a\", "
                                  "\"fingerprint\": \"x\", \"rule\": 5}]}",
                                  "b.json"),
                  docqc::rules::ConfigError);
}

TEST_SUITE_END();
