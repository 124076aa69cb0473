// SarifReporter: `--format sarif`, a SARIF 2.1.0 log for code-scanning services (GitHub code
// scanning, Azure DevOps, the SARIF viewers).
//
// Contract: one run; tool.driver.rules lists every rule that ran (from Report::rules, plain
// data) plus any rule id that produced a finding without a descriptor; each result carries
// ruleId and ruleIndex, level (error, warning, note), the message, one physical location
// whose region has startLine/startColumn/endLine/endColumn (code points, columnKind
// "unicodeCodePoints"), charOffset/charLength (code points in the decoded text) and
// byteOffset/byteLength (bytes on disk), a contextRegion with the line, partialFingerprints
// {"docqcSpan/v1": report/fingerprint.h}, relatedLocations, and fixes where a fix exists.
// URIs are the paths as given, relative to %SRCROOT% unless absolute. Snippets longer than
// 160 bytes (context lines: 320) are left out. At most max_results (default
// k_max_sarif_results) results, the most
// severe first (GitHub rejects a run with more); a toolExecutionNotification
// "docqc-results-capped" says how many were left out. One result per line. The output is
// validated by Microsoft's SARIF Multitool in tests/sarif.
#pragma once

#include "report/report.h"

#include <cstddef>

namespace docqc::report {

inline constexpr std::size_t k_max_sarif_results = 25000;

class SarifReporter : public Reporter {
 public:
  explicit SarifReporter(std::size_t max_results = k_max_sarif_results)
      : m_max_results(max_results) {}
  void write(const Report& report, std::ostream& out) override;

 private:
  std::size_t m_max_results;
};

}  // namespace docqc::report
