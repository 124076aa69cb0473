// Scheduler: runs one job per item on a pool of threads and hands the results on in item
// order as soon as an item and every item before it are done (for streaming printers).
//
// Contract: run_ordered() calls work(i) exactly once for every i in [0, count) and then
// done(i) in increasing order of i, never two done() at a time. An exception that escapes
// work(i) stays with item i (the per-item barrier): failed(i, message) is called instead of
// it finishing silently, and done(i) still follows, so one bad file never ends the run.
// std::bad_alloc is reported as "out of memory". Up to `jobs` threads run (the calling
// thread is one of them); when the system refuses to start a thread the run continues on
// the threads it has (at least the calling one) and the result says so. An exception from
// done() stops the run: the remaining items are not started and it is rethrown once every
// thread has stopped.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace docqc::engine {

struct ScheduleResult {
  unsigned threads = 1;  // threads that ran, the calling one included
  std::string degraded;  // non-empty: why fewer threads ran than asked for
};

ScheduleResult run_ordered(std::size_t count, unsigned jobs,
                           const std::function<void(std::size_t)>& work,
                           const std::function<void(std::size_t, const std::string&)>& failed,
                           const std::function<void(std::size_t)>& done);

}  // namespace docqc::engine
