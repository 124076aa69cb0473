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
// URIs are the paths as given, relative to %SRCROOT% unless absolute. The output is
// validated by Microsoft's SARIF Multitool in tests/sarif.
#pragma once

#include "report/report.h"

namespace docqc::report {

class SarifReporter : public Reporter {
 public:
  void write(const Report& report, std::ostream& out) override;
};

}  // namespace docqc::report
