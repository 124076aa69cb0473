#include "report/jsonl_reporter.h"

#include "report/json_writer.h"

namespace docqc::report {

void JsonlReporter::print_file(const FileReport& /*file*/, FindingSource& findings,
                               std::ostream& out,
                               const std::function<void(const LocatedFinding&)>& seen) {
  std::string buffer;
  findings.each([&](const LocatedFinding& finding) {
    seen(finding);
    append_finding_json(buffer, finding, -1);
    buffer += '\n';
    if (buffer.size() >= 1 << 16) {  // a file with a million findings: never all in memory
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      buffer.clear();
    }
  });
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  out.flush();
}

}  // namespace docqc::report
