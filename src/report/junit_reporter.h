// JunitReporter: `--format junit`, JUnit XML for CI test tabs (GitLab, Jenkins, Azure).
//
// Contract: one <testsuite> per checked file; one failed <testcase> per finding (name
// "rule-id line:col", classname the path) with a <failure> whose type is the severity and
// whose body is the compiler-style line and the fix; a file without findings has one
// passing testcase, a skipped or unreadable file one skipped testcase. Text is XML-escaped,
// and characters XML 1.0 cannot hold (control characters, which damaged documents contain)
// are written as "U+XXXX".
#pragma once

#include <string>
#include <string_view>

#include "report/report.h"

namespace docqc::report {

class JunitReporter : public Reporter {
 public:
  void write(const Report& report, std::ostream& out) override;
};

std::string escape_xml(std::string_view text);

}  // namespace docqc::report
