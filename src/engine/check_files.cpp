#include "engine/check_files.h"

#include <memory>
#include <stdexcept>

#include "engine/scheduler.h"

namespace docqc::engine {

namespace {

void rename_stdin(report::LocatedFinding& finding) {
  finding.file = "<stdin>";
  for (auto& related : finding.related) {
    if (related.file == "-") {
      related.file = "<stdin>";
    }
  }
}

// One analysed file's findings, located as they are read.
class LocatingSource : public report::FindingSource {
 public:
  LocatingSource(Analysis& analysis, const CheckOptions& options, bool is_stdin)
      : m_analysis(analysis), m_options(options), m_stdin(is_stdin) {}
  std::size_t size() const override { return m_analysis.findings.size(); }
  void each(const std::function<void(const report::LocatedFinding&)>& take) override {
    if (!m_analysis.document) {
      return;
    }
    locate_each(*m_analysis.document, m_analysis.findings, m_options.keep_context,
                m_options.char_offsets, [&](report::LocatedFinding& finding) {
                  if (m_stdin) {
                    rename_stdin(finding);
                  }
                  take(finding);
                });
  }

 private:
  Analysis& m_analysis;
  const CheckOptions& m_options;
  bool m_stdin;
};

}  // namespace

CheckRun check_files(const std::vector<input::InputFile>& files,
                     const std::vector<FileEngine>& engines, unsigned jobs,
                     const std::function<void()>& tick,
                     const std::function<void(report::FileReport&)>& done) {
  if (engines.size() != files.size()) {
    throw std::invalid_argument("check_files: one engine per file");
  }
  CheckRun run;
  run.reports.resize(files.size());
  auto work = [&](std::size_t i) {
    report::FileReport report = check_file(files[i], *engines[i].engine, *engines[i].options);
    if (files[i].is_stdin) {
      report.path = "<stdin>";
      for (auto& finding : report.findings) {
        rename_stdin(finding);
      }
    }
    if (tick) {
      tick();
    }
    run.reports[i] = std::move(report);
  };
  auto failed = [&](std::size_t i, const std::string& message) {
    run.reports[i] = report::FileReport{};
    run.reports[i].path = files[i].is_stdin ? "<stdin>" : files[i].path;
    run.reports[i].error = "internal error while checking: " + message;
  };
  ScheduleResult result = run_ordered(files.size(), jobs, work, failed, [&](std::size_t i) {
    if (done) {
      done(run.reports[i]);
    }
  });
  run.degraded = result.degraded;
  return run;
}

CheckRun stream_files(
    const std::vector<input::InputFile>& files, const std::vector<FileEngine>& engines,
    unsigned jobs, const std::function<void()>& tick,
    const std::function<void(report::FileReport&, report::FindingSource&)>& done) {
  if (engines.size() != files.size()) {
    throw std::invalid_argument("stream_files: one engine per file");
  }
  CheckRun run;
  run.reports.resize(files.size());
  std::vector<std::unique_ptr<Analysis>> pending(files.size());
  auto work = [&](std::size_t i) {
    auto analysis =
        std::make_unique<Analysis>(analyze_file(files[i], *engines[i].engine, *engines[i].options));
    if (files[i].is_stdin) {
      analysis->report.path = "<stdin>";
    }
    if (tick) {
      tick();
    }
    pending[i] = std::move(analysis);
  };
  auto failed = [&](std::size_t i, const std::string& message) {
    pending[i] = std::make_unique<Analysis>();
    pending[i]->report.path = files[i].is_stdin ? "<stdin>" : files[i].path;
    pending[i]->report.error = "internal error while checking: " + message;
  };
  ScheduleResult result = run_ordered(files.size(), jobs, work, failed, [&](std::size_t i) {
    std::unique_ptr<Analysis> analysis = std::move(pending[i]);
    LocatingSource source(*analysis, *engines[i].options, files[i].is_stdin);
    if (done) {
      done(analysis->report, source);
    }
    run.reports[i] = std::move(analysis->report);
  });
  run.degraded = result.degraded;
  return run;
}

}  // namespace docqc::engine
