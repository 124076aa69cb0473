// check_files: every file of a `docqc check` run checked on a thread pool, each by its own
// engine and options (the rules of its config), with the reports handed on in file order.
//
// Contract: reports[i] is check_file(files[i], *engines[i].engine, *engines[i].options), with
// standard input's path shown as "<stdin>" (in the findings and their related locations
// too). `done(reports[i])` is called in increasing i as soon as file i and every file before
// it are finished (engine/scheduler.h), so streaming printers can start before the run ends;
// `tick()` once per finished file, from the worker thread. A file whose check throws gets
// "internal error while checking: <reason>" as its error and the other files go on. When the
// system refuses threads the run goes on with fewer and `degraded` says so.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "engine/checker.h"
#include "engine/engine.h"
#include "input/file_set.h"
#include "report/report.h"
#include "report/streaming_reporter.h"

namespace docqc::engine {

struct FileEngine {
  const Engine* engine = nullptr;
  const CheckOptions* options = nullptr;
};

struct CheckRun {
  std::vector<report::FileReport> reports;
  std::string degraded;  // non-empty: why fewer threads ran than asked for
};

CheckRun check_files(const std::vector<input::InputFile>& files,
                     const std::vector<FileEngine>& engines, unsigned jobs,
                     const std::function<void()>& tick,
                     const std::function<void(report::FileReport&)>& done);

// check_files() for printers that take findings one at a time: `done(report, findings)` in
// file order, where `findings` locates each of the file's findings only when it is read
// (engine::locate_each) and report.findings stays empty; the file's document and findings
// are freed as soon as done() returns, and the reports kept in the result have no findings.
// A file finished early waits, unlocated, for the ones before it.
CheckRun stream_files(const std::vector<input::InputFile>& files,
                      const std::vector<FileEngine>& engines, unsigned jobs,
                      const std::function<void()>& tick,
                      const std::function<void(report::FileReport&, report::FindingSource&)>& done);

}  // namespace docqc::engine
