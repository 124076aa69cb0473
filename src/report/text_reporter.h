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
// some finding has a fix.
#pragma once

#include "report/report.h"

namespace docqc::report {

class TextReporter : public Reporter {
 public:
  explicit TextReporter(PrintOptions options) : m_options(options) {}
  void write(const Report& report, std::ostream& out) override;
  // Columns of the terminal (default 100): wider source lines are cut around the span.
  void set_width(std::size_t columns) { m_width = columns; }

 private:
  PrintOptions m_options;
  std::size_t m_width = 100;
};

// "1,287"
std::string group_thousands(std::size_t value);

}  // namespace docqc::report
