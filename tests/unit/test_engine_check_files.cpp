#include "engine/check_files.h"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "rules/loader.h"

namespace fs = std::filesystem;

TEST_SUITE_BEGIN("engine::check_files");

namespace {

const char* k_rule = R"(rules:
  - id: doubled-comma
    kind: pattern
    category: punctuation
    message: "doubled comma"
    pattern: '，，'
)";

}  // namespace

TEST_CASE("every file by its own engine, reports in file order, done() in order") {
  auto dir = fs::temp_directory_path() / fmt::format("docqc-check-files-{}", ::getpid());
  fs::create_directories(dir);
  std::vector<docqc::input::InputFile> files;
  for (int i = 0; i < 12; ++i) {
    auto path = dir / fmt::format("f{}.txt", i);  // (not "f" + ...: GCC 12's false -Wrestrict)
    std::ofstream(path) << "甲，，乙\n";
    files.push_back({path.string(), false});
  }
  files.push_back({(dir / "missing.txt").string(), false});
  auto list = docqc::rules::load_rules_from_text(k_rule, "r.yaml");
  std::vector<const docqc::rules::Rule*> rules;
  for (const auto& rule : list) {
    rules.push_back(rule.get());
  }
  docqc::engine::Engine with_rule(rules);
  docqc::engine::Engine without_rules({});
  docqc::engine::CheckOptions options;
  std::vector<docqc::engine::FileEngine> engines;
  for (std::size_t i = 0; i < files.size(); ++i) {
    engines.push_back({i % 2 == 0 ? &with_rule : &without_rules, &options});
  }
  for (unsigned jobs : {1u, 4u}) {
    std::atomic<int> ticks{0};
    std::vector<std::string> order;
    auto run = docqc::engine::check_files(
        files, engines, jobs, [&] { ++ticks; },
        [&](docqc::report::FileReport& report) { order.push_back(report.path); });
    CHECK(run.degraded.empty());
    REQUIRE(run.reports.size() == files.size());
    CHECK(ticks == static_cast<int>(files.size()));
    REQUIRE(order.size() == files.size());
    for (std::size_t i = 0; i + 1 < files.size(); ++i) {
      CHECK(order[i] == files[i].path);
      CHECK(run.reports[i].path == files[i].path);
      CHECK(run.reports[i].error.empty());
      CHECK(run.reports[i].findings.size() == (i % 2 == 0 ? 1u : 0u));
    }
    CHECK_FALSE(run.reports.back().error.empty());  // the missing file: its error, the run goes on
  }
  CHECK_THROWS_AS(docqc::engine::check_files(files, {}, 1, {}, {}), std::invalid_argument);

  // Streamed: the same findings, located only when read, in file order; none kept.
  auto whole = docqc::engine::check_files(files, engines, 1, {}, {});
  for (unsigned jobs : {1u, 4u}) {
    std::vector<std::string> order;
    std::size_t i = 0;
    auto run = docqc::engine::stream_files(
        files, engines, jobs, {},
        [&](docqc::report::FileReport& report, docqc::report::FindingSource& found) {
          order.push_back(report.path);
          CHECK(report.findings.empty());
          CHECK(found.size() == whole.reports[i].findings.size());
          std::size_t k = 0;
          found.each([&](const docqc::report::LocatedFinding& finding) {
            REQUIRE(k < whole.reports[i].findings.size());
            const auto& expected = whole.reports[i].findings[k++];
            CHECK(finding.rule == expected.rule);
            CHECK(finding.file == expected.file);
            CHECK(finding.line == expected.line);
            CHECK(finding.column == expected.column);
            CHECK(finding.byte_offset == expected.byte_offset);
            CHECK(finding.context == expected.context);
          });
          CHECK(k == found.size());
          ++i;
        });
    REQUIRE(order.size() == files.size());
    for (std::size_t n = 0; n < files.size(); ++n) {
      CHECK(order[n] == files[n].path);
      CHECK(run.reports[n].findings.empty());
      CHECK(run.reports[n].path == files[n].path);
    }
    CHECK_FALSE(run.reports.back().error.empty());
  }
  CHECK_THROWS_AS(docqc::engine::stream_files(files, {}, 1, {}, {}), std::invalid_argument);
  fs::remove_all(dir);
}
