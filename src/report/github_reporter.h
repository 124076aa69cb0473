// GithubReporter: `--format github`, GitHub Actions workflow commands, one a line:
//   ::error file=a.txt,line=3,col=5,endLine=3,endColumn=7,title=doubled-punctuation::message
//
// Contract: severities map error -> error, warning -> warning, info -> notice. Property
// values escape % \r \n : , and the message escapes % \r \n, as the runner requires (it
// unescapes them back). Columns are code points. GitHub shows only the first few
// annotations of each kind per step; use SARIF upload for large reports.
#pragma once

#include <string>
#include <string_view>

#include "report/report.h"

namespace docqc::report {

class GithubReporter : public Reporter {
 public:
  void write(const Report& report, std::ostream& out) override;
};

std::string escape_github_data(std::string_view text);
std::string escape_github_property(std::string_view text);

}  // namespace docqc::report
