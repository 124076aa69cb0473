// StreamingReporter: a Reporter that prints each file as soon as it is checked, taking its
// findings one at a time as they are located, so that no file's findings need to be kept.
//
// Contract: the CLI calls begin(report, n) with the run's report (tool, rules; no files yet)
// and the number of files, then file_done() once per file,
// in the report's file order (it holds back files that finish early under --jobs), then
// finish() with the whole report, whose files may have no findings left: a streaming
// reporter keeps what it needs of them (counts) itself. A FindingSource hands over each of a
// file's findings once, in the file's order; its size() is known before the first. write()
// prints exactly what begin(), file_done() for every file and finish() would, so both paths
// give the same bytes. worst() is the highest severity printed so far (for --fail-on).
#pragma once

#include <functional>
#include <optional>
#include <ostream>

#include "report/report.h"

namespace docqc::report {

class FindingSource {
 public:
  virtual ~FindingSource() = default;
  virtual std::size_t size() const = 0;
  // Calls `take` with every finding, in order; a source may be read only once.
  virtual void each(const std::function<void(const LocatedFinding&)>& take) = 0;
};

// The findings a FileReport already holds.
class VectorSource : public FindingSource {
 public:
  explicit VectorSource(const std::vector<LocatedFinding>& findings) : m_findings(findings) {}
  std::size_t size() const override { return m_findings.size(); }
  void each(const std::function<void(const LocatedFinding&)>& take) override {
    for (const auto& finding : m_findings) {
      take(finding);
    }
  }

 private:
  const std::vector<LocatedFinding>& m_findings;
};

class StreamingReporter : public Reporter {
 public:
  virtual void begin(const Report& /*report*/, std::size_t /*files*/) {}
  // Prints `file` (its findings come from `findings`, not from file.findings).
  void file_done(const FileReport& file, FindingSource& findings, std::ostream& out) {
    print_file(file, findings, out, [this](const LocatedFinding& finding) {
      if (!m_worst || finding.severity > *m_worst) {
        m_worst = finding.severity;
      }
    });
  }
  void file_done(const FileReport& file, std::ostream& out) {
    VectorSource source(file.findings);
    file_done(file, source, out);
  }
  virtual void finish(const Report& /*report*/, std::ostream& /*out*/) {}
  void write(const Report& report, std::ostream& out) override {
    begin(report, report.files.size());
    for (const auto& file : report.files) {
      file_done(file, out);
    }
    finish(report, out);
  }
  std::optional<Severity> worst() const { return m_worst; }

 protected:
  // Prints one file; calls `seen` with each finding it takes from `findings`.
  virtual void print_file(const FileReport& file, FindingSource& findings, std::ostream& out,
                          const std::function<void(const LocatedFinding&)>& seen) = 0;

 private:
  std::optional<Severity> m_worst;
};

}  // namespace docqc::report
