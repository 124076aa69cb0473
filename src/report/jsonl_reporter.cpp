#include "report/jsonl_reporter.h"

#include "report/json_writer.h"

namespace docqc::report {

void JsonlReporter::file_done(const FileReport& file, std::ostream& out) {
  std::string buffer;
  for (const auto& finding : file.findings) {
    append_finding_json(buffer, finding, -1);
    buffer += '\n';
    if (buffer.size() >= 1 << 16) {  // a file with a million findings: never all in memory
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      buffer.clear();
    }
  }
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  out.flush();
}

}  // namespace docqc::report
