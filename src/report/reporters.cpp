#include "report/reporters.h"

#include "report/json_reporter.h"
#include "report/text_reporter.h"

namespace docqc::report {

const std::vector<std::string>& format_names() {
  static const std::vector<std::string> k_names = {"text", "json"};
  return k_names;
}

std::unique_ptr<Reporter> make_reporter(const std::string& format, const PrintOptions& options) {
  if (format == "text") {
    return std::make_unique<TextReporter>(options);
  }
  if (format == "json") {
    return std::make_unique<JsonReporter>();
  }
  return nullptr;
}

}  // namespace docqc::report
