// RdjsonlReporter: `--format rdjsonl`, reviewdog's Diagnostic format, one JSON object a line
// (`reviewdog -f=rdjsonl`).
//
// Contract: each line is {"message", "location": {"path", "range": {"start": {"line",
// "column"}, "end": {...}}}, "severity": ERROR|WARNING|INFO, "source": {"name": "docqc"},
// "code": {"value": rule-id}, "suggestions": [{"range", "text"}]?}. Lines are 1-based;
// columns are 1-based UTF-8 byte columns within the line, as reviewdog counts them.
#pragma once

#include "report/report.h"

namespace docqc::report {

class RdjsonlReporter : public Reporter {
 public:
  void write(const Report& report, std::ostream& out) override;
};

}  // namespace docqc::report
