// StreamingReporter: a Reporter that can also print each file as soon as it is checked.
//
// Contract: the CLI calls file_done() once per file, in the report's file order (it holds
// back files that finish early under --jobs), then finish() with the whole report. A
// streaming reporter's write() prints exactly what file_done() for every file followed by
// finish() would, so both paths give the same bytes.
#pragma once

#include <ostream>

#include "report/report.h"

namespace docqc::report {

class StreamingReporter : public Reporter {
 public:
  virtual void file_done(const FileReport& file, std::ostream& out) = 0;
  virtual void finish(const Report& /*report*/, std::ostream& /*out*/) {}
  void write(const Report& report, std::ostream& out) override {
    for (const auto& file : report.files) {
      file_done(file, out);
    }
    finish(report, out);
  }
};

}  // namespace docqc::report
