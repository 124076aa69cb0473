#include "report/statistics.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using docqc::report::LocatedFinding;

TEST_SUITE_BEGIN("report::statistics");

namespace {

LocatedFinding finding(const std::string& rule, docqc::Severity severity, int fix) {
  LocatedFinding f;
  f.rule = rule;
  f.category = docqc::Category::punctuation;
  f.severity = severity;
  if (fix != 0) {
    f.fix.emplace();
    f.fix->safe = fix > 0;
  }
  return f;
}

}  // namespace

TEST_CASE("one row per rule, most findings first, fixable counts and a total") {
  docqc::report::Report report;
  report.files.resize(2);
  report.files[0].findings = {finding("b-rule", docqc::Severity::error, 1),
                              finding("a-rule", docqc::Severity::warning, 0)};
  report.files[1].findings = {finding("b-rule", docqc::Severity::warning, -1),
                              finding("b-rule", docqc::Severity::error, 1)};
  std::ostringstream out;
  docqc::report::write_statistics(report, out);
  const std::string text = out.str();
  const auto b = text.find("b-rule");
  const auto a = text.find("a-rule");
  REQUIRE(b != std::string::npos);
  REQUIRE(a != std::string::npos);
  CHECK(b < a);  // 3 findings before 1
  const std::string b_row =
      text.substr(text.rfind('\n', b) + 1, text.find('\n', b) - text.rfind('\n', b) - 1);
  CHECK(b_row.find("      3") == 0);
  CHECK(b_row.find("mixed") != std::string::npos);  // error and warning
  CHECK(b_row.find("2 with --fix, 1 with --unsafe-fixes") != std::string::npos);
  const std::string a_row =
      text.substr(text.rfind('\n', a) + 1, text.find('\n', a) - text.rfind('\n', a) - 1);
  CHECK(a_row.find("warning") != std::string::npos);
  CHECK(a_row.find("with --fix") == std::string::npos);
  CHECK(text.find("total: 2 errors, 2 warnings, 0 infos; 2 fixable with --fix, 1 more with "
                  "--unsafe-fixes") != std::string::npos);
}

TEST_CASE("an empty report has the header and a zero total") {
  std::ostringstream out;
  docqc::report::write_statistics(docqc::report::Report{}, out);
  CHECK(out.str().find("count") == 0 + out.str().find_first_not_of(' '));
  CHECK(out.str().find("total: 0 errors, 0 warnings, 0 infos") != std::string::npos);
}
