#include "report/sarif_reporter.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

using docqc::Severity;
using docqc::report::FileReport;
using docqc::report::LocatedFinding;
using docqc::report::Report;
using docqc::report::SarifReporter;

namespace {

LocatedFinding finding(Severity severity, std::size_t line, std::string text) {
  LocatedFinding f;
  f.rule = "doubled-punctuation";
  f.severity = severity;
  f.message = "doubled punctuation";
  f.file = "a.txt";
  f.line = line;
  f.column = 1;
  f.end_line = line;
  f.end_column = 3;
  f.text = text;
  f.context = text;
  return f;
}

std::string write(const Report& report, std::size_t max_results) {
  std::ostringstream out;
  SarifReporter(max_results).write(report, out);
  return out.str();
}

Report report_of(std::vector<LocatedFinding> findings) {
  Report report;
  FileReport file;
  file.path = "a.txt";
  file.findings = std::move(findings);
  report.files.push_back(std::move(file));
  return report;
}

}  // namespace

TEST_SUITE_BEGIN("report::SarifReporter");

TEST_CASE("short snippets are kept, long ones left out") {
  std::string long_text;
  for (int i = 0; i < 120; ++i) {  // 360 bytes: over both limits
    long_text += "长";
  }
  auto log = nlohmann::json::parse(write(
      report_of({finding(Severity::warning, 1, "，，"), finding(Severity::warning, 2, long_text)}),
      100));
  const auto& results = log["runs"][0]["results"];
  REQUIRE(results.size() == 2);
  auto location = [&](int i) { return results[i]["locations"][0]["physicalLocation"]; };
  CHECK(location(0)["region"]["snippet"]["text"] == "，，");
  CHECK(location(0)["contextRegion"]["snippet"]["text"] == "，，");
  CHECK_FALSE(location(1)["region"].contains("snippet"));
  CHECK_FALSE(location(1).contains("contextRegion"));
  CHECK(location(1)["region"]["byteLength"] == 0);  // the location itself stays
}

TEST_CASE("one result per line") {
  std::string text = write(
      report_of({finding(Severity::warning, 1, "，，"), finding(Severity::error, 2, "，，")}), 100);
  std::size_t lines_with_rule = 0;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.find("\"ruleId\"") != std::string::npos) {
      ++lines_with_rule;
      CHECK(nlohmann::json::parse(line.substr(0, line.rfind('}') + 1)).contains("locations"));
    }
  }
  CHECK(lines_with_rule == 2);
}

TEST_CASE("over the cap the most severe results are kept and the log says so") {
  auto log = nlohmann::json::parse(write(report_of({
                                             finding(Severity::info, 1, "a"),
                                             finding(Severity::warning, 2, "b"),
                                             finding(Severity::error, 3, "c"),
                                             finding(Severity::warning, 4, "d"),
                                             finding(Severity::error, 5, "e"),
                                         }),
                                         3));
  const auto& run = log["runs"][0];
  std::vector<std::string> kept;
  for (const auto& r : run["results"]) {
    kept.push_back(r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]);
  }
  CHECK(kept == std::vector<std::string>{"b", "c", "e"});  // report order, errors + 1 warning
  const auto& notes = run["invocations"][0]["toolExecutionNotifications"];
  REQUIRE(notes.size() == 1);
  CHECK(notes[0]["descriptor"]["id"] == "docqc-results-capped");
  CHECK(notes[0]["message"]["text"].get<std::string>().starts_with("5 findings, 3 in this log"));
  // Under the cap: everything, no notification.
  auto whole = nlohmann::json::parse(write(report_of({finding(Severity::info, 1, "a")}), 3));
  CHECK(whole["runs"][0]["results"].size() == 1);
  CHECK_FALSE(whole["runs"][0]["invocations"][0].contains("toolExecutionNotifications"));
}

TEST_SUITE_END();
