// JsonlReporter: `--format jsonl`, one finding a line, each the same object as in the JSON
// report's "findings" array, written as soon as its file is done so that a consumer can
// start before the run ends.
//
// Contract: findings come file by file in the report's order, and within a file in its
// order; nothing else is printed (no summary line), so `wc -l` counts findings. The lines
// are identical whether written streaming or from a whole report.
#pragma once

#include "report/streaming_reporter.h"

namespace docqc::report {

class JsonlReporter : public StreamingReporter {
 protected:
  void print_file(const FileReport& file, FindingSource& findings, std::ostream& out,
                  const std::function<void(const LocatedFinding&)>& seen) override;
};

}  // namespace docqc::report
