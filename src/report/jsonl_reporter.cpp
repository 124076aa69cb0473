#include "report/jsonl_reporter.h"

#include "report/json_reporter.h"

namespace docqc::report {

void JsonlReporter::file_done(const FileReport& file, std::ostream& out) {
  for (const auto& finding : file.findings) {
    out << finding_to_json(finding).dump(-1, ' ', false,
                                         nlohmann::ordered_json::error_handler_t::replace)
        << '\n';
  }
  out.flush();
}

}  // namespace docqc::report
