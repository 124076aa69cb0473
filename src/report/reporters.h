// The one place that maps a --format name to its printer.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "report/report.h"

namespace docqc::report {

const std::vector<std::string>& format_names();
// nullptr for an unknown name.
std::unique_ptr<Reporter> make_reporter(const std::string& format, const PrintOptions& options);

}  // namespace docqc::report
