// `--format text` (the default): compiler-style lines a person reads in a terminal.
//
//   path:line:col: severity: message [rule-id]
//      12 | the source line
//         |      ^^^^
//
// Contract: the underline stays under the span for wide CJK characters (ICU East Asian
// width); colour only when PrintOptions::color; after `max_per_rule` findings of one rule in
// one file the rest are counted, not printed ("… and 1,287 more"); a source line wider than
// set_width() (with its " 12 | " gutter) is cut around the span, "…" marking the cuts;
// a closing summary line, then "[*] N fixable with --fix (M more with --unsafe-fixes)" when
// some finding has a fix. It streams: each file is printed as its findings are located.
#pragma once

#include "report/streaming_reporter.h"

namespace docqc::report {

class TextReporter : public StreamingReporter {
 public:
  explicit TextReporter(PrintOptions options) : m_options(options) {}
  void begin(const Report& report, std::size_t files) override;
  void finish(const Report& report, std::ostream& out) override;
  // Columns of the terminal (default 100): wider source lines are cut around the span.
  void set_width(std::size_t columns) { m_width = columns; }

 protected:
  void print_file(const FileReport& file, FindingSource& findings, std::ostream& out,
                  const std::function<void(const LocatedFinding&)>& seen) override;

 private:
  PrintOptions m_options;
  std::size_t m_width = 100;
  Counts m_counts;  // of the findings printed (or counted) since begin()
  std::size_t m_files_with_findings = 0;
  std::size_t m_safe = 0;
  std::size_t m_unsafe = 0;
};

// "1,287"
std::string group_thousands(std::size_t value);

}  // namespace docqc::report
