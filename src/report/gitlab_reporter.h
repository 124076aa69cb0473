// GitlabReporter: `--format gitlab`, GitLab's Code Quality report (a JSON array of Code
// Climate issues) for merge-request widgets.
//
// Contract: each issue has description (message and rule id), check_name (rule id),
// fingerprint (32 hex digits from the path and report/fingerprint.h, unique in the report
// and stable under edits elsewhere), severity (error -> major, warning -> minor, info ->
// info), categories ["Style"] or ["Bug Risk"] for encoding and garbled text, and
// location {path, positions {begin {line, column}, end {line, column}}}.
#pragma once

#include "report/report.h"

namespace docqc::report {

class GitlabReporter : public Reporter {
 public:
  void write(const Report& report, std::ostream& out) override;
};

}  // namespace docqc::report
