#include "engine/check_files.h"

#include <stdexcept>

#include "engine/scheduler.h"

namespace docqc::engine {

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
        finding.file = "<stdin>";
        for (auto& related : finding.related) {
          if (related.file == "-") {
            related.file = "<stdin>";
          }
        }
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

}  // namespace docqc::engine
