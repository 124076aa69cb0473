// `--format json`: one JSON document for the whole run (schema: README "JSON output").
//
// Contract: keys appear in the documented order; the same report always serializes to the
// same bytes, whether streamed file by file or written from a whole report. Version 1 of
// the schema only ever gains keys. The files array comes before the findings: the findings
// of every file but the last wait in an unnamed temporary file (std::tmpfile; memory only
// when none can be made), so a run never holds its findings in memory.
#pragma once

#include <cstdio>
#include <map>
#include <memory>
#include <string>

#include "report/streaming_reporter.h"

namespace docqc::report {

// What the summary counts, gathered finding by finding.
struct FindingTally {
  Counts counts;
  std::size_t files = 0;
  std::size_t files_with_findings = 0;
  std::map<std::string, std::size_t> by_category;
  std::map<std::string, std::size_t> by_rule;
  nlohmann::ordered_json quality = nlohmann::ordered_json::object();  // path -> 0-100 score
  void add_file(const FileReport& file, std::size_t findings);
  void add(const LocatedFinding& finding);
};

// Bytes kept on disk until copy_to() hands them on (and starts afresh).
class Spool {
 public:
  Spool() = default;
  ~Spool();
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;
  void write(std::string_view bytes);
  void copy_to(std::ostream& out);

 private:
  std::FILE* m_file = nullptr;  // made at the first write
  bool m_tried = false;
  std::string m_memory;
};

class JsonReporter : public StreamingReporter {
 public:
  void begin(const Report& report, std::size_t files) override;
  void finish(const Report& report, std::ostream& out) override;

 protected:
  void print_file(const FileReport& file, FindingSource& findings, std::ostream& out,
                  const std::function<void(const LocatedFinding&)>& seen) override;

 private:
  void start(std::ostream& out);  // the header, the files array and the spooled findings
  std::string m_tool_name = "docqc";
  std::string m_tool_version;
  std::size_t m_expected = 0;
  bool m_started = false;
  bool m_first_finding = true;
  std::string m_file_entries;
  FindingTally m_tally;
  std::unique_ptr<Spool> m_spool;
};

// Shared by the JSON-based printers: one finding as the documented JSON object.
nlohmann::ordered_json finding_to_json(const LocatedFinding& finding);
// A fix as every JSON format writes it: replacement, byte_offset, byte_length, safe and, when
// the fix edits several places, extra_edits.
nlohmann::ordered_json fix_to_json(const LocatedFix& fix);
// The whole document `--format json` prints (the HTML report embeds it).
nlohmann::ordered_json report_to_json(const Report& report);
// The `summary` object: counts by severity, category and rule, and per-file facts.
nlohmann::ordered_json summary_to_json(const Report& report);
nlohmann::ordered_json summary_to_json(const FindingTally& tally);

}  // namespace docqc::report
