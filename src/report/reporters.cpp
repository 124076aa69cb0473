#include "report/reporters.h"

#include "report/github_reporter.h"
#include "report/gitlab_reporter.h"
#include "report/html_reporter.h"
#include "report/json_reporter.h"
#include "report/jsonl_reporter.h"
#include "report/junit_reporter.h"
#include "report/rdjsonl_reporter.h"
#include "report/sarif_reporter.h"
#include "report/text_reporter.h"

namespace docqc::report {

const std::vector<std::string>& format_names() {
  static const std::vector<std::string> k_names = {"text",   "json",  "jsonl",   "sarif", "github",
                                                   "gitlab", "junit", "rdjsonl", "html"};
  return k_names;
}

std::unique_ptr<Reporter> make_reporter(const std::string& format, const PrintOptions& options) {
  if (format == "text") {
    return std::make_unique<TextReporter>(options);
  }
  if (format == "json") {
    return std::make_unique<JsonReporter>();
  }
  if (format == "jsonl") {
    return std::make_unique<JsonlReporter>();
  }
  if (format == "sarif") {
    return std::make_unique<SarifReporter>();
  }
  if (format == "github") {
    return std::make_unique<GithubReporter>();
  }
  if (format == "gitlab") {
    return std::make_unique<GitlabReporter>();
  }
  if (format == "junit") {
    return std::make_unique<JunitReporter>();
  }
  if (format == "rdjsonl") {
    return std::make_unique<RdjsonlReporter>();
  }
  if (format == "html") {
    return std::make_unique<HtmlReporter>();
  }
  return nullptr;
}

}  // namespace docqc::report
