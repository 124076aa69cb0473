#include "engine/scheduler.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <new>
#include <system_error>
#include <thread>
#include <vector>

namespace docqc::engine {

ScheduleResult run_ordered(std::size_t count, unsigned jobs,
                           const std::function<void(std::size_t)>& work,
                           const std::function<void(std::size_t, const std::string&)>& failed,
                           const std::function<void(std::size_t)>& done) {
  std::vector<char> finished(count, 0);
  std::size_t emitted = 0;
  std::mutex mutex;
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stop{false};
  std::exception_ptr done_error;

  auto run_one = [&](std::size_t i) {
    std::string error;
    try {
      work(i);
    } catch (const std::bad_alloc&) {
      error = "out of memory while checking it";
    } catch (const std::exception& e) {
      error = e.what();
    } catch (...) {
      error = "unexpected error";
    }
    std::lock_guard<std::mutex> lock(mutex);
    if (done_error) {
      return;
    }
    try {
      if (!error.empty()) {
        failed(i, error);
      }
      finished[i] = 1;
      while (emitted < count && finished[emitted]) {
        done(emitted++);
      }
    } catch (...) {
      done_error = std::current_exception();
      stop = true;
    }
  };
  auto worker = [&] {
    for (std::size_t i = next++; i < count && !stop; i = next++) {
      run_one(i);
    }
  };

  ScheduleResult result;
  unsigned wanted = std::max(
      1u, std::min<unsigned>(jobs, static_cast<unsigned>(std::min<std::size_t>(count, 1u << 16))));
  std::vector<std::thread> pool;
  pool.reserve(wanted);
  for (unsigned t = 1; t < wanted; ++t) {
    try {
      pool.emplace_back(worker);
    } catch (const std::system_error& e) {
      result.degraded = fmt::format("could start only {} of {} threads ({}); continuing with {}", t,
                                    wanted, e.what(), t);
      break;
    }
  }
  result.threads = static_cast<unsigned>(pool.size()) + 1;
  worker();
  for (auto& thread : pool) {
    thread.join();
  }
  if (done_error) {
    std::rethrow_exception(done_error);
  }
  return result;
}

}  // namespace docqc::engine
